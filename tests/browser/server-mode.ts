/**
 * What the browser tests against the real Node server share (server mode: the sign-in form, no
 * demo accounts, no MSW): signing in, opening a page by its address, saving a list's page, coming
 * back online, reading Sync issues, and the console errors a cut network explains away.
 */
import type { Page } from 'playwright-core';
import { syncStatus, type BrowserSession } from './support';

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

/** The network comes back and the user returns to the window: all synced, said in the page's language. */
export async function backOnline(session: BrowserSession, fr: boolean) {
  await session.context.setOffline(false);
  await pullNow(session.page);
  await syncStatus(session.page)
    .getByText(fr ? SYNCED.fr : SYNCED.en)
    .waitFor({ timeout: 60_000 });
}

/** Opens Sync issues, in the page's language, and waits for the issue that says `text`. */
export async function openSyncIssue(page: Page, baseUrl: string, fr: boolean, text: string) {
  await open(page, baseUrl, '/sync-issues', fr ? 'Problèmes de synchronisation' : 'Sync issues');
  await page.getByText(text).waitFor();
}

/** Console errors other than the failed requests of a cut network or a stopped server. */
export const unexpectedErrors = (browser: BrowserSession) =>
  browser.consoleErrors.filter((error) => !/net::ERR_|Failed to load resource/.test(error));
