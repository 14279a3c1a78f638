// @ts-check
/**
 * `npm run bench` — how the app holds up with a 50,000-contact tenant (issue 8; see
 * docs/performance.md for what each figure means and its budget).
 *
 * 1. Builds the app in bench mode into a temporary folder (dist/ is left alone); the build
 *    flag VITE_BENCH_TENANT makes the simulated back-end also serve a large tenant.
 * 2. Serves it with Vite's preview server and drives Debian's Chromium (playwright-core).
 * 3. Measures each figure several times (one module per measurement, beside this file) and
 *    prints the medians as ONE JSON object on stdout (report.mjs); progress goes to stderr.
 *
 * Environment: BENCH_RUNS (runs per screen figure, default 5), BENCH_SYNC_RUNS and BENCH_BACKLOG_RUNS
 * (first syncs paired with their floors, default 7; 1,000-edit backlogs, default 3), BENCH_TABLET=0 (no tablet figures), BENCH_ONLY=sync
 * (only the first syncs), BENCH_ONLY=import-export (one first sync, then only issue 19's figures) or
 * BENCH_ONLY=activity (one first sync, then the Activity figures), BENCH_ONLY=demo (demo mode's start only),
 * BENCH_ONLY=backlog (one first sync, then the offline backlogs), BENCH_ONLY=growth-point (growth.mjs),
 * BENCH_ONLY=tablet (the tablet's first sync and screen figures only), BENCH_ONLY=remote-edit (one first sync, then
 * another administrator's edits arriving with the master list open),
 * BENCH_CONTACTS (the bench tenant's contacts, default 50,000), BENCH_SERVER=0 (without the Node server's
 * figures, which the default run ends with: scripts/bench/server-figures.mjs), BENCH_SYNC_SERVER=0 (without
 * the first syncs from the Node server that follow the demo's, in the default run and with BENCH_ONLY=sync), CHROMIUM_PATH (else scripts/ensure-chromium.sh
 * finds or installs it), BENCH_PROFILE=1 (also records a CPU profile of the search keystrokes and of the
 * first initial sync, saved beside the system's temp files, with the top functions by self time on stderr).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { preview } from 'vite';
import { chromiumVersion, copyProfile, findChromium } from './browser.mjs';
import { activityReport, measureActivity } from './activity.mjs';
import { buildSizes, summarizeFirstScreen } from './bundle-size.mjs';
import {
  ONLY_ACTIVITY,
  ONLY_BACKLOG,
  ONLY_DEMO,
  ONLY_GROWTH_POINT,
  ONLY_HEAP,
  ONLY_IMPORT_EXPORT,
  ONLY_REMOTE_EDIT,
  ONLY_SYNC,
  ONLY_TABLET,
  PROFILE,
  RUNS,
  SYNC_RUNS,
  TABLET_RUNS,
  TENANT,
} from './config.mjs';
import { measureDemoStart } from './demo-start.mjs';
import { measureImportExportOnly } from './import-export.mjs';
import { measureInitialSync } from './initial-sync.mjs';
import { appHeapFigures, measureAppHeap } from './heap.mjs';
import { log } from './log.mjs';
import {
  backlogFigures,
  firstScreenFigures,
  growthPointReport,
  remoteEditFigures,
  report,
  syncReport,
} from './report.mjs';
import { measureBacklogOnly, measureGrowthPoint, measureRemoteEditsOnly, measureSteadyState } from './steady-state.mjs';
import { measureTablet, tabletReport } from './tablet.mjs';
import { measureServer, WITH_SERVER } from './server-figures.mjs';
import { measureServerSync, WITH_SERVER_SYNC } from './server-sync.mjs';
import { makeTemplateProfile } from './template-profile.mjs';
import { timeTenantGeneration } from './tenant-generation.mjs';

const work = mkdtempSync(join(tmpdir(), 'ptt-bench-'));
/** `BENCH_BUILT`: a bench build made elsewhere (another commit's, for a before/after), measured as it is. */
const outDir = process.env.BENCH_BUILT ?? join(work, 'dist');

try {
  const result = await main();
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

async function main() {
  const chromiumPath = findChromium();
  if (!process.env.BENCH_BUILT) buildApp();
  const sizes = buildSizes(outDir);
  const server = await preview({
    mode: 'bench',
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 4190, strictPort: false, open: false },
  });
  const baseUrl = String(server.resolvedUrls?.local[0]).replace(/\/$/, '');
  const chromium = chromiumVersion(chromiumPath);
  log(`serving ${baseUrl}; Chromium ${chromium}; ${RUNS} runs`);
  const browser = { chromiumPath, baseUrl };
  try {
    const demoStart = await measureDemoStart(browser, work);
    const demoFirstScreen = summarizeFirstScreen(demoStart.scripts, sizes);
    if (ONLY_DEMO) return { ...demoStart.figures, ...firstScreenFigures(demoFirstScreen), chromium };
    const tenantGenerationMs = await timeTenantGeneration();
    log(`tenant generated in Node in ${tenantGenerationMs} ms`);
    const template = await makeTemplateProfile(browser, work);
    const firstScreen = summarizeFirstScreen(template.scripts, sizes);
    if (ONLY_TABLET)
      return tabletReport(await measureTablet(browser, copyProfile(work, template.profile, 'tablet')), chromium);
    const initial = [];
    let synced = null;
    const oneSync =
      ONLY_IMPORT_EXPORT || ONLY_BACKLOG || ONLY_GROWTH_POINT || ONLY_HEAP || ONLY_ACTIVITY || ONLY_REMOTE_EDIT;
    for (let run = 1; run <= (oneSync ? 1 : SYNC_RUNS); run++) {
      if (synced) rmSync(synced, { recursive: true, force: true });
      const pair = await measureInitialSync(
        browser,
        (name) => copyProfile(work, template.profile, `${name}-${run}`),
        run,
        run === 1,
      );
      synced = pair.synced;
      initial.push(pair.figures);
      log(`initial sync ${run}/${SYNC_RUNS}:`, JSON.stringify(initial.at(-1)));
    }
    const serverSync = WITH_SERVER_SYNC && !oneSync ? await measureServerSync(chromiumPath, outDir, work) : null;
    if (ONLY_SYNC) return syncReport({ seedMs: template.seedMs, initial, serverSync, chromium });
    // On a copy: its Exit removes the tenant's data from the profile.
    const appHeap = () => measureAppHeap(browser, copyProfile(work, String(synced), 'heap'));
    const signInPageMb = /** @type {import('./initial-sync.mjs').InitialSync} */ (initial[0]).signInHeapMb;
    if (ONLY_HEAP) return { ...appHeapFigures(await appHeap(), signInPageMb), chromium };
    if (ONLY_GROWTH_POINT) {
      const heap = await appHeap();
      return {
        ...growthPointReport(initial, await measureGrowthPoint(browser, String(synced))),
        ...appHeapFigures(heap, signInPageMb),
      };
    }
    if (ONLY_BACKLOG) return { ...backlogFigures(await measureBacklogOnly(browser, String(synced))), chromium };
    if (ONLY_IMPORT_EXPORT) return await measureImportExportOnly(browser, String(synced));
    if (ONLY_REMOTE_EDIT) {
      return { ...remoteEditFigures(await measureRemoteEditsOnly(browser, String(synced))), chromium };
    }
    // On its own copy of the synced profile: its server log of 100,000 entries stays out of the other figures.
    const activity = await measureActivity(browser, copyProfile(work, String(synced), 'activity'));
    if (ONLY_ACTIVITY) return { activity: activityReport(activity), chromium };
    // Before the desk's steady state, which adds contacts (its import) to the profile it is given.
    const tablet = TABLET_RUNS
      ? await measureTablet(
          browser,
          copyProfile(work, template.profile, 'tablet-fresh'),
          copyProfile(work, String(synced), 'tablet-synced'),
        )
      : null;
    const heap = appHeapFigures(await appHeap(), signInPageMb);
    const steady = await measureSteadyState(browser, String(synced));
    return report({
      heap,
      server: WITH_SERVER ? measureServer() : null,
      activity,
      tablet,
      tenantGenerationMs,
      seedMs: template.seedMs,
      demoStart: demoStart.figures,
      initial,
      serverSync,
      steady,
      firstScreen,
      totalKb: sizes.totalKb,
      chromium,
    });
  } finally {
    await server.close();
  }
}

function buildApp() {
  log('building the app in bench mode…');
  // A child process whose output goes to stderr: the bundler prints progress on stdout, which is the JSON's.
  execFileSync(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'build',
      '--mode',
      'bench',
      '--outDir',
      outDir,
      '--emptyOutDir',
      '--manifest',
      // A profile names the app's functions only if the build keeps them.
      ...(PROFILE ? ['--minify', 'false'] : []),
    ],
    { stdio: ['ignore', 2, 2], env: { ...process.env, VITE_BENCH_TENANT: JSON.stringify(TENANT) } },
  );
}
