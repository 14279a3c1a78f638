// @ts-check
/**
 * Initial sync: the first sign-in on a browser that has never seen the tenant, timed from the
 * click on "Sign in" until the first rows of the master list are painted, and until the local
 * database holds every row, beside its floors (plain Dexie bulkPut of the same rows, and the
 * transfer of the same snapshot pages) measured in a session of their own in the same conditions.
 */
import { rmSync } from 'node:fs';
import { masterListComplete, signIn } from './app.mjs';
import { launch } from './browser.mjs';
import { BENCH_USERNAME, DESK, PASSWORD, SNAPSHOT_PAGE, SYNCED_TABLES } from './config.mjs';
import { startProfile } from './cpu-profile.mjs';
import { heapMb } from './heap.mjs';

/** The bench tenant's administrator in the simulated back-end (a bench build's). */
const BENCH_ACCOUNT = { username: BENCH_USERNAME, password: PASSWORD };

/**
 * @typedef {{ username: string; password: string }} Account
 * @typedef {{ firstRowsMs: number; syncMs: number; requests: number; signInHeapMb: number }} FirstSync
 * @typedef {{ transferMs: number; bulkPutMs: number; bulkPutMsByTable: Record<string, number> }} SyncFloors
 * @typedef {FirstSync & SyncFloors & { syncFirst: boolean }} InitialSync
 */

/**
 * On the desk, beside its floors. The floors are measured in a session of their own, on a fresh
 * copy of the same template profile and from the same page state (the sign-in page, just before
 * the click), so that they write into a browser in the sync's own conditions — not into one still
 * holding (and its storage engine still settling) the 50,000 rows a sync has just written. Which
 * of the two sessions goes first alternates from one pair to the next (odd pairs: the sync), so
 * that neither always meets what the other leaves on the machine.
 * @param {import('./browser.mjs').Browser} browser
 * @param {(name: string) => string} freshProfile a new copy of the template profile, made when called
 * @param {number} pair 1 for the first pair
 * @param {boolean} profileSync whether to record a CPU profile of the sync (with BENCH_PROFILE=1)
 * @param {Account} account the bench tenant's administrator
 * @returns {Promise<{ figures: InitialSync; synced: string }>} the figures, and the synced profile
 */
export async function measureInitialSync(browser, freshProfile, pair, profileSync, account = BENCH_ACCOUNT) {
  const syncFirst = pair % 2 === 1;
  /** @type {SyncFloors | null} */
  let floors = syncFirst ? null : await measureSyncFloors(browser, freshProfile('floor'), account);
  const synced = freshProfile('synced');
  const sync = /** @type {FirstSync} */ (await firstSync(browser, synced, DESK, profileSync, account));
  floors ??= await measureSyncFloors(browser, freshProfile('floor'), account);
  return { figures: { ...sync, ...floors, syncFirst }, synced };
}

/**
 * On another device, without floors (they were measured on the desk).
 * @param {import('./browser.mjs').Browser} browser
 * @param {string} profile a copy of the template profile
 * @param {import('./config.mjs').Device} device
 * @returns {Promise<FirstSync>}
 */
export async function measureFirstSync(browser, profile, device) {
  return firstSync(browser, profile, device, false, BENCH_ACCOUNT);
}

/**
 * @param {import('./browser.mjs').Browser} browser
 * @param {string} profile
 * @param {import('./config.mjs').Device} device
 * @param {boolean} profileSync
 * @param {Account} account
 * @returns {Promise<FirstSync>}
 */
async function firstSync(browser, profile, device, profileSync, account) {
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
    await signIn(page, account.username, account.password);
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
    await masterListComplete(page);
    return { firstRowsMs: Math.round(firstRowsMs), syncMs: Math.round(syncMs), requests, signInHeapMb };
  } catch (error) {
    return await failed(error);
  } finally {
    await context.close();
  }
}

/**
 * The floors, on a fresh copy of the template profile (deleted after): the sign-in page as the
 * sync's session has it just before its click (garbage collected too), then in the page.
 * @param {import('./browser.mjs').Browser} browser
 * @param {string} profile
 * @param {Account} account
 * @returns {Promise<SyncFloors>}
 */
async function measureSyncFloors(browser, profile, account) {
  const { context, page, failed } = await launch(browser, profile, DESK);
  try {
    await page.goto(`${browser.baseUrl}/sign-in`);
    await page.getByLabel('Username').waitFor({ timeout: 120_000 });
    await heapMb(context, page);
    await page.waitForFunction(() => window.__pttBench, null, { timeout: 60_000 });
    return await page.evaluate(rawTransferAndWrite, {
      ...account,
      pageSize: SNAPSHOT_PAGE,
      tables: [...SYNCED_TABLES],
    });
  } catch (error) {
    return await failed(error);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * In the page, the floors for the initial sync: signed in with a request of its own (the app
 * stays on its sign-in page and stores nothing), `transferMs` fetches every table's snapshot
 * pages (from the same back-end, through the same service worker) and parses them;
 * `bulkPutMs` then writes the same rows with plain Dexie bulkPut, one transaction per table,
 * into a new database with the app's schema.
 * @param {{ username: string; password: string; pageSize: number; tables: string[] }} options
 */
async function rawTransferAndWrite({ username, password, pageSize, tables }) {
  const session = await fetch('/api/session', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const { token } = await session.json();
  /** @type {Map<string, unknown[]>} */
  const rows = new Map();
  const t0 = performance.now();
  for (const table of tables) {
    /** @type {unknown[]} */
    const tableRows = [];
    rows.set(table, tableRows);
    /** @type {string | null} */
    let after = null;
    do {
      /** @type {URLSearchParams} */
      const query = new URLSearchParams({ table, limit: String(pageSize), ...(after ? { after } : {}) });
      /** @type {Response} */
      const response = await fetch(`/api/snapshot?${query}`, { headers: { Authorization: `Bearer ${token}` } });
      /** @type {{ rows: unknown[]; next: string | null }} */
      const page = await response.json();
      tableRows.push(...page.rows);
      after = page.next;
    } while (after);
  }
  const transferMs = performance.now() - t0;

  const scratch = new window.__pttBench.PttDatabase('bench-floor');
  await scratch.open();
  /** @type {Record<string, number>} */
  const bulkPutMsByTable = {};
  for (const [table, tableRows] of rows) {
    const t1 = performance.now();
    await scratch.transaction('rw', scratch.table(table), () => scratch.table(table).bulkPut(tableRows));
    bulkPutMsByTable[table] = Math.round(performance.now() - t1);
  }
  const bulkPutMs = Object.values(bulkPutMsByTable).reduce((a, b) => a + b, 0);
  scratch.close();
  return { transferMs: Math.round(transferMs), bulkPutMs, bulkPutMsByTable };
}
