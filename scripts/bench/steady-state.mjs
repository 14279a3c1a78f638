// @ts-check
/**
 * The figures taken with the data already local, in one browser session on a synced profile and
 * in this order (each leaves the page as the next expects it): opening the master list, the heap
 * with it open, another administrator's edits arriving, search keystrokes and their floors, the member picker, the offline backlogs, then
 * import and export (last: the applied import adds 5,000 contacts).
 */
import { withMasterListOpen } from './app.mjs';
import { measureBacklogs } from './backlog.mjs';
import { PROFILE } from './config.mjs';
import { startProfile } from './cpu-profile.mjs';
import { heapMb } from './heap.mjs';
import { measureImportExport } from './import-export.mjs';
import { measureKeystrokeFloors } from './keystroke-floors.mjs';
import { log } from './log.mjs';
import { measureMasterListOpen } from './master-list-open.mjs';
import { measurePicker } from './picker.mjs';
import { measureRemoteEdits } from './remote-edit.mjs';
import { measureSearch } from './search.mjs';

/**
 * @param {import('./browser.mjs').Browser} browser
 * @param {string} profile a profile signed in to the bench tenant, its first sync done
 */
export async function measureSteadyState(browser, profile) {
  return withMasterListOpen(browser, profile, async (page, context) => {
    const { openRows, openComplete, rawRead } = await measureMasterListOpen(page);
    const heap = [await heapMb(context, page)];
    const remoteEdits = await measureRemoteEdits(page);
    const { firstRound, keystrokes } = await measureSearch(context, page);
    const { edit: editFloor, paint: paintFloor } = await measureKeystrokeFloors(page, keystrokes.painted.length);
    log(`keystroke floors (bare search box): edit ${editFloor.join(', ')} ms; paint ${paintFloor.join(', ')} ms`);
    const { picker, pickerCandidates } = await measurePicker(browser, page);
    const backlog = await measureBacklogs(page);
    const bulk = await measureImportExport(page, context, { profiled: false });
    return {
      openRows,
      openComplete,
      rawRead,
      heap,
      remoteEdits,
      firstRound,
      keystrokes,
      paintFloor,
      editFloor,
      picker,
      pickerCandidates,
      backlog,
      bulk,
    };
  });
}

/**
 * `BENCH_ONLY=backlog`: the offline backlogs alone, on the synced profile (with `BENCH_PROFILE=1`, a CPU profile of the edits).
 * @param {import('./browser.mjs').Browser} browser
 * @param {string} profile a profile signed in to the bench tenant, its first sync done
 */
export function measureBacklogOnly(browser, profile) {
  return withMasterListOpen(browser, profile, async (page, context) => {
    const cpu = PROFILE ? await startProfile(context, page, 'backlog') : null;
    const backlog = await measureBacklogs(page);
    await cpu?.stop();
    return backlog;
  });
}

/**
 * `BENCH_ONLY=remote-edit`: another administrator's edits alone, on the synced profile with the master list open.
 * @param {import('./browser.mjs').Browser} browser
 * @param {string} profile a profile signed in to the bench tenant, its first sync done
 */
export function measureRemoteEditsOnly(browser, profile) {
  return withMasterListOpen(browser, profile, (page) => measureRemoteEdits(page));
}

/**
 * `BENCH_ONLY=growth-point`: the screen figures whose growth with the tenant matters (growth.mjs):
 * opening the master list beside its raw read, the heap with it open, the search keystrokes.
 * @param {import('./browser.mjs').Browser} browser
 * @param {string} profile a profile signed in to the bench tenant, its first sync done
 */
export function measureGrowthPoint(browser, profile) {
  return withMasterListOpen(browser, profile, async (page, context) => {
    const { openRows, rawRead } = await measureMasterListOpen(page, context);
    const heap = await heapMb(context, page);
    const { keystrokes } = await measureSearch(context, page);
    return { openRows, rawRead, heap, keystrokes: keystrokes.updated };
  });
}
