/**
 * A shared tablet forgets the last person (issue 17), in Chromium against the built app:
 * Exit removes the first tenant's database, so after signing in as another tenant nothing
 * of the first is in IndexedDB or on screen; Exit in one tab signs out every tab at once.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSignedIn, syncStatus } from './support';

const SYNCED = { timeout: 30_000 };

const tenantDatabases = (page: Page) =>
  page.evaluate(async () =>
    (await indexedDB.databases())
      .map((database) => database.name ?? '')
      .filter((name) => name.startsWith('ptt-admin:')),
  );

const localStorageText = (page: Page) => page.evaluate(() => JSON.stringify({ ...localStorage }));

describe('a shared device', () => {
  it('Exit, then another tenant: nothing of the first remains in IndexedDB or on screen', async () => {
    const browser = await openSignedIn({ tenant: 'small-business' });
    const { page } = browser;
    await syncStatus(page).getByText('All changes synced').waitFor(SYNCED);
    const [first] = await tenantDatabases(page);
    expect(first).toMatch(/^ptt-admin:/);
    const firstRows = await page.getByRole('option').allInnerTexts();
    expect(await localStorageText(page)).not.toMatch(/token/i);

    await page.getByRole('button', { name: 'Exit', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await tenantDatabases(page)).toEqual([]);
    expect(await page.getByRole('region', { name: 'Data kept on this device' }).count()).toBe(0);

    // The other tenant's administrator, from the demo accounts.
    await page.getByRole('button', { name: 'Use Marc-André Lévesque, Transports Nordik Inc.' }).click();
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('navigation').waitFor();
    await page.locator('.shell__tenant').getByText('Transports Nordik Inc.').waitFor();
    expect(await tenantDatabases(page)).not.toContain(first);
    expect(await page.getByText('Plomberie Gagnon & Fils').count()).toBe(0);
    const shown = await page.locator('body').innerText();
    expect(firstRows.filter((row) => shown.includes(row))).toEqual([]);
    expect(await localStorageText(page)).not.toContain(first!.split(':')[1]);
    expect(browser.consoleErrors).toEqual([]);
  });

  it('Exit in one tab signs out every tab at once and hides the data', async () => {
    const browser = await openSignedIn();
    const { page, context, baseUrl } = browser;
    await syncStatus(page).getByText('All changes synced').waitFor(SYNCED);
    const other = await context.newPage();
    await other.goto(`${baseUrl}/groups`);
    await other.getByRole('heading', { level: 1, name: 'Manage Groups' }).waitFor();
    const groupLinks = other.getByRole('list', { name: 'Groups' }).getByRole('link');
    // The groups show (read after the heading), so that their going away below means something.
    await groupLinks.first().waitFor();

    await page.getByRole('button', { name: 'Exit', exact: true }).click();
    await other.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(new URL(other.url()).pathname).toBe('/sign-in');
    expect(await other.getByRole('navigation').count()).toBe(0);
    expect(await groupLinks.count()).toBe(0);
    expect(await tenantDatabases(other)).toEqual([]);
    // A reload there finds no session either.
    await other.goto(`${baseUrl}/groups`);
    await other.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(browser.consoleErrors).toEqual([]);
  });
});
