// @ts-check
/**
 * Demo mode's start (issue 22), each run on a new browser profile: a first visit from the page
 * load until the sign-in page is painted (the simulated back-end seeds its database beside it,
 * each tenant's rows when first reached); the 5,300-contact demo tenant's first rows after "Sign
 * in", clicked as soon as the accounts show (the rest of the back-end's start and that tenant's seed
 * rows are paid then); a warm reload until those rows are painted again.
 */
import { join } from 'node:path';
import { signIn } from './app.mjs';
import { launch } from './browser.mjs';
import { DEMO_RUNS } from './config.mjs';
import { log } from './log.mjs';
import { median } from './stats.mjs';

const DEMO_TENANT_USERNAME = 'admin@nordik.demo';
/** The master list's status once every row is loaded (5,000 subscribers and 300 external contacts). */
const DEMO_TENANT_COMPLETE = /^5,300 contacts$/;
const FIRST_ROW = 'section.master-list [role="listbox"] [role="option"]';

/**
 * @typedef {{ signInPageMs: number; firstRowsMs: number; reloadRowsMs: number }} DemoStart
 * @param {import('./browser.mjs').Browser} browser
 * @param {string} work the bench's temporary folder
 */
export async function measureDemoStart(browser, work) {
  /** @type {DemoStart[]} */
  const runs = [];
  /** @type {Set<string>} */
  const scripts = new Set();
  for (let run = 1; run <= DEMO_RUNS; run++) {
    runs.push(await demoStart(browser, join(work, `demo-${run}`), scripts));
    log(`demo start ${run}/${DEMO_RUNS}:`, JSON.stringify(runs.at(-1)));
  }
  return {
    figures: {
      demo_first_visit_sign_in_page_ms: median(runs.map((run) => run.signInPageMs)),
      demo_tenant_first_rows_after_sign_in_ms: median(runs.map((run) => run.firstRowsMs)),
      demo_warm_reload_first_rows_ms: median(runs.map((run) => run.reloadRowsMs)),
      demo_start_runs: runs,
    },
    /** The JavaScript a first visit fetched up to the demo tenant's master list (URL paths). */
    scripts: [...scripts],
  };
}

/**
 * @param {import('./browser.mjs').Browser} browser
 * @param {string} profile a new profile's folder
 * @param {Set<string>} scripts gets the JavaScript files the first visit fetches
 * @returns {Promise<DemoStart>}
 */
async function demoStart(browser, profile, scripts) {
  const { context, page, failed } = await launch(browser, profile);
  const fetchScripts = (/** @type {import('playwright-core').Request} */ request) => {
    const url = new URL(request.url());
    if (url.origin === browser.baseUrl && url.pathname.endsWith('.js')) scripts.add(url.pathname);
  };
  page.on('request', fetchScripts);
  /** The first rows painted, in the page's time (from its navigation). */
  const rowsPainted = () =>
    page.evaluate(
      (selector) =>
        window.__bench.until(
          () => document.body,
          () => !!document.querySelector(selector),
        ),
      FIRST_ROW,
    );
  try {
    await page.goto(`${browser.baseUrl}/`, { waitUntil: 'commit' });
    const signInPageMs = await page.evaluate(() =>
      window.__bench.until(
        () => document.body,
        // The sign-in page of demo mode is whole once it lists the demo accounts (the simulated back-end is up).
        () => !!document.querySelector('input#username') && !!document.querySelector('#demo-accounts'),
      ),
    );
    await page.evaluate(() => window.__bench.watchClick('button[type="submit"]'));
    await signIn(page, DEMO_TENANT_USERNAME);
    const firstRowsAt = await rowsPainted();
    const firstRowsMs =
      firstRowsAt - Number(await page.evaluate(() => window.__bench.clickTime('button[type="submit"]')));
    page.off('request', fetchScripts);
    await page.getByRole('status').filter({ hasText: DEMO_TENANT_COMPLETE }).waitFor({ timeout: 120_000 });
    await page.waitForLoadState('networkidle');
    await page.reload({ waitUntil: 'commit' });
    const reloadRowsMs = await rowsPainted();
    return {
      signInPageMs: Math.round(signInPageMs),
      firstRowsMs: Math.round(firstRowsMs),
      reloadRowsMs: Math.round(reloadRowsMs),
    };
  } catch (error) {
    return await failed(error);
  } finally {
    await context.close();
  }
}
