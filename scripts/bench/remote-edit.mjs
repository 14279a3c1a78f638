// @ts-check
/**
 * Another administrator's edit reaching a device with the whole master list open (issue 22): the
 * simulated back-end renames one external contact as the other administrator, the app is woken
 * (as a focus would) and pulls it. Measured in the page: the longest main-thread task from the
 * wake-up until a second after the rename is stored locally (0: none over 50 ms), and the time
 * until it is stored. The master list holds 50,000 rows: a screen that re-read them all would
 * show here.
 */
import { RUNS } from './config.mjs';
import { log } from './log.mjs';

/**
 * @param {import('playwright-core').Page} page showing the whole master list
 * @returns {Promise<{ longestTaskMs: number; storedMs: number }[]>}
 */
export async function measureRemoteEdits(page) {
  const runs = [];
  for (let run = 1; run <= RUNS; run++) {
    runs.push(await page.evaluate(remoteRename, run));
    log(`remote edit ${run}/${RUNS}:`, JSON.stringify(runs.at(-1)));
  }
  return runs;
}

/**
 * In the page.
 * @param {number} run
 */
async function remoteRename(run) {
  const session = /** @type {import('./page-globals').BenchSession} */ (window.__bench.session());
  const db = new window.__pttBench.PttDatabase(String(window.__bench.databaseName()));
  const externals = await db.contacts
    .filter((row) => row.kind === 'external')
    .limit(run)
    .toArray();
  const target = externals.at(-1);
  if (!target) throw new Error('no external contact to rename');
  const name = `Renommé ${run} ${target.name}`.slice(0, 30);
  await window.__pttBench.demo.otherAdmin(session.tenant.id).apply({
    name: 'externalContact.update',
    args: { id: target.id, name },
  });

  const longTasks = window.__bench.longTasks();
  const t0 = performance.now();
  window.dispatchEvent(new Event('focus'));
  while ((await db.contacts.get(target.id))?.name !== name) await new Promise((resolve) => setTimeout(resolve, 10));
  const storedMs = performance.now() - t0;
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const longestTaskMs = longTasks.stop();
  db.close();
  return { longestTaskMs, storedMs: Math.round(storedMs) };
}
