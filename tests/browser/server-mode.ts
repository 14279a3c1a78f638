/**
 * What the browser tests against the real Node server share (server mode: the sign-in form, no
 * demo accounts, no MSW): signing in, opening a page by its address, saving a list's page, and
 * the console errors a cut network explains away.
 */
import type { Page } from 'playwright-core';
import type { BrowserSession } from './support';

export const SYNCED = { en: 'All changes synced', fr: 'Toutes les modifications sont synchronisées' };

export async function signInWithForm(
  page: Page,
  baseUrl: string,
  user: { username: string; password: string },
  fr: boolean,
) {
  await page.goto(`${baseUrl}/`);
  await page.getByLabel(fr ? 'Nom d’utilisateur' : 'Username').fill(user.username);
  await page.getByLabel(fr ? 'Mot de passe' : 'Password', { exact: true }).fill(user.password);
  await page.getByRole('button', { name: fr ? 'Ouvrir une session' : 'Sign in' }).click();
  await page.getByRole('navigation').waitFor();
}

/** Opens a page of the app by its address, as a bookmark would (offline: from the service worker). */
export async function open(page: Page, baseUrl: string, path: string, heading: string) {
  await page.goto(`${baseUrl}${path}`);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor({ timeout: 20_000 });
}

/** Save → OK, then waits for the page to say it is stored (leaving sooner could abandon the local write). */
export async function saveList(page: Page, fr: boolean) {
  await page.getByRole('button', { name: fr ? 'Enregistrer' : 'Save', exact: true }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'OK' }).click();
  await page
    .getByText(
      fr
        ? 'Enregistré. La modification sera transmise dès que le réseau le permettra.'
        : 'Saved. The change is sent as soon as the network allows.',
    )
    .waitFor();
}

/** The user comes back to the window: the app pulls at once rather than at its next poll. */
export const pullNow = (page: Page) => page.evaluate(() => window.dispatchEvent(new Event('focus')));

/** Console errors other than the failed requests of a cut network or a stopped server. */
export const unexpectedErrors = (browser: BrowserSession) =>
  browser.consoleErrors.filter((error) => !/net::ERR_|Failed to load resource/.test(error));
