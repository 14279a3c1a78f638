// @ts-check
/**
 * Another administrator's edits reaching a device with the whole master list open (issue 22): the
 * simulated back-end renames external contacts as the other administrator, the app is woken (as a
 * focus would) and pulls them. Measured in the page: the longest main-thread task from the wake-up
 * until a second after the last rename is stored locally (0: none over 50 ms), and the time until
 * it is stored. The master list holds 50,000 rows: a screen that re-read them all would show here.
 * Each run renames one contact; each bulk run renames `BULK_CONTACTS` at once (another
 * administrator's import, say), which the app stores in bulk writes Dexie reports as a range.
 */
import { RUNS } from './config.mjs';
import { log } from './log.mjs';

/** Contacts a bulk run renames: more than Dexie names key by key in one write (50). */
export const BULK_CONTACTS = 200;

/** @typedef {{ longestTaskMs: number; storedMs: number }} RemoteEditRun */

/**
 * @param {import('playwright-core').Page} page showing the whole master list
 * @returns {Promise<{ single: RemoteEditRun[]; bulk: RemoteEditRun[] }>}
 */
export async function measureRemoteEdits(page) {
  const single = [];
  for (let run = 1; run <= RUNS; run++) {
    single.push(await page.evaluate(remoteRenames, { run, offset: run - 1, count: 1 }));
    log(`remote edit ${run}/${RUNS}:`, JSON.stringify(single.at(-1)));
  }
  const bulk = [];
  for (let run = 1; run <= RUNS; run++) {
    const offset = RUNS + (run - 1) * BULK_CONTACTS;
    bulk.push(await page.evaluate(remoteRenames, { run, offset, count: BULK_CONTACTS }));
    log(`remote edits, ${BULK_CONTACTS} at once, ${run}/${RUNS}:`, JSON.stringify(bulk.at(-1)));
  }
  return { single, bulk };
}

/**
 * In the page: renames `count` external contacts from the `offset`th, as the other administrator.
 * @param {{ run: number; offset: number; count: number }} options
 * @returns {Promise<RemoteEditRun>}
 */
async function remoteRenames({ run, offset, count }) {
  const session = /** @type {import('./page-globals').BenchSession} */ (window.__bench.session());
  const db = new window.__pttBench.PttDatabase(String(window.__bench.databaseName()));
  const targets = await db.contacts
    .filter((row) => row.kind === 'external')
    .offset(offset)
    .limit(count)
    .toArray();
  const last = targets.at(-1);
  if (targets.length < count || !last) throw new Error('not enough external contacts to rename');
  const admin = window.__pttBench.demo.otherAdmin(session.tenant.id);
  const renamed = (/** @type {{ name: string }} */ target) => `Renommé ${run} ${target.name}`.slice(0, 30);
  for (const target of targets) {
    await admin.apply({ name: 'externalContact.update', args: { id: target.id, name: renamed(target) } });
  }

  const longTasks = window.__bench.longTasks();
  const t0 = performance.now();
  window.dispatchEvent(new Event('focus'));
  while ((await db.contacts.get(last.id))?.name !== renamed(last)) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const storedMs = performance.now() - t0;
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const longestTaskMs = longTasks.stop();
  db.close();
  return { longestTaskMs, storedMs: Math.round(storedMs) };
}
