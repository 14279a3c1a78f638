import { describe, expect, it } from 'vitest';
import { axeViolations, openBrowser, openSignedIn } from './support';

const LANGUAGES = [
  {
    locale: 'en-CA',
    title: 'Manage Master List',
    search: 'Search',
    list: 'Contacts',
    external: 'External contact',
    externalKind: 'External contacts',
    viewGroups: 'View Groups',
    edit: 'Edit External Contact',
    noMatch: 'No contact matches “zzqx”.',
    phone: /\(\d{3}\) \d{3}-\d{4}/,
  },
  {
    locale: 'fr-CA',
    title: 'Gérer la liste maîtresse',
    search: 'Rechercher',
    list: 'Contacts',
    external: 'Contact externe',
    externalKind: 'Contacts externes',
    viewGroups: 'Voir les groupes',
    edit: 'Modifier un contact externe',
    noMatch: 'Aucun contact ne correspond à «\u00a0zzqx\u00a0».',
    phone: /\d{3} \d{3}-\d{4}/,
  },
] as const;

describe.each(LANGUAGES)('Manage Master List in $locale', (language) => {
  it('lists, searches without accents, filters, and opens contacts from the keyboard and the mouse', async () => {
    const browser = await openSignedIn({ locale: language.locale });
    const { page } = browser;
    await page.getByRole('heading', { level: 1, name: language.title }).waitFor();
    const list = page.getByRole('listbox', { name: language.list });
    await list.getByRole('option').first().waitFor();
    expect(await list.getByRole('img', { name: language.external }).count()).toBeGreaterThan(0);
    expect(await list.getByRole('option').first().textContent()).toMatch(language.phone);
    expect(await axeViolations(page)).toEqual([]);

    // "Aroha Émond" is found by typing "emond", without the accent.
    const search = page.getByRole('searchbox', { name: language.search });
    await search.fill('emond');
    await list.getByRole('option', { name: /Aroha Émond/ }).waitFor();
    await expect.poll(() => list.getByRole('option').count()).toBe(1);
    await search.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Aroha Émond' }).waitFor();
    await page.getByRole('heading', { level: 2, name: language.viewGroups }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.goBack();
    await page.getByRole('heading', { level: 1, name: language.title }).waitFor();
    await search.fill('zzqx');
    await page.getByRole('heading', { name: language.noMatch }).waitFor();
    await search.fill('');
    await page.getByRole('radio', { name: language.externalKind }).check();
    const first = list.getByRole('option').first();
    await first.getByRole('img', { name: language.external }).waitFor();
    await first.click();
    await page.getByRole('heading', { level: 1, name: language.edit }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(browser.consoleErrors).toEqual([]);
  });
});

it('shows the first rows of the 5,000-subscriber company at once and finds an accented name typed plainly', async () => {
  const browser = await openBrowser({ locale: 'en-CA' });
  const { page } = browser;
  await page.goto(`${browser.baseUrl}/`);
  // Two admins share this company: sign in as the first.
  await page.getByRole('button', { name: 'Use Marc-André Lévesque, Transports Nordik Inc.' }).click();
  await page.getByRole('button', { name: 'Sign in' }).click();
  const list = page.getByRole('listbox', { name: 'Contacts' });
  await list.getByRole('option').first().waitFor({ timeout: 30_000 });
  expect(await list.getByRole('option').count()).toBeLessThan(80);
  await page.getByText('5,300 contacts').waitFor({ timeout: 30_000 });
  const search = page.getByRole('searchbox', { name: 'Search' });
  const started = Date.now();
  await search.pressSequentially('berube');
  await list
    .getByRole('option', { name: /Bérubé/ })
    .first()
    .waitFor();
  expect(Date.now() - started).toBeLessThan(3_000);
  expect(browser.consoleErrors).toEqual([]);
});

it('on a tablet, renders only the rows on the screen, and the rest as the page scrolls or the keyboard moves', async () => {
  const TABLET = { width: 768, height: 1024 };
  const browser = await openSignedIn({ locale: 'en-CA', viewport: TABLET });
  const { page } = browser;
  const list = page.getByRole('listbox', { name: 'Contacts' });
  await list.getByRole('option').first().waitFor();
  await page.getByText(/^[\d,]+ contacts$/).waitFor();
  /** The rows rendered: their place in the list, and where they are on the screen. */
  const rendered = () =>
    list.evaluate((box) => ({
      box: box.getBoundingClientRect().toJSON() as DOMRect,
      screen: innerHeight,
      rows: [...box.querySelectorAll('[role="option"]')].map((row) => ({
        place: Number(row.getAttribute('aria-posinset')),
        of: Number(row.getAttribute('aria-setsize')),
        top: row.getBoundingClientRect().top,
        bottom: row.getBoundingClientRect().bottom,
      })),
    }));

  // The navigation and the search stack above the list: its box goes past the bottom of the screen.
  let seen = await rendered();
  expect(seen.box.bottom).toBeGreaterThan(seen.screen);
  const onScreen = seen.rows.filter((row) => row.top < seen.screen);
  expect(onScreen.length).toBeGreaterThanOrEqual(6);
  // Those on the screen, and two more below it; not the rest of the box.
  expect(seen.rows.length).toBe(onScreen.length + 2);
  expect(seen.rows.map((row) => row.place)).toEqual(seen.rows.map((_, index) => index + 1));
  expect(new Set(seen.rows.map((row) => row.of))).toEqual(new Set([seen.rows[0]!.of]));

  // The page scrolls to the end of the list's box: the rows there come in.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect
    .poll(async () => {
      seen = await rendered();
      return Math.max(...seen.rows.map((row) => row.bottom)) >= Math.min(seen.box.bottom, seen.screen) - 1;
    })
    .toBe(true);

  // Back at the top, the keyboard goes to the last contact: it is rendered, named as active and shown.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByRole('searchbox', { name: 'Search' }).press('ArrowDown');
  await page.keyboard.press('End');
  const active = page.locator(`[id="${await list.getAttribute('aria-activedescendant')}"]`);
  expect(await active.getAttribute('aria-posinset')).toBe(await active.getAttribute('aria-setsize'));
  await expect.poll(() => active.evaluate((row) => row.getBoundingClientRect().bottom <= innerHeight)).toBe(true);
  expect(await axeViolations(page)).toEqual([]);
  expect(browser.consoleErrors).toEqual([]);
});
