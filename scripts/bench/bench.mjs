/**
 * `npm run bench` — how the app holds up with a 50,000-contact tenant (issue 8; see
 * docs/performance.md for what each figure means and its budget).
 *
 * 1. Builds the app in bench mode into a temporary folder (dist/ is left alone); the build
 *    flag VITE_BENCH_TENANT makes the simulated back-end also serve a large tenant.
 * 2. Serves it with Vite's preview server and drives Debian's Chromium (playwright-core).
 * 3. Measures each figure several times and prints the medians as ONE JSON
 *    object on stdout; progress goes to stderr.
 *
 * Environment: BENCH_RUNS (runs per screen figure, default 5), BENCH_SYNC_RUNS and BENCH_BACKLOG_RUNS
 * (first syncs and 1,000-edit backlogs, default 3 each), CHROMIUM_PATH (else scripts/ensure-chromium.sh
 * finds or installs it), BENCH_PROFILE=1 (also records a CPU profile of the search keystrokes and of the
 * first initial sync, saved beside the system's temp files, with the top functions by self time on stderr).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { createServer, preview } from 'vite';
import { installPageHelpers } from './page-helpers.mjs';
import chromiumFlags from '../chromium-flags.json' with { type: 'json' };

const RUNS = positiveInt(process.env.BENCH_RUNS, 5);
/** A first sync of 50,000 contacts and a 1,000-edit backlog take about a minute each: fewer runs by default. */
const SYNC_RUNS = positiveInt(process.env.BENCH_SYNC_RUNS, Math.min(RUNS, 3));
const BACKLOG_RUNS = positiveInt(process.env.BENCH_BACKLOG_RUNS, Math.min(RUNS, 3));
/** 50,000 contacts (47,000 PTT subscribers + 3,000 external contacts), 2,000 groups, 1,000 sub-lists. */
const TENANT = { subscribers: 47_000, externals: 3_000, groups: 2_000, subLists: 1_000 };
const CONTACTS = TENANT.subscribers + TENANT.externals;
/** What the master list's status says once every row is loaded, and only then (the browser runs in en-CA). */
const ALL_CONTACTS_STATUS = `${CONTACTS.toLocaleString('en-CA')} contacts`;
const BENCH_USERNAME = 'admin@bench.demo';
const SMALL_USERNAME = 'admin@gagnon.demo';
const PASSWORD = 'demo';
const BACKLOG_EDITS = 1_000;
const PROFILE = process.env.BENCH_PROFILE === '1';
/** Three-letter queries typed one key at a time, one per run (common name beginnings in the seed). */
const QUERIES = [
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
const SEARCH_RUNS = Math.max(RUNS, 2 * QUERIES.length);
const FLAGS = [
  ...chromiumFlags,
  // Timers and rendering of a hidden headless tab must not be throttled while we measure.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

const log = (...parts) => console.error(`[bench ${((performance.now() - started) / 1000).toFixed(0)}s]`, ...parts);
const started = performance.now();
const work = mkdtempSync(join(tmpdir(), 'ptt-bench-'));
const outDir = join(work, 'dist');

try {
  const result = await main();
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

async function main() {
  const chromiumPath = findChromium();
  log('building the app in bench mode…');
  // A child process whose output goes to stderr: the bundler prints progress on stdout, which is the JSON's.
  execFileSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--mode', 'bench', '--outDir', outDir, '--emptyOutDir', '--manifest'],
    { stdio: ['ignore', 2, 2], env: { ...process.env, VITE_BENCH_TENANT: JSON.stringify(TENANT) } },
  );
  const sizes = buildSizes();
  const tenantGenerationMs = await timeTenantGeneration();
  log(`tenant generated in Node in ${tenantGenerationMs} ms`);
  const server = await preview({
    mode: 'bench',
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 4190, strictPort: false, open: false },
  });
  const baseUrl = server.resolvedUrls.local[0].replace(/\/$/, '');
  log(`serving ${baseUrl}; Chromium ${chromiumVersion(chromiumPath)}; ${RUNS} runs`);
  const browser = { chromiumPath, baseUrl };
  try {
    const template = await makeTemplateProfile(browser);
    const firstScreen = summarizeFirstScreen(template.scripts, sizes);
    const initial = [];
    let synced = null;
    for (let run = 1; run <= SYNC_RUNS; run++) {
      if (synced) rmSync(synced, { recursive: true, force: true });
      synced = copyProfile(template.profile, `synced-${run}`);
      initial.push(await measureInitialSync(browser, synced, run === 1));
      log(`initial sync ${run}/${SYNC_RUNS}:`, JSON.stringify(initial.at(-1)));
    }
    const steady = await measureSteadyState(browser, synced);
    return {
      runs: { ui: RUNS, search_queries: SEARCH_RUNS, initial_sync: SYNC_RUNS, backlog: BACKLOG_RUNS },
      tenant: { contacts: CONTACTS, ...TENANT },
      tenant_generation_ms: tenantGenerationMs,
      backend_seed_in_browser_ms: template.seedMs,
      open_master_list_ms: median(steady.openRows),
      open_master_list_complete_ms: median(steady.openComplete),
      raw_read_ms: median(steady.rawRead),
      search_keystroke_p50_ms: percentile(steady.keystrokes.updated, 0.5),
      search_keystroke_p95_ms: percentile(steady.keystrokes.updated, 0.95),
      search_keystroke_max_ms: Math.max(...steady.keystrokes.updated),
      search_keystroke_painted_p50_ms: percentile(steady.keystrokes.painted, 0.5),
      search_keystroke_painted_p95_ms: percentile(steady.keystrokes.painted, 0.95),
      keystroke_paint_floor_p50_ms: percentile(steady.paintFloor, 0.5),
      keystroke_paint_floor_p95_ms: percentile(steady.paintFloor, 0.95),
      search_keystrokes: steady.keystrokes.updated.length,
      // The session's first searches (each query once, before the measured rounds): V8 still compiles their code.
      search_first_round_p50_ms: percentile(steady.firstRound.updated, 0.5),
      search_first_round_p95_ms: percentile(steady.firstRound.updated, 0.95),
      search_first_round_max_ms: Math.max(...steady.firstRound.updated),
      // Where a keystroke's time goes (medians): the browser editing the input, the app (filtering and
      // React), the style and layout of the result; `edit` has a floor of its own, a bare search box.
      search_keystroke_parts_p50_ms: {
        edit: percentile(steady.keystrokes.edit, 0.5),
        app: percentile(steady.keystrokes.app, 0.5),
        layout: percentile(steady.keystrokes.layout, 0.5),
      },
      keystroke_edit_floor_p50_ms: percentile(steady.editFloor, 0.5),
      member_picker_open_ms: median(steady.picker),
      member_picker_candidates: steady.pickerCandidates,
      initial_sync_ms: median(initial.map((run) => run.syncMs)),
      raw_bulkput_ms: median(initial.map((run) => run.bulkPutMs)),
      raw_transfer_ms: median(initial.map((run) => run.transferMs)),
      raw_bulkput_ms_by_table: initial.at(-1).bulkPutMsByTable,
      initial_sync_requests: median(initial.map((run) => run.requests)),
      backlog_edits: BACKLOG_EDITS,
      backlog_offline_edit_ms: median(steady.backlog.map((run) => run.perEditMs)),
      backlog_sync_ms: median(steady.backlog.map((run) => run.syncMs)),
      backlog_requests: median(steady.backlog.map((run) => run.requests)),
      backlog_sync_issues: Math.max(...steady.backlog.map((run) => run.issues)),
      backlog_failed_requests_while_offline: median(steady.backlog.map((run) => run.failedWhileOffline)),
      js_heap_mb: median(steady.heap),
      js_heap_sign_in_page_mb: median(initial.map((run) => run.signInHeapMb)),
      // The app's own code; demo mode adds the simulated back-end, which stands in for the server.
      first_screen_js_kb: firstScreen.appKb,
      first_screen_js_kb_demo_mode: firstScreen.kb,
      demo_backend_js_kb: round1(firstScreen.kb - firstScreen.appKb),
      first_screen_js_files: firstScreen.files,
      total_js_kb: sizes.totalKb,
      budgets: budgets(),
      machine: {
        cpus: cpus().length,
        cpu: cpus()[0]?.model,
        memory_gb: Math.round(totalmem() / 2 ** 30),
        chromium: chromiumVersion(chromiumPath),
        node: process.version,
      },
      bench_duration_s: Math.round((performance.now() - started) / 1000),
    };

    function budgets() {
      const searchP95 = percentile(steady.keystrokes.updated, 0.95);
      const open = median(steady.openRows);
      const read = median(steady.rawRead);
      const sync = median(initial.map((run) => run.syncMs));
      const floor = 2 * median(initial.map((run) => run.bulkPutMs)) + median(initial.map((run) => run.transferMs));
      const requests = median(steady.backlog.map((run) => run.requests));
      return {
        search_keystroke_p95_le_16ms: searchP95 <= 16,
        open_master_list_le_1_5x_raw_read: open <= 1.5 * read,
        initial_sync_le_2x_raw_bulkput_plus_transfer: sync <= floor,
        backlog_requests_le_20: requests <= 20,
        first_screen_js_le_200kb: firstScreen.appKb <= 200,
      };
    }
  } finally {
    await server.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Browser profiles

async function launch({ chromiumPath }, profile) {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    args: FLAGS,
    locale: 'en-CA',
    viewport: { width: 1280, height: 800 },
  });
  await context.addInitScript(installPageHelpers);
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => log('page error:', error.message));
  // Requests failing while the network is cut are expected (counted in the backlog figures).
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      log('console error:', message.text());
    }
  });
  return { context, page, failed: (error) => keepFailure(page, error) };
}

/** Leaves a screenshot of the page behind when a step fails, and rethrows. */
async function keepFailure(page, error) {
  const shot = join(tmpdir(), 'ptt-bench-failure.png');
  await page.screenshot({ path: shot, fullPage: true }).catch(() => {});
  const state = await page
    .evaluate(async () => ({ locks: await navigator.locks.query(), databases: await indexedDB.databases() }))
    .catch(() => null);
  log('locks and databases:', JSON.stringify(state));
  log(`failed on ${page.url()}; screenshot: ${shot}`);
  throw error;
}

function copyProfile(template, name) {
  const profile = join(work, name);
  cpSync(template, profile, { recursive: true });
  return profile;
}

/**
 * A profile in which the demo back-end's own database already holds the bench tenant (in real
 * life that is the server's data, not the browser's), the app is installed and no one has ever
 * signed in to the bench tenant. Its cold first load also gives the first-screen JavaScript.
 */
async function makeTemplateProfile(browser) {
  const profile = join(work, 'template');
  const { context, page, failed } = await launch(browser, profile);
  try {
    return await firstLoad(browser, profile, context, page);
  } catch (error) {
    return await failed(error);
  } finally {
    await context.close();
  }
}

async function firstLoad(browser, profile, context, page) {
  const scripts = new Set();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === browser.baseUrl && url.pathname.endsWith('.js')) scripts.add(url.pathname);
  });
  const t0 = performance.now();
  await page.goto(`${browser.baseUrl}/master-list`);
  await page.getByLabel('Username').waitFor({ timeout: 180_000 });
  const seedMs = Math.round(performance.now() - t0);
  log(`back-end seeded in the browser in ${seedMs} ms (generation + writing its IndexedDB)`);
  // First screen: the sign-in page, then the master list of a (small) tenant.
  await signIn(page, SMALL_USERNAME);
  await page.getByRole('listbox').getByRole('option').first().waitFor({ timeout: 120_000 });
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => localStorage.removeItem('ptt-admin.session'));
  return { profile, seedMs, scripts: [...scripts] };
}

async function signIn(page, username) {
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

// ---------------------------------------------------------------------------------------------
// Initial sync: first sign-in on a browser that has never seen the tenant

async function measureInitialSync(browser, profile, profileSync) {
  const { context, page, failed } = await launch(browser, profile);
  try {
    await page.goto(`${browser.baseUrl}/sign-in`);
    await page.getByLabel('Username').waitFor({ timeout: 120_000 });
    const signInHeapMb = await heapMb(context, page);
    const snapshotRequests = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/')) snapshotRequests.push(request.url());
    });
    await page.evaluate(() => window.__bench.watchClick('button[type="submit"]'));
    const syncProfile = profileSync ? await startProfile(context, page, 'initial-sync') : null;
    await signIn(page, BENCH_USERNAME);
    // Wait (in the page) until the initial sync has written the pull cursor: every table is stored.
    const endedAt = await page.evaluate(async () => {
      const sleep = () => new Promise((resolve) => setTimeout(resolve, 20));
      // Opened only once the app has created it, so the app, not us, creates the database.
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
    const syncMs = endedAt - clickedAt;
    const requests = snapshotRequests.length;
    const pageSize = Number(
      new URL(snapshotRequests.find((url) => url.includes('/api/snapshot'))).searchParams.get('limit'),
    );
    await masterListComplete(page);
    const floors = await page.evaluate(rawWriteAndTransfer, pageSize);
    return { syncMs: Math.round(syncMs), requests, signInHeapMb, ...floors };
  } catch (error) {
    return await failed(error);
  } finally {
    await context.close();
  }
}

/**
 * The floors for the initial sync, in the same page: `transferMs` fetches the same snapshot
 * pages the app fetched (same page size, through the same service worker and simulated
 * back-end) and parses them, storing nothing; `bulkPutMs` writes the same rows with plain
 * Dexie bulkPut, one transaction per table, into a scratch database with the app's schema.
 */
async function rawWriteAndTransfer(pageSize) {
  const name = window.__bench.databaseName();
  const { token } = window.__bench.session();
  const t0 = performance.now();
  for (const table of ['contacts', 'subLists', 'groups']) {
    let after = null;
    do {
      const query = new URLSearchParams({ table, limit: String(pageSize), ...(after ? { after } : {}) });
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
  const bulkPutMsByTable = {};
  for (const table of ['contacts', 'subLists', 'groups']) {
    const t1 = performance.now();
    await scratch.transaction('rw', scratch.table(table), () => scratch.table(table).bulkPut(rows[table]));
    bulkPutMsByTable[table] = Math.round(performance.now() - t1);
  }
  const bulkPutMs = Object.values(bulkPutMsByTable).reduce((a, b) => a + b, 0);
  await scratch.delete();
  return { transferMs: Math.round(transferMs), bulkPutMs, bulkPutMsByTable };
}

// ---------------------------------------------------------------------------------------------
// Data already local: master list, search, member picker, heap, offline backlog

async function measureSteadyState(browser, profile) {
  const { context, page, failed } = await launch(browser, profile);
  try {
    await page.goto(`${browser.baseUrl}/master-list`);
    await masterListComplete(page);
    await page.waitForTimeout(1_000);

    const openRows = [];
    const openComplete = [];
    const rawRead = [];
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
      openRows.push(Math.round(rowsAt - clickedAt));
      openComplete.push(Math.round(completeAt - clickedAt));
      await page.waitForTimeout(300);
      rawRead.push(await page.evaluate(rawContactsRead));
      log(
        `open master list ${run}/${RUNS}: rows ${openRows.at(-1)} ms, complete ${openComplete.at(-1)} ms, raw read ${rawRead.at(-1)} ms`,
      );
    }

    const heap = [await heapMb(context, page)];

    const firstRound = { updated: [], painted: [] };
    const keystrokes = { updated: [], painted: [], edit: [], app: [], layout: [] };
    await page.evaluate(`window.__benchSearchTiming = ${searchUpdateTiming}`);
    const search = page.getByRole('searchbox', { name: 'Search' });
    const typeQuery = async (query, into) => {
      await search.click();
      for (const key of query) {
        // Armed (observer in place) before the key is sent, so no update can be missed.
        await page.evaluate(() => void (window.__benchSearch = window.__benchSearchTiming()));
        await page.keyboard.press(key);
        const timing = await page.evaluate(() => window.__benchSearch);
        if (timing === null) throw new Error(`typing "${key}" did not update the master list within 10 s`);
        for (const part of Object.keys(into)) into[part].push(round1(timing[part]));
      }
      const typed = (list) => list.slice(-query.length).join(', ');
      log(`search "${query}": updated ${typed(into.updated)} ms; painted ${typed(into.painted)} ms`);
      await search.fill('');
      await masterListComplete(page);
      await page.waitForTimeout(300);
    };
    for (const query of QUERIES) await typeQuery(query, firstRound);
    log('first round done (the session’s first searches); the measured rounds follow');
    const searchProfile = await startProfile(context, page, 'search');
    for (let run = 0; run < SEARCH_RUNS; run++) await typeQuery(QUERIES[run % QUERIES.length], keystrokes);
    await searchProfile?.stop();
    const { edit: editFloor, paint: paintFloor } = await measureKeystrokeFloors(page, keystrokes.painted.length);
    log(`keystroke floors (bare search box): edit ${editFloor.join(', ')} ms; paint ${paintFloor.join(', ')} ms`);

    const { picker, pickerCandidates } = await measurePicker(browser, page);

    const backlog = [];
    for (let run = 1; run <= BACKLOG_RUNS; run++) {
      backlog.push(await measureBacklog(page, run));
      log(`backlog ${run}/${BACKLOG_RUNS}:`, JSON.stringify(backlog.at(-1)));
    }
    return {
      openRows,
      openComplete,
      rawRead,
      heap,
      firstRound,
      keystrokes,
      paintFloor,
      editFloor,
      picker,
      pickerCandidates,
      backlog,
    };
  } catch (error) {
    return await failed(error);
  } finally {
    await context.close();
  }
}

/** The master list's status says "50,000 contacts": every row is loaded (not only the first screen). */
async function masterListComplete(page) {
  await page
    .getByRole('status')
    .filter({ hasText: new RegExp(`^${ALL_CONTACTS_STATUS}$`) })
    .waitFor({ timeout: 180_000 });
}

/** In the page: from the click on the nav link to the first painted rows, then to the whole list loaded. */
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
  const db = new window.__pttBench.PttDatabase(window.__bench.databaseName());
  await db.open();
  const t0 = performance.now();
  const rows = await db.contacts.orderBy('sortKey').toArray();
  const ms = performance.now() - t0;
  db.close();
  if (rows.length === 0) throw new Error('no contacts to read');
  return Math.round(ms);
}

/**
 * In the page, armed before a key is pressed, for the first change of the list or its status (the
 * filtered rows and the match count): `updated` from the keydown to that change made and laid out
 * (style and layout forced at once: the work the next frame needs), `painted` to the paint of the
 * frame that shows it (which adds the wait for the display's next frame). `updated` in three parts:
 * `edit` until the input event (the browser editing the box), `app` until the change (the app's
 * handler: filtering and React), `layout` (style and layout). Null if nothing changed in 10 s.
 */
function searchUpdateTiming() {
  const bench = window.__bench;
  const section = document.querySelector('section.master-list');
  const before = bench.keyDownTime();
  return new Promise((resolve) => {
    const observer = new MutationObserver((mutations) => {
      if (bench.keyDownTime() === before) return;
      if (!mutations.some((mutation) => !(mutation.target instanceof HTMLInputElement))) return;
      observer.disconnect();
      clearTimeout(timer);
      const changedAt = performance.now();
      void section.getBoundingClientRect();
      void document.body.offsetHeight;
      const laidOutAt = performance.now();
      const keyDownAt = bench.keyDownTime();
      const inputAt = bench.inputTime();
      bench.afterPaint().then((paintedAt) =>
        resolve({
          updated: laidOutAt - keyDownAt,
          painted: paintedAt - keyDownAt,
          edit: inputAt - keyDownAt,
          app: changedAt - inputAt,
          layout: laidOutAt - changedAt,
        }),
      );
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      resolve(null);
    }, 10_000);
    observer.observe(section, { subtree: true, childList: true, characterData: true });
  });
}

/**
 * The floors of a keystroke in this page: keys typed into a bare search box added to the page,
 * that nothing listens to, each from its `keydown` to its input event (`edit`: the browser's own
 * editing) and to the paint of the frame that shows the letter (`paint`).
 */
async function measureKeystrokeFloors(page, keys) {
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.type = 'search';
    input.id = 'bench-bare-input';
    input.setAttribute('aria-label', 'bench');
    document.body.append(input);
  });
  const bare = page.locator('#bench-bare-input');
  await bare.focus();
  const floors = { edit: [], paint: [] };
  for (let key = 0; key < keys; key++) {
    await page.evaluate(() => {
      const input = document.getElementById('bench-bare-input');
      window.__benchFloor = new Promise((resolve) =>
        input.addEventListener(
          'input',
          () => {
            const editedAt = performance.now();
            window.__bench.afterPaint().then((paintedAt) => resolve({ editedAt, paintedAt }));
          },
          { once: true },
        ),
      ).then(({ editedAt, paintedAt }) => ({
        edit: editedAt - window.__bench.keyDownTime(),
        paint: paintedAt - window.__bench.keyDownTime(),
      }));
    });
    await page.keyboard.press(QUERIES[key % QUERIES.length][key % 3]);
    const floor = await page.evaluate(() => window.__benchFloor);
    floors.edit.push(round1(floor.edit));
    floors.paint.push(round1(floor.paint));
    await page.waitForTimeout(50);
  }
  await page.evaluate(() => document.getElementById('bench-bare-input')?.remove());
  return floors;
}

/** Add Members on the group with the fewest members: about 50,000 candidates. */
async function measurePicker(browser, page) {
  const group = await page.evaluate(async () => {
    const db = new window.__pttBench.PttDatabase(window.__bench.databaseName());
    let smallest = null;
    await db.groups.each((row) => {
      if (!smallest || row.memberIds.length < smallest.memberIds.length) smallest = row;
    });
    const contacts = await db.contacts.count();
    db.close();
    return { id: smallest.id, candidates: contacts - smallest.memberIds.length };
  });
  await page.goto(`${browser.baseUrl}/groups/${group.id}`);
  const addMembers = page.getByRole('button', { name: 'Add Members' });
  await addMembers.waitFor({ timeout: 120_000 });
  await page.waitForTimeout(1_000);
  const picker = [];
  for (let run = 1; run <= RUNS; run++) {
    const selector = 'button';
    await page.evaluate((s) => window.__bench.watchClick(s), selector);
    await page.evaluate(() => {
      window.__benchPicker = window.__bench.until(
        () => document.body,
        () => !!document.querySelector('[role="dialog"] [role="listbox"] [role="option"]'),
      );
    });
    await addMembers.click();
    const paintedAt = await page.evaluate(() => window.__benchPicker);
    const clickedAt = await page.evaluate((s) => window.__bench.clickTime(s), selector);
    picker.push(Math.round(paintedAt - clickedAt));
    log(`member picker ${run}/${RUNS}: ${picker.at(-1)} ms for ${group.candidates} candidates`);
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.waitForTimeout(300);
  }
  return { picker, pickerCandidates: group.candidates };
}

/**
 * 1,000 edits queued with the network cut (the demo back-end's switch, as the Demo panel's
 * "Cut the network" does), made through the app's own mutate() as its screens do; then the
 * network comes back (the switch, plus the browser's `online` event a real reconnection fires)
 * and we time until the outbox is empty: every edit sent, answered and settled by a pull.
 */
async function measureBacklog(page, run) {
  if (new URL(page.url()).pathname !== '/sync-issues') {
    await page.locator('nav a[href="/sync-issues"]').click();
    await page.getByRole('heading', { level: 1 }).waitFor();
  }
  let failedWhileOffline = 0;
  const onFailed = (request) => new URL(request.url()).pathname.startsWith('/api/') && failedWhileOffline++;
  page.on('requestfailed', onFailed);
  const queued = await page.evaluate(queueOfflineEdits, { run, edits: BACKLOG_EDITS });
  page.off('requestfailed', onFailed);
  const requests = [];
  const onRequest = (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/')) requests.push(request.url());
  };
  page.on('request', onRequest);
  const result = await page.evaluate(reconnectAndDrain);
  page.off('request', onRequest);
  return {
    perEditMs: queued.perEditMs,
    failedWhileOffline,
    syncMs: result.ms,
    requests: requests.length,
    issues: result.issues,
  };
}

async function queueOfflineEdits({ run, edits }) {
  const { demo, mutate, PttDatabase } = window.__pttBench;
  const db = new PttDatabase(window.__bench.databaseName());
  demo.faults.setOffline(true);
  const share = Math.floor(edits / 3);
  const subscribers = await db.contacts
    .where('kind')
    .equals('subscriber')
    .limit(edits - 2 * share)
    .toArray();
  const externals = await db.contacts.where('kind').equals('external').limit(share).toArray();
  const groups = [];
  await db.groups.each((group) => {
    if (groups.length < share && group.memberIds.length < 200) groups.push(group);
  });
  const intents = [
    ...subscribers.map((subscriber) => ({
      name: 'options.setMessaging',
      args: { subscriberId: subscriber.id, messaging: subscriber.messaging === 'none' ? 'enabled' : 'none' },
    })),
    ...externals.map((contact, index) => ({
      name: 'externalContact.update',
      args: { id: contact.id, name: `Banc ${run}-${index} ${contact.name}`.slice(0, 30).trim() },
    })),
    ...groups.map((group, index) => {
      // A subscriber not yet in the group (earlier runs added some), looking from a different one each time.
      const members = new Set(group.memberIds);
      const start = (index + run * 7) % subscribers.length;
      const member = [...subscribers.slice(start), ...subscribers.slice(0, start)].find((s) => !members.has(s.id));
      return { name: 'group.addMembers', args: { id: group.id, memberIds: [member.id] } };
    }),
  ];
  if (intents.length !== edits) throw new Error(`only ${intents.length} edits could be made`);
  const t0 = performance.now();
  for (const intent of intents) await mutate(db, intent);
  const perEditMs = Math.round(((performance.now() - t0) / edits) * 10) / 10;
  if ((await db.outbox.count()) < edits) throw new Error('the edits were not all queued');
  db.close();
  return { perEditMs };
}

async function reconnectAndDrain() {
  const { demo, PttDatabase } = window.__pttBench;
  const db = new PttDatabase(window.__bench.databaseName());
  const issuesBefore = await db.syncIssues.count();
  const t0 = performance.now();
  demo.faults.setOffline(false);
  window.dispatchEvent(new Event('online'));
  while ((await db.outbox.count()) > 0) await new Promise((resolve) => setTimeout(resolve, 20));
  const ms = Math.round(performance.now() - t0);
  const issues = (await db.syncIssues.count()) - issuesBefore;
  db.close();
  return { ms, issues };
}

/**
 * With BENCH_PROFILE=1: a CPU profile and a performance trace of the page until `stop()`; both
 * saved, with the top functions by self time and the renderer's main-thread work by kind logged
 * (JavaScript is only part of a keystroke: style, layout and paint are the rest).
 */
async function startProfile(context, page, name) {
  if (!PROFILE) return null;
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const trace = [];
  cdp.on('Tracing.dataCollected', ({ value }) => trace.push(...value));
  const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink.user_timing', transferMode: 'ReportEvents' });
  return {
    async stop() {
      await cdp.send('Tracing.end');
      await traced;
      logTraceSummary(name, trace);
      const { profile } = await cdp.send('Profiler.stop');
      await cdp.detach();
      const file = join(tmpdir(), `ptt-bench-${name}.cpuprofile`);
      writeFileSync(file, JSON.stringify(profile));
      const interval = (profile.endTime - profile.startTime) / 1000 / profile.samples.length;
      const self = new Map();
      for (const node of profile.nodes) {
        const { functionName, url, lineNumber } = node.callFrame;
        const key = `${functionName || '(anonymous)'} ${url.replace(/^.*\/assets\//, '')}:${lineNumber + 1}`;
        self.set(key, (self.get(key) ?? 0) + (node.hitCount ?? 0) * interval);
      }
      const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 15);
      log(
        `profile ${name} (${file}), top self time:\n${top.map(([key, ms]) => `  ${ms.toFixed(0).padStart(7)} ms  ${key}`).join('\n')}`,
      );
    },
  };
}

/** The renderer main thread's top-level work during a trace, by event name. */
function logTraceSummary(name, events) {
  const file = join(tmpdir(), `ptt-bench-${name}.trace.json`);
  writeFileSync(file, JSON.stringify({ traceEvents: events }));
  const main = events.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  const onMain = events.filter((event) => main && event.pid === main.pid && event.tid === main.tid && event.ph === 'X');
  // Only events not nested in another, so nothing counts twice.
  onMain.sort((a, b) => a.ts - b.ts);
  const totals = new Map();
  let end = -Infinity;
  for (const event of onMain) {
    if (event.ts < end) continue;
    end = event.ts + (event.dur ?? 0);
    totals.set(event.name, (totals.get(event.name) ?? 0) + (event.dur ?? 0) / 1000);
  }
  const top = [...totals].sort((a, b) => b[1] - a[1]).slice(0, 12);
  log(
    `trace ${name} (${file}), main thread:\n${top.map(([key, ms]) => `  ${ms.toFixed(0).padStart(7)} ms  ${key}`).join('\n')}`,
  );
}

async function heapMb(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return Math.round(usedSize / 2 ** 20);
}

// ---------------------------------------------------------------------------------------------
// Bundle sizes, tenant generation, Chromium

function gzipKb(file) {
  return gzipSync(readFileSync(file)).length / 1024;
}

/** gzip size of every JavaScript file of the build, and which chunk is the simulated back-end. */
function buildSizes() {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(m?js)$/.test(name)) files.push(path);
    }
  };
  walk(outDir);
  const kb = new Map(files.map((file) => [`/${relative(outDir, file)}`, gzipKb(file)]));
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8'));
  const demoBackend = new Set(
    Object.entries(manifest)
      .filter(([source]) => source.startsWith('mocks/'))
      .map(([, chunk]) => `/${chunk.file}`),
  );
  return { kb, demoBackend, totalKb: round1([...kb.values()].reduce((a, b) => a + b, 0)) };
}

function summarizeFirstScreen(scripts, { kb, demoBackend }) {
  const known = scripts.filter((path) => kb.has(path));
  const sum = (paths) => round1(paths.reduce((total, path) => total + kb.get(path), 0));
  return {
    kb: sum(known),
    appKb: sum(known.filter((path) => !demoBackend.has(path))),
    files: Object.fromEntries(known.map((path) => [path, round1(kb.get(path))])),
  };
}

/** Generates the bench tenant in Node with the seed code itself (loaded through Vite), and times it. */
async function timeTenantGeneration() {
  const server = await createServer({ logLevel: 'warn', server: { middlewareMode: true }, appType: 'custom' });
  try {
    const { generateTenant } = await server.ssrLoadModule('/server/seed/generate.ts');
    const t0 = performance.now();
    const rows = generateTenant({ seed: 1, ...TENANT });
    const ms = Math.round(performance.now() - t0);
    if (rows.contacts.length !== CONTACTS) throw new Error('the generator made the wrong number of contacts');
    return ms;
  } finally {
    await server.close();
  }
}

function findChromium() {
  try {
    return execFileSync('bash', ['scripts/ensure-chromium.sh'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }).trim();
  } catch {
    throw new Error('Chromium is missing (see the line above).');
  }
}

function chromiumVersion(path) {
  try {
    return execFileSync(path, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}

// ---------------------------------------------------------------------------------------------
// Statistics

function median(values) {
  return percentile(values, 0.5);
}

/** Nearest-rank percentile. */
function percentile(values, p) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

function round1(value) {
  return Math.round(value * 10) / 10;
}

function positiveInt(text, fallback) {
  const value = Number(text);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}
