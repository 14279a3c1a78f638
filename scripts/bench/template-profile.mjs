// @ts-check
/**
 * The template profile: a browser in which the demo back-end's own database already holds the
 * bench tenant (in real life that is the server's data, not the browser's), the app is installed
 * and no one has ever signed in to the bench tenant. Each first sync starts from a copy of it. Its
 * cold first load also gives the back-end's seeding time and the first screen's JavaScript files.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { signIn } from './app.mjs';
import { launch } from './browser.mjs';
import { BENCH_TENANT_ID, SMALL_USERNAME } from './config.mjs';
import { log } from './log.mjs';

/**
 * @param {import('./browser.mjs').Browser} browser
 * @param {string} work the bench's temporary folder
 * @returns {Promise<{ profile: string; seedMs: number; scripts: string[] }>}
 */
export async function makeTemplateProfile(browser, work) {
  const profile = join(work, 'template');
  const { context, page, failed } = await launch(browser, profile);
  try {
    return await firstLoad(browser, profile, page);
  } catch (error) {
    return await failed(error);
  } finally {
    await context.close();
  }
}

/**
 * @param {import('./browser.mjs').Browser} browser
 * @param {string} profile
 * @param {import('playwright-core').Page} page
 */
async function firstLoad(browser, profile, page) {
  /** @type {Set<string>} */
  const scripts = new Set();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.origin === browser.baseUrl && url.pathname.endsWith('.js')) scripts.add(url.pathname);
  });
  const t0 = performance.now();
  await page.goto(`${browser.baseUrl}/master-list`);
  await page.getByLabel('Username').waitFor({ timeout: 180_000 });
  // The back-end makes a tenant's rows when it is first reached: the bench tenant's, now, not in a timed first sync.
  await page.waitForFunction(() => window.__pttBench, null, { timeout: 180_000 });
  await page.evaluate((tenantId) => window.__pttBench.demo.otherAdmin(tenantId).supervisors(), BENCH_TENANT_ID);
  const seedMs = Math.round(performance.now() - t0);
  log(`back-end seeded in the browser in ${seedMs} ms (generation + writing its IndexedDB)`);
  // First screen: the sign-in page, then the master list of a (small) tenant.
  await signIn(page, SMALL_USERNAME);
  await page.getByRole('listbox').getByRole('option').first().waitFor({ timeout: 120_000 });
  await page.waitForLoadState('networkidle');
  // Signed out without removing the small tenant's data: localStorage names the signed-in database (session-store.ts).
  await page.evaluate(() => localStorage.removeItem('ptt-admin.signed-in'));
  return { profile, seedMs, scripts: [...scripts] };
}
