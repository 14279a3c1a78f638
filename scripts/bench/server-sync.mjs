// @ts-check
/**
 * The first syncs against the Node server (issue 22's first sync as a supervisor's new tablet
 * meets it): the same pairs as against the simulated back-end (initial-sync.mjs), the bench build
 * served by the server (`dist-server/sync-host.js`: PostgreSQL when installed, else PGlite, the
 * same 50,000 rows). The server runs on the same two cores as the browser, but its answers do not
 * share the browser's storage engine with the writes being measured. `BENCH_SYNC_SERVER=0` leaves
 * it out.
 */
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { launch, copyProfile } from './browser.mjs';
import { CONTACTS, SYNC_RUNS } from './config.mjs';
import { measureInitialSync } from './initial-sync.mjs';
import { log } from './log.mjs';

export const WITH_SERVER_SYNC = process.env.BENCH_SYNC_SERVER !== '0';

/**
 * @param {string} chromiumPath
 * @param {string} distDir the bench build
 * @param {string} work the bench's temporary folder
 * @returns {Promise<{ database: string; initial: import('./initial-sync.mjs').InitialSync[] }>}
 */
export async function measureServerSync(chromiumPath, distDir, work) {
  log('building the server…');
  execFileSync('npm', ['run', '-s', 'build:server'], { stdio: ['ignore', 2, 2] });
  const host = spawn(process.execPath, ['dist-server/sync-host.js'], {
    env: { ...process.env, PTT_DIST_DIR: distDir, BENCH_CONTACTS: String(CONTACTS) },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = once(host, 'exit');
  try {
    const ready = once(createInterface({ input: /** @type {import('node:stream').Readable} */ (host.stdout) }), 'line');
    const failed = exited.then(([code]) => Promise.reject(new Error(`the server's host exited (${code})`)));
    const [line] = /** @type {[string]} */ (await Promise.race([ready, failed]));
    /** @type {{ url: string; username: string; password: string; database: string }} */
    const { url, username, password, database } = JSON.parse(line);
    log(`the Node server on ${database} serves the bench build on ${url}`);
    const browser = { chromiumPath, baseUrl: url };
    const template = await installedProfile(browser, join(work, 'server-template'));
    const initial = [];
    for (let run = 1; run <= SYNC_RUNS; run++) {
      const pair = await measureInitialSync(
        browser,
        (name) => copyProfile(work, template, `server-${name}-${run}`),
        run,
        false,
        { username, password },
      );
      initial.push(pair.figures);
      log(`initial sync from the Node server ${run}/${SYNC_RUNS}:`, JSON.stringify(pair.figures));
    }
    return { database, initial };
  } finally {
    host.stdin?.end();
    await exited;
  }
}

/**
 * A browser that has opened the app once and installed it (its service worker active, every file
 * precached), as the demo's template profile has; no one has signed in.
 * @param {import('./browser.mjs').Browser} browser
 * @param {string} profile
 */
async function installedProfile(browser, profile) {
  const { context, page, failed } = await launch(browser, profile);
  try {
    await page.goto(`${browser.baseUrl}/sign-in`);
    await page.getByLabel('Username').waitFor({ timeout: 60_000 });
    await page.evaluate(async () => void (await navigator.serviceWorker.ready));
    await page.waitForLoadState('networkidle');
    return profile;
  } catch (error) {
    return await failed(error);
  } finally {
    await context.close();
  }
}
