// @ts-check
/**
 * Opening the master list with its 50,000 rows already local: from the click on "Manage Master
 * List" (coming from Manage Sub-Lists) to the first painted rows, and to the whole list loaded;
 * beside it the floor, a plain Dexie read of the same table in the screen's order.
 */
import { ALL_CONTACTS_STATUS, RUNS } from './config.mjs';
import { startProfile } from './cpu-profile.mjs';
import { log } from './log.mjs';

/**
 * @param {import('playwright-core').Page} page showing the whole master list
 * @param {import('playwright-core').BrowserContext} [context] to profile the opens in (with BENCH_PROFILE=1)
 * @returns {Promise<{ openRows: number[]; openComplete: number[]; rawRead: number[] }>}
 */
export async function measureMasterListOpen(page, context) {
  /** @type {number[]} */
  const openRows = [];
  /** @type {number[]} */
  const openComplete = [];
  /** @type {number[]} */
  const rawRead = [];
  const profile = context ? await startProfile(context, page, 'master-list-open') : null;
  for (let run = 1; run <= RUNS; run++) {
    await page.getByRole('link', { name: 'Manage Sub-Lists' }).click();
    await page.getByRole('heading', { level: 1, name: 'Manage Sub-Lists' }).waitFor();
    await page.waitForTimeout(300);
    const link = 'nav a[href="/master-list"]';
    await page.evaluate((selector) => window.__bench.watchClick(selector), link);
    await page.evaluate(
      `void (window.__benchOpen = (${masterListOpenTiming})(${JSON.stringify(link)}, ${JSON.stringify(ALL_CONTACTS_STATUS)}))`,
    );
    await page.locator(link).click();
    const { rowsAt, completeAt, clickedAt } = await page.evaluate(() => window.__benchOpen);
    openRows.push(Math.round(rowsAt - Number(clickedAt)));
    openComplete.push(Math.round(completeAt - Number(clickedAt)));
    await page.waitForTimeout(300);
    if (run === RUNS) await profile?.stop();
    rawRead.push(await page.evaluate(rawContactsRead));
    log(
      `open master list ${run}/${RUNS}: rows ${openRows.at(-1)} ms, complete ${openComplete.at(-1)} ms, raw read ${rawRead.at(-1)} ms`,
    );
  }
  return { openRows, openComplete, rawRead };
}

/**
 * In the page: from the click on the nav link to the first painted rows, then to the whole list loaded.
 * @param {string} link the nav link's selector
 * @param {string} allContactsStatus
 * @returns {Promise<import('./page-globals').MasterListOpenTiming>}
 */
async function masterListOpenTiming(link, allContactsStatus) {
  const bench = window.__bench;
  const section = () => document.querySelector('section.master-list');
  const rowsAt = await bench.until(
    () => document.body,
    () => !!section()?.querySelector('[role="listbox"] [role="option"]'),
  );
  const completeAt = await bench.until(
    () => document.body,
    () =>
      [...(section()?.querySelectorAll('[role="status"]') ?? [])].some(
        (status) => status.textContent === allContactsStatus,
      ),
  );
  return { rowsAt, completeAt, clickedAt: bench.clickTime(link) };
}

/** In the page: plain Dexie toArray() of the contacts in the screen's order (the sortKey index). */
async function rawContactsRead() {
  const db = new window.__pttBench.PttDatabase(String(window.__bench.databaseName()));
  await db.open();
  const t0 = performance.now();
  const rows = await db.contacts.orderBy('sortKey').toArray();
  const ms = performance.now() - t0;
  db.close();
  if (rows.length === 0) throw new Error('no contacts to read');
  return Math.round(ms);
}
