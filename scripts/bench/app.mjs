// @ts-check
/** The app's screens as the bench drives them from Node: signing in, waiting for the whole master list. */
import { launch } from './browser.mjs';
import { ALL_CONTACTS_STATUS, PASSWORD } from './config.mjs';

/**
 * @param {import('playwright-core').Page} page
 * @param {string} username
 * @param {string} password the demo accounts' unless given
 */
export async function signIn(page, username, password = PASSWORD) {
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/**
 * The master list's status says "50,000 contacts": every row is loaded (not only the first screen);
 * and the bench's hooks are there (the app paints before the simulated back-end is up, src/main.tsx).
 * @param {import('playwright-core').Page} page
 */
export async function masterListComplete(page) {
  await page
    .getByRole('status')
    .filter({ hasText: new RegExp(`^${ALL_CONTACTS_STATUS}$`) })
    .waitFor({ timeout: 180_000 });
  await page.waitForFunction(() => window.__pttBench, null, { timeout: 60_000 });
}

/**
 * Runs `measure` in a browser session on `profile` with the whole master list open and settled,
 * as the figures taken on local data start; the session is closed after (a failure keeps a screenshot).
 * @template T
 * @param {import('./browser.mjs').Browser} browser
 * @param {string} profile a profile signed in to the bench tenant, its first sync done
 * @param {(page: import('playwright-core').Page, context: import('playwright-core').BrowserContext) => Promise<T>} measure
 * @returns {Promise<T>}
 */
export async function withMasterListOpen(browser, profile, measure) {
  const { context, page, failed } = await launch(browser, profile);
  try {
    await page.goto(`${browser.baseUrl}/master-list`);
    await masterListComplete(page);
    await page.waitForTimeout(1_000);
    return await measure(page, context);
  } catch (error) {
    return await failed(error);
  } finally {
    await context.close();
  }
}
