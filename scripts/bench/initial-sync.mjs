// @ts-check
/**
 * Initial sync: the first sign-in on a browser that has never seen the tenant, timed from the
 * click on "Sign in" until the first rows of the master list are painted, and until the local
 * database holds every row, beside its floors measured in the same page (plain Dexie bulkPut of
 * the same rows, and the transfer of the same snapshot pages).
 */
import { masterListComplete, signIn } from './app.mjs';
import { launch } from './browser.mjs';
import { BENCH_USERNAME, DESK } from './config.mjs';
import { startProfile } from './cpu-profile.mjs';
import { heapMb } from './heap.mjs';

/**
 * @typedef {{ firstRowsMs: number; syncMs: number; requests: number; signInHeapMb: number }} FirstSync
 * @typedef {{ transferMs: number; bulkPutMs: number; bulkPutMsByTable: Record<string, number> }} SyncFloors
 * @typedef {FirstSync & SyncFloors} InitialSync
 */

/**
 * On the desk, with its floors.
 * @param {import('./browser.mjs').Browser} browser
 * @param {string} profile a copy of the template profile
 * @param {boolean} profileSync whether to record a CPU profile of it (with BENCH_PROFILE=1)
 * @returns {Promise<InitialSync>}
 */
export async function measureInitialSync(browser, profile, profileSync) {
  return /** @type {Promise<InitialSync>} */ (firstSync(browser, profile, DESK, profileSync, true));
}

/**
 * On another device, without floors (they were measured on the desk).
 * @param {import('./browser.mjs').Browser} browser
 * @param {string} profile a copy of the template profile
 * @param {import('./config.mjs').Device} device
 * @returns {Promise<FirstSync>}
 */
export async function measureFirstSync(browser, profile, device) {
  return firstSync(browser, profile, device, false, false);
}

/**
 * @param {import('./browser.mjs').Browser} browser
 * @param {string} profile
 * @param {import('./config.mjs').Device} device
 * @param {boolean} profileSync
 * @param {boolean} withFloors
 * @returns {Promise<FirstSync | InitialSync>}
 */
async function firstSync(browser, profile, device, profileSync, withFloors) {
  const { context, page, failed } = await launch(browser, profile, device);
  try {
    await page.goto(`${browser.baseUrl}/sign-in`);
    await page.getByLabel('Username').waitFor({ timeout: 120_000 });
    const signInHeapMb = await heapMb(context, page);
    /** @type {string[]} */
    const snapshotRequests = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/')) snapshotRequests.push(request.url());
    });
    await page.evaluate(() => window.__bench.watchClick('button[type="submit"]'));
    await page.evaluate(
      () =>
        void (window.__benchFirstRows = window.__bench.until(
          () => document.body,
          () => !!document.querySelector('section.master-list [role="listbox"] [role="option"]'),
          600_000,
        )),
    );
    const syncProfile = profileSync ? await startProfile(context, page, 'initial-sync') : null;
    await signIn(page, BENCH_USERNAME);
    // Wait (in the page) until the initial sync has written the pull cursor: every table is stored.
    const endedAt = await page.evaluate(async () => {
      const sleep = () => new Promise((resolve) => setTimeout(resolve, 20));
      // Opened only once the app has created it, so the app, not us, creates the database.
      /** @type {string | null} */
      let name = null;
      while (!(name = window.__bench.databaseName()) || !(await indexedDB.databases()).some((db) => db.name === name)) {
        await sleep();
      }
      const db = new window.__pttBench.PttDatabase(name);
      while ((await db.meta.get('cursor')) === undefined) await sleep();
      const at = performance.now();
      db.close();
      return at;
    });
    await syncProfile?.stop();
    const clickedAt = await page.evaluate(() => window.__bench.clickTime('button[type="submit"]'));
    const syncMs = endedAt - Number(clickedAt);
    const firstRowsMs = (await page.evaluate(() => window.__benchFirstRows)) - Number(clickedAt);
    const requests = snapshotRequests.length;
    const pageSize = Number(
      new URL(String(snapshotRequests.find((url) => url.includes('/api/snapshot')))).searchParams.get('limit'),
    );
    await masterListComplete(page);
    const measured = { firstRowsMs: Math.round(firstRowsMs), syncMs: Math.round(syncMs), requests, signInHeapMb };
    if (!withFloors) return measured;
    return { ...measured, ...(await page.evaluate(rawWriteAndTransfer, pageSize)) };
  } catch (error) {
    return await failed(error);
  } finally {
    await context.close();
  }
}

/**
 * In the page, the floors for the initial sync: `transferMs` fetches the same snapshot pages the
 * app fetched (same page size, through the same service worker and simulated back-end) and parses
 * them, storing nothing; `bulkPutMs` writes the same rows with plain Dexie bulkPut, one
 * transaction per table, into a scratch database with the app's schema.
 * @param {number} pageSize
 */
async function rawWriteAndTransfer(pageSize) {
  const name = String(window.__bench.databaseName());
  const token = await window.__bench.sessionToken();
  const tables = /** @type {const} */ (['contacts', 'subLists', 'groups']);
  const t0 = performance.now();
  for (const table of tables) {
    /** @type {string | null} */
    let after = null;
    do {
      /** @type {URLSearchParams} */
      const query = new URLSearchParams({ table, limit: String(pageSize), ...(after ? { after } : {}) });
      /** @type {Response} */
      const response = await fetch(`/api/snapshot?${query}`, { headers: { Authorization: `Bearer ${token}` } });
      after = (await response.json()).next;
    } while (after);
  }
  const transferMs = performance.now() - t0;

  const { PttDatabase } = window.__pttBench;
  const app = new PttDatabase(name);
  const rows = {
    contacts: await app.contacts.toArray(),
    subLists: await app.subLists.toArray(),
    groups: await app.groups.toArray(),
  };
  app.close();
  const scratch = new PttDatabase(`bench-scratch-${Date.now()}`);
  await scratch.open();
  /** @type {Record<string, number>} */
  const bulkPutMsByTable = {};
  for (const table of tables) {
    const t1 = performance.now();
    await scratch.transaction('rw', scratch.table(table), () => scratch.table(table).bulkPut(rows[table]));
    bulkPutMsByTable[table] = Math.round(performance.now() - t1);
  }
  const bulkPutMs = Object.values(bulkPutMsByTable).reduce((a, b) => a + b, 0);
  await scratch.delete();
  return { transferMs: Math.round(transferMs), bulkPutMs, bulkPutMsByTable };
}
