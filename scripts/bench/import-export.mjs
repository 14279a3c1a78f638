// @ts-check
/**
 * Import and export (issue 19) on the 50,000-contact tenant: exporting the master list; the dry
 * run of a 10,000-row file, from choosing it to its preview painted, with the longest main-thread
 * task meanwhile (a `longtask` PerformanceObserver); applying a 5,000-row import until its summary
 * shows, then syncing it until the outbox is empty, with the `/api/` requests it took and the longest
 * main-thread tasks of both, by wall and by CPU time (task-trace.mjs). Files are
 * chosen from inside the page, the way the file picker hands them over (a `change` event on the
 * input), so no Playwright work runs on the main thread while it is measured.
 */
import { readFileSync } from 'node:fs';
import { withMasterListOpen } from './app.mjs';
import { IMPORT_ROWS, RUNS } from './config.mjs';
import { startProfile } from './cpu-profile.mjs';
import { startTaskTrace } from './task-trace.mjs';
import { log } from './log.mjs';
import { median } from './stats.mjs';

/** The test corpus's 10,000 external contacts. */
const TEN_THOUSAND = readFileSync('tests/csv-corpus/ten-thousand-external-contacts.csv', 'utf8');

/**
 * @typedef {{ ms: number; longestTaskMs: number; rows: number }} DryRun
 * @typedef {{ applyMs: number; longestTaskMs: number; syncMs: number; requests: number; applied: number; issues: number;
 *   longestTaskCpuMs: number | null; syncLongestTaskMs: number | null; syncLongestTaskCpuMs: number | null }} ApplyRun
 */

/**
 * `BENCH_ONLY=import-export`: these figures alone, on a synced profile, with the master list
 * loaded first as in the full run.
 * @param {import('./browser.mjs').Browser} browser
 * @param {string} profile
 */
export async function measureImportExportOnly(browser, profile) {
  return withMasterListOpen(browser, profile, async (page, context) =>
    importExportFigures(await measureImportExport(page, context)),
  );
}

/**
 * The report's import and export figures (medians of the runs).
 * @param {Awaited<ReturnType<typeof measureImportExport>>} bulk
 */
export function importExportFigures(bulk) {
  return {
    export_master_list_ms: median(bulk.exports.map((run) => run.ms)),
    export_master_list_longest_task_ms: Math.max(...bulk.exports.map((run) => run.longestTaskMs)),
    export_master_list_rows: bulk.exports[0]?.rows,
    import_dry_run_rows: bulk.dryRuns[0]?.rows,
    import_dry_run_ms: median(bulk.dryRuns.map((run) => run.ms)),
    import_dry_run_longest_task_ms: Math.max(...bulk.dryRuns.map((run) => run.longestTaskMs)),
    import_apply_rows: IMPORT_ROWS,
    import_apply_ms: bulk.apply.applyMs,
    import_apply_longest_task_ms: bulk.apply.longestTaskMs,
    import_apply_longest_task_cpu_ms: bulk.apply.longestTaskCpuMs,
    import_sync_ms: bulk.apply.syncMs,
    import_sync_longest_task_ms: bulk.apply.syncLongestTaskMs,
    import_sync_longest_task_cpu_ms: bulk.apply.syncLongestTaskCpuMs,
    import_sync_requests: bulk.apply.requests,
    import_summary: { applied: bulk.apply.applied, sent_to_sync_issues: bulk.apply.issues },
  };
}

/**
 * @param {import('playwright-core').Page} page signed in to the bench tenant, every contact local
 * @param {import('playwright-core').BrowserContext} [context] for the trace of the apply's tasks, and with
 *   BENCH_PROFILE=1 and `profiled`, a CPU profile of the last dry run and of the apply instead
 * @param {{ profiled?: boolean }} [options]
 */
export async function measureImportExport(page, context, { profiled = true } = {}) {
  await page.locator('nav a[href="/import-export"]').click();
  await page.locator('#import-file').waitFor();
  /** @type {{ ms: number; longestTaskMs: number; rows: number }[]} */
  const exports = [];
  for (let run = 1; run <= RUNS; run++) {
    exports.push(await page.evaluate(exportMasterList));
    log(`export ${run}/${RUNS}:`, JSON.stringify(exports.at(-1)));
  }
  /** @type {DryRun[]} */
  const dryRuns = [];
  for (let run = 1; run <= RUNS; run++) {
    const profile = context && profiled && run === RUNS ? await startProfile(context, page, 'import-dry-run') : null;
    dryRuns.push(await page.evaluate(previewFile, { text: TEN_THOUSAND, name: `ten-thousand-${run}.csv` }));
    await profile?.stop();
    log(`dry run ${run}/${RUNS}:`, JSON.stringify(dryRuns.at(-1)));
    await page.getByRole('button', { name: 'Choose another file' }).click();
  }
  const text = await page.evaluate(newContactsFile, IMPORT_ROWS);
  await page.evaluate(previewFile, { text, name: 'new-contacts.csv' });
  /** @type {string[]} */
  const requests = [];
  /** @param {import('playwright-core').Request} request */
  const onRequest = (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/')) requests.push(request.url());
  };
  // How long each kind of request took, sent to answered (in demo mode the server is the page's own back-end).
  /** @type {Record<string, { count: number; ms: number }>} */
  const byKind = {};
  /** @param {import('playwright-core').Request} request */
  const onFinished = (request) => {
    const { pathname } = new URL(request.url());
    if (!pathname.startsWith('/api/')) return;
    const kind = (byKind[`${request.method()} ${pathname}`] ??= { count: 0, ms: 0 });
    kind.count++;
    kind.ms += Math.round(request.timing().responseEnd);
  };
  page.on('request', onRequest);
  page.on('requestfinished', onFinished);
  const profile = context && profiled ? await startProfile(context, page, 'import-apply') : null;
  // Its own trace unless the profile's runs (one trace at a time).
  const trace = context && !profile && (await startTaskTrace(context, page));
  const applied = await page.evaluate(applyAndDrain, IMPORT_ROWS);
  await profile?.stop();
  const tasks = trace
    ? await trace.stop({
        apply: { from: 'import pressed', to: 'import finished' },
        sync: { from: 'import finished', to: null },
      })
    : null;
  page.off('request', onRequest);
  page.off('requestfinished', onFinished);
  /** @type {ApplyRun} */
  const apply = {
    ...applied,
    longestTaskCpuMs: tasks?.apply?.longestCpuMs ?? null,
    syncLongestTaskMs: tasks?.sync?.longestMs ?? null,
    syncLongestTaskCpuMs: tasks?.sync?.longestCpuMs ?? null,
    requests: requests.length,
  };
  log('import applied and synced:', JSON.stringify(apply), 'requests by kind:', JSON.stringify(byKind));
  return { exports, dryRuns, apply };
}

/** In the page: downloads the master list (every contact) and times it until the page says it is downloaded. */
async function exportMasterList() {
  const statusSays = (/** @type {RegExp} */ pattern) => () =>
    [...document.querySelectorAll('[role="status"]')].some((status) => pattern.test(status.textContent ?? ''));
  const button = [...document.querySelectorAll('button')].find(
    (element) => element.textContent === 'Download the CSV file',
  );
  if (!button) throw new Error('no Download button');
  const longTasks = window.__bench.longTasks();
  const start = performance.now();
  button.click();
  // The status says "Preparing the file…" while the file is made, so an earlier run's message never counts.
  await window.__bench.until(() => document.body, statusSays(/^Preparing the file/));
  const end = await window.__bench.until(() => document.body, statusSays(/ is downloaded: /));
  await new Promise((resolve) => setTimeout(resolve, 250));
  const longestTaskMs = longTasks.stop();
  const said = [...document.querySelectorAll('[role="status"]')].map((status) => status.textContent).join(' ');
  return {
    ms: Math.round(end - start),
    longestTaskMs,
    rows: Number(said.match(/downloaded: ([\d,]+) rows/)?.[1]?.replace(/,/g, '')),
  };
}

/**
 * In the page: chooses `text` as a CSV file and times it until the preview is painted, with the
 * longest main-thread task in that time and the rows the preview counts.
 * @param {{ text: string; name: string }} file
 * @returns {Promise<DryRun>}
 */
async function previewFile({ text, name }) {
  const longTasks = window.__bench.longTasks();
  const input = document.querySelector('#import-file');
  if (!(input instanceof HTMLInputElement)) throw new Error('no file input');
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], name, { type: 'text/csv' }));
  const start = performance.now();
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  const end = await window.__bench.until(
    () => document.body,
    () => [...document.querySelectorAll('h2')].some((heading) => heading.textContent === `Preview of ${name}`),
  );
  // A long task is reported once it ends: give one that began before the paint the time to.
  await new Promise((resolve) => setTimeout(resolve, 250));
  const longestTaskMs = longTasks.stop();
  const facts = [...document.querySelectorAll('p')].find((paragraph) => paragraph.textContent?.startsWith('Read as'));
  const rows = Number(facts?.textContent?.match(/: ([\d,]+) rows/)?.[1]?.replace(/,/g, ''));
  return { ms: Math.round(end - start), longestTaskMs, rows };
}

/**
 * In the page: a CSV of `rows` new external contacts, their numbers taken in order from a range,
 * skipping any the tenant already has.
 * @param {number} rows
 */
async function newContactsFile(rows) {
  const { PttDatabase } = window.__pttBench;
  const db = new PttDatabase(String(window.__bench.databaseName()));
  const taken = new Set(await db.contacts.orderBy('phone').keys());
  db.close();
  const lines = ['Name,Phone number'];
  for (let number = 8_732_000_000; lines.length <= rows; number++) {
    if (!taken.has(String(number))) lines.push(`Banc import ${lines.length},${number}`);
  }
  return lines.join('\r\n');
}

/**
 * In the page: presses Import and times the local apply until the summary shows, then the sync
 * until the outbox is empty; returns what the summary then counts.
 * @param {number} rows
 */
async function applyAndDrain(rows) {
  const label = `Import ${rows.toLocaleString('en-CA')} changes`;
  const button = [...document.querySelectorAll('button')].find((element) => element.textContent === label);
  if (!button) throw new Error(`no "${label}" button: the file did not preview as ${rows} new contacts`);
  const { PttDatabase } = window.__pttBench;
  const db = new PttDatabase(String(window.__bench.databaseName()));
  const longTasks = window.__bench.longTasks();
  const start = performance.now();
  performance.mark('import pressed');
  button.click();
  const saved = await window.__bench.until(
    () => document.body,
    () => [...document.querySelectorAll('h2')].some((heading) => heading.textContent === 'Import finished'),
    600_000,
  );
  performance.mark('import finished');
  await new Promise((resolve) => setTimeout(resolve, 250));
  const longestTaskMs = longTasks.stop();
  while ((await db.outbox.count()) > 0) await new Promise((resolve) => setTimeout(resolve, 50));
  const synced = performance.now();
  db.close();
  const final = () => document.querySelector('.bulk-outcome__final')?.textContent ?? '';
  await window.__bench.until(
    () => document.body,
    () => /^[\d,]+ applied, [\d,]+ sent to Sync issues\.$/.test(final()),
  );
  const [applied = NaN, issues = NaN] = (final().match(/[\d,]+/g) ?? []).map((count) =>
    Number(count.replace(/,/g, '')),
  );
  return { applyMs: Math.round(saved - start), longestTaskMs, syncMs: Math.round(synced - saved), applied, issues };
}
