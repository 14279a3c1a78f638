// @ts-check
/** The app's screens as the bench drives them from Node: signing in, waiting for the whole master list. */
import { ALL_CONTACTS_STATUS, PASSWORD } from './config.mjs';

/**
 * @param {import('playwright-core').Page} page
 * @param {string} username
 */
export async function signIn(page, username) {
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/**
 * The master list's status says "50,000 contacts": every row is loaded (not only the first screen).
 * @param {import('playwright-core').Page} page
 */
export async function masterListComplete(page) {
  await page
    .getByRole('status')
    .filter({ hasText: new RegExp(`^${ALL_CONTACTS_STATUS}$`) })
    .waitFor({ timeout: 180_000 });
}
