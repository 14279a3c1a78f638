// @ts-check
/**
 * The supervisor's tablet (issue 22): the screen figures taken again on a 768×1024 touch screen
 * with the CPU four times slower — a first sign-in on a new device (until the first rows, and
 * until every row is stored), then opening the master list and search keystrokes, with the
 * keystroke's floors (a bare search box) on the same throttled CPU.
 */
import { masterListComplete } from './app.mjs';
import { launch } from './browser.mjs';
import { CONTACTS, RUNS, SEARCH_RUNS, TABLET } from './config.mjs';
import { measureFirstSync } from './initial-sync.mjs';
import { measureKeystrokeFloors } from './keystroke-floors.mjs';
import { log } from './log.mjs';
import { measureMasterListOpen } from './master-list-open.mjs';
import { measureSearch } from './search.mjs';
import { median, percentile } from './stats.mjs';

/**
 * @param {import('./browser.mjs').Browser} browser
 * @param {string} fresh a copy of the template profile (never signed in to the bench tenant)
 * @param {string} [synced] a profile whose first sync of the bench tenant is done; by default
 *   `fresh`, once the tablet's own first sync has filled it (`BENCH_ONLY=tablet`)
 */
export async function measureTablet(browser, fresh, synced = fresh) {
  const sync = await measureFirstSync(browser, fresh, TABLET);
  log('tablet first sync:', JSON.stringify(sync));
  const { context, page, failed } = await launch(browser, synced, TABLET);
  try {
    await page.goto(`${browser.baseUrl}/master-list`);
    await masterListComplete(page);
    await page.waitForTimeout(1_000);
    const { openRows } = await measureMasterListOpen(page, context);
    const { keystrokes } = await measureSearch(context, page);
    // The same machine's floors on the tablet: a bare search box's editing, and its paint.
    const floors = await measureKeystrokeFloors(page, keystrokes.updated.length);
    return { sync, openRows, keystrokes, floors };
  } catch (error) {
    return await failed(error);
  } finally {
    await context.close();
  }
}

/**
 * The tablet's figures as the report prints them.
 * @param {Awaited<ReturnType<typeof measureTablet>>} tablet
 */
export function tabletFigures(tablet) {
  return {
    first_rows_after_sign_in_ms: tablet.sync.firstRowsMs,
    initial_sync_ms: tablet.sync.syncMs,
    open_master_list_ms: median(tablet.openRows),
    open_master_list_runs_ms: tablet.openRows,
    search_keystroke_p50_ms: percentile(tablet.keystrokes.updated, 0.5),
    search_keystroke_p95_ms: percentile(tablet.keystrokes.updated, 0.95),
    search_keystroke_max_ms: Math.max(...tablet.keystrokes.updated),
    search_keystroke_painted_p95_ms: percentile(tablet.keystrokes.painted, 0.95),
    search_keystrokes: tablet.keystrokes.updated.length,
    search_keystroke_parts_p50_ms: {
      edit: percentile(tablet.keystrokes.edit, 0.5),
      app: percentile(tablet.keystrokes.app, 0.5),
      layout: percentile(tablet.keystrokes.layout, 0.5),
    },
    search_keystroke_by_letter: byLetter(tablet.keystrokes),
    keystroke_edit_floor_p50_ms: percentile(tablet.floors.edit, 0.5),
    keystroke_edit_floor_p95_ms: percentile(tablet.floors.edit, 0.95),
    keystroke_paint_floor_p95_ms: percentile(tablet.floors.paint, 0.95),
  };
}

/**
 * The keystrokes by their letter in the query (the first is typed into an empty box and matches
 * most of the list; the next ones narrow it): where the tail comes from. Per letter, the whole
 * keystroke's p50 / p95 / max and its parts' p50 / p95, in ms.
 * @param {import('./search.mjs').Keystrokes} keystrokes
 */
function byLetter(keystrokes) {
  /** @type {Record<string, Record<string, (number | null | undefined)[]>>} */
  const letters = {};
  for (const letter of new Set(keystrokes.letter)) {
    /** @param {number[]} values */
    const ofLetter = (values) => values.filter((_, at) => keystrokes.letter[at] === letter);
    const updated = ofLetter(keystrokes.updated);
    letters[letter] = {
      updated: [percentile(updated, 0.5), percentile(updated, 0.95), Math.max(...updated)],
      ...Object.fromEntries(
        /** @type {const} */ (['edit', 'app', 'layout']).map((part) => {
          const values = ofLetter(keystrokes[part]);
          return [part, [percentile(values, 0.5), percentile(values, 0.95)]];
        }),
      ),
    };
  }
  return letters;
}

/**
 * Issue 22's tablet targets, held or not.
 * @param {Awaited<ReturnType<typeof measureTablet>>} tablet
 */
export function tabletTargets(tablet) {
  return {
    tablet_search_keystroke_p95_le_16ms: Number(percentile(tablet.keystrokes.updated, 0.95)) <= 16,
    tablet_open_master_list_le_300ms: Number(median(tablet.openRows)) <= 300,
    tablet_first_rows_after_sign_in_le_2s: tablet.sync.firstRowsMs <= 2_000,
  };
}

/**
 * `BENCH_ONLY=tablet`: the tablet's figures alone (one first sync, on the tablet).
 * @param {Awaited<ReturnType<typeof measureTablet>>} tablet
 * @param {string} chromium
 */
export function tabletReport(tablet, chromium) {
  return {
    runs: { ui: RUNS, search_queries: SEARCH_RUNS },
    contacts: CONTACTS,
    tablet: tabletFigures(tablet),
    issue_22_targets: tabletTargets(tablet),
    chromium,
  };
}
