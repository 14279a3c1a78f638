// @ts-check
/**
 * What the bench measures and how often: the tenant, the accounts, the queries typed and the
 * number of runs (environment variables in docs/performance.md). Read once, by every module.
 */

/**
 * @param {string | undefined} text
 * @param {number} fallback
 */
function positiveInt(text, fallback) {
  const value = Number(text);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

export const RUNS = positiveInt(process.env.BENCH_RUNS, 5);
/**
 * First syncs, each paired with its floor measured apart (initial-sync.mjs; about 20 s a pair):
 * seven, so that the median of the pairs' ratios is a middle pair's and neither order of the two
 * sessions dominates.
 */
export const SYNC_RUNS = positiveInt(process.env.BENCH_SYNC_RUNS, 7);
/** The tables a first sync stores, in its order, and its snapshot pages' rows (src/domain/model.ts, src/sync/engine.ts). */
export const SYNCED_TABLES = /** @type {const} */ (['contacts', 'subLists', 'groups', 'supervisors']);
export const SNAPSHOT_PAGE = 5_000;
/** A 1,000-edit backlog takes about a minute: fewer runs by default. */
export const BACKLOG_RUNS = positiveInt(process.env.BENCH_BACKLOG_RUNS, Math.min(RUNS, 3));
/** Demo mode's starts, each on a new profile (demo-start.mjs). */
export const DEMO_RUNS = positiveInt(process.env.BENCH_DEMO_RUNS, Math.min(RUNS, 3));
/**
 * The bench tenant: 50,000 contacts (47,000 PTT subscribers + 3,000 external contacts), 2,000 groups,
 * 1,000 sub-lists. `BENCH_CONTACTS` sets another number of contacts (the growth runs, growth.mjs): 6 %
 * of them external, the lists as they are.
 */
export const CONTACTS = positiveInt(process.env.BENCH_CONTACTS, 50_000);
const EXTERNALS = Math.round(CONTACTS * 0.06);
export const TENANT = { subscribers: CONTACTS - EXTERNALS, externals: EXTERNALS, groups: 2_000, subLists: 1_000 };
/** What the master list's status says once every row is loaded, and only then (the browser runs in en-CA). */
export const ALL_CONTACTS_STATUS = `${CONTACTS.toLocaleString('en-CA')} contacts`;
export const BENCH_USERNAME = 'admin@bench.demo';
export const SMALL_USERNAME = 'admin@gagnon.demo';
export const PASSWORD = 'demo';
export const BACKLOG_EDITS = 1_000;
/** Activity (issue 20): the server's log of the bench tenant (100,000 entries over 400 days), and the remote edits fetched. */
export const BENCH_TENANT_ID = 'tenant-bench';
export const ACTIVITY_ENTRIES = 100_000;
export const REMOTE_ACTIVITY_EDITS = 1_000;
/** The rows of the import that is applied and synced (new external contacts). */
export const IMPORT_ROWS = 5_000;
export const PROFILE = process.env.BENCH_PROFILE === '1';
/** `BENCH_ONLY=import-export`: one first sync, then the import and export figures only (a few minutes). */
export const ONLY_IMPORT_EXPORT = process.env.BENCH_ONLY === 'import-export';
/** `BENCH_ONLY=activity`: one first sync, then the Activity figures only (a few minutes instead of the whole bench). */
export const ONLY_ACTIVITY = process.env.BENCH_ONLY === 'activity';

/**
 * The screens a user measures on: an administrator's desk, and a supervisor's mid-range tablet
 * (issue 22: 768×1024, touch, CPU four times slower through Chromium's throttling).
 * @typedef {{ name: string; viewport: { width: number; height: number }; touch: boolean; cpuSlowdown: number }} Device
 */
/** @type {Device} */
export const DESK = { name: 'desk', viewport: { width: 1280, height: 800 }, touch: false, cpuSlowdown: 1 };
/** @type {Device} */
export const TABLET = { name: 'tablet', viewport: { width: 768, height: 1024 }, touch: true, cpuSlowdown: 4 };
/** `BENCH_TABLET=0` leaves the tablet figures out (they add a first sync and a search round, a few minutes). */
export const TABLET_RUNS = process.env.BENCH_TABLET !== '0';
/** `BENCH_ONLY=demo`: demo mode's start and the first screen's JavaScript only (a minute or two). */
export const ONLY_DEMO = process.env.BENCH_ONLY === 'demo';
/** `BENCH_ONLY=backlog`: one first sync, then only the 1,000-edit offline backlogs. */
export const ONLY_BACKLOG = process.env.BENCH_ONLY === 'backlog';
/** `BENCH_ONLY=heap`: one first sync, then only the JS heap and the app's share of it (heap.mjs). */
export const ONLY_HEAP = process.env.BENCH_ONLY === 'heap';
/** `BENCH_ONLY=growth-point`: one size's core figures (growth.mjs runs it at each of `BENCH_SIZES`). */
export const ONLY_GROWTH_POINT = process.env.BENCH_ONLY === 'growth-point';
/** `BENCH_ONLY=remote-edit`: one first sync, then only another administrator's edits arriving with the master list open. */
export const ONLY_REMOTE_EDIT = process.env.BENCH_ONLY === 'remote-edit';
/** `BENCH_ONLY=tablet`: the tablet's figures only (its own first sync, then the open and the search). */
export const ONLY_TABLET = process.env.BENCH_ONLY === 'tablet';
/** `BENCH_ONLY=sync`: only the first syncs (and the back-end's seeding), for quick before/after comparisons. */
export const ONLY_SYNC = process.env.BENCH_ONLY === 'sync';
/** Three-letter queries typed one key at a time, one per run (common name beginnings in the seed). */
export const QUERIES = [
  'mar',
  'gen',
  'ber',
  'lav',
  'tre',
  'jos',
  'cha',
  'pel',
  'gag',
  'roy',
  'lev',
  'bou',
  'gau',
  'mor',
  'for',
  'seb',
];
/**
 * Measured after a first round of every query (reported apart as the session's first searches,
 * while V8 still compiles the code they run): every query twice more, 96 keystrokes, enough for a
 * p95 that two or three keystrokes meeting other work on a shared machine do not move.
 */
export const SEARCH_RUNS = Math.max(RUNS, 2 * QUERIES.length);
