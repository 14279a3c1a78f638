/**
 * Sub-lists and groups in Chromium, in English and in French, against the simulated back-end:
 * the same flows for both kinds (create, rename, remove a member, delete, each synced), then what
 * only groups are tested for here (made offline, deleted by the demo's other administrator).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSignedIn, setDemoNetwork, syncStatus } from './support';
import { COMMON_WORDS, inLanguage } from './words';

type Locale = 'en-CA' | 'fr-CA';

type Kind = 'group' | 'subList';

/** Each phrase as [group in English, in French, sub-list in English, in French]; `page` is a list's own page. */
const KIND_WORDS = {
  title: ['Manage Groups', 'Gérer les groupes', 'Manage Sub-Lists', 'Gérer les sous-listes'],
  listLabel: ['Groups', 'Groupes', 'Sub-lists', 'Sous-listes'],
  addNew: ['Add New Group', 'Ajouter un nouveau groupe', 'Add New Sub-List', 'Ajouter une nouvelle sous-liste'],
  page: ['Group Identification', 'Identification du groupe', 'Sub-List Identification', 'Identification de sous-liste'],
  picker: ['Pick Individual Group Members', 'Choisir les membres du groupe', 'Add Members', 'Ajouter des membres'],
  deleteLabel: ['Delete this group', 'Supprimer ce groupe', 'Delete this sub-list', 'Supprimer cette sous-liste'],
} as const;

/** The phrases in one language, plus the counts each language writes its own way. */
function wordsIn(locale: Locale, kind: Kind) {
  const en = locale === 'en-CA';
  const pick = <K extends string>(table: Record<K, readonly string[]>, column: number) =>
    Object.fromEntries(Object.entries<readonly string[]>(table).map(([key, row]) => [key, row[column]!])) as Record<
      K,
      string
    >;
  return {
    ...inLanguage(COMMON_WORDS, !en),
    ...pick(KIND_WORDS, (kind === 'group' ? 0 : 2) + (en ? 0 : 1)),
    selectAll: (count: number) => (en ? `Select all ${count} results` : `Sélectionner les ${count} résultats`),
    remove: (name: string) => (en ? `Remove ${name}` : `Retirer ${name}`),
    memberCount: (count: number) => (en ? `${count} members` : `${count} membres`),
    distribution: (others: number) =>
      en
        ? `Each member receives the other ${others} members as contacts.`
        : `Chaque membre reçoit les ${others} autres membres comme contacts.`,
    waiting: en ? /edit(s)? waiting to sync/ : /en attente de synchronisation/,
  };
}
type Words = ReturnType<typeof wordsIn>;

const SYNCED = { timeout: 30_000 };

/** Add New → Name → Add Members → search and select all → Add → Save → OK; returns how many were picked. */
async function createList(page: Page, words: Words, name: string, search: string) {
  await page.getByRole('navigation').getByRole('link', { name: words.title }).click();
  await page.getByRole('heading', { level: 1, name: words.title }).waitFor();
  await page.getByRole('link', { name: words.addNew }).click();
  await page.getByLabel(words.name, { exact: true }).fill(name);
  await page.getByRole('button', { name: words.addMembers }).click();
  const picker = page.getByRole('dialog', { name: words.picker });
  await picker.getByLabel(words.search, { exact: true }).fill(search);
  const options = picker.getByRole('option');
  await expect.poll(() => options.count()).toBeGreaterThan(1);
  const picked = await options.count();
  await picker.getByRole('button', { name: words.selectAll(picked) }).click();
  await picker.getByRole('button', { name: words.add, exact: true }).click();
  await page.locator('.member-count').getByText(words.memberCount(picked)).waitFor();

  // Save → Cancel keeps the draft; Save → OK stores it.
  await page.getByRole('button', { name: words.save, exact: true }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: words.cancel }).click();
  expect(await page.getByLabel(words.name, { exact: true }).inputValue()).toBe(name);
  await page.getByRole('button', { name: words.save, exact: true }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'OK' }).click();
  await page.getByRole('heading', { level: 1, name: words.title }).waitFor();
  return picked;
}

describe.each(['en-CA', 'fr-CA'] as const)('member lists in %s', (locale) => {
  it.each([
    { kind: 'group', search: 'élodie' },
    // Accents and case do not matter: "GAGNON" finds every Gagnon.
    { kind: 'subList', search: 'GAGNON' },
  ] as const)('creates a $kind, renames it, removes a member and deletes it, each synced', async ({ kind, search }) => {
    const words = wordsIn(locale, kind);
    const browser = await openSignedIn({ locale });
    const { page } = browser;
    await syncStatus(page).getByText(words.synced).waitFor(SYNCED);

    const picked = await createList(page, words, 'Partenaires Laval', search);
    const row = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Partenaires Laval' }) });
    await row.getByText(words.memberCount(picked)).waitFor();
    await syncStatus(page).getByText(words.synced).waitFor(SYNCED);
    await expect.poll(() => row.getByText(words.pending).count()).toBe(0);

    await row.getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: words.page }).waitFor();
    await page.getByLabel(words.name, { exact: true }).fill('Partenaires Montréal');
    const firstMember = page.getByRole('list', { name: words.members }).getByRole('listitem').first();
    const memberName = (await firstMember.locator('.member-row__name').textContent())!.trim();
    await page.getByRole('button', { name: words.remove(memberName) }).click();
    await page
      .locator('.member-count')
      .getByText(new RegExp(`^${picked - 1} `))
      .waitFor();
    if (kind === 'subList' && picked - 1 > 1) await page.getByText(words.distribution(picked - 2)).waitFor();
    await page.getByRole('button', { name: words.save, exact: true }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'OK' }).click();
    await syncStatus(page).getByText(words.synced).waitFor(SYNCED);
    await expect(page.getByLabel(words.name, { exact: true }).inputValue()).resolves.toBe('Partenaires Montréal');

    await page.getByRole('button', { name: words.deleteLabel }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'OK' }).click();
    await page.getByRole('heading', { level: 1, name: words.title }).waitFor();
    await syncStatus(page).getByText(words.synced).waitFor(SYNCED);
    expect(await page.getByRole('link', { name: 'Partenaires Montréal' }).count()).toBe(0);
    expect(browser.consoleErrors).toEqual([]);
  });

  it('creates a group offline; it waits, then syncs when the network returns', async () => {
    const words = wordsIn(locale, 'group');
    const browser = await openSignedIn({ locale });
    const { page } = browser;
    await syncStatus(page).getByText(words.synced).waitFor(SYNCED);
    await setDemoNetwork(page, true);

    await createList(page, words, 'Hors réseau', 'ginette');
    const row = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Hors réseau' }) });
    await row.getByText(words.pending).waitFor();
    await syncStatus(page).getByText(words.waiting).waitFor(SYNCED);

    await setDemoNetwork(page, false);
    await syncStatus(page).getByText(words.synced).waitFor({ timeout: 45_000 });
    await expect.poll(() => row.getByText(words.pending).count(), { timeout: 10_000 }).toBe(0);
    expect(browser.consoleErrors.filter((error) => !/Failed to load resource|net::ERR/.test(error))).toEqual([]);
  });

  it('says so when the demo’s other administrator deletes the group being edited', async () => {
    const words = wordsIn(locale, 'group');
    const browser = await openSignedIn({ locale });
    const { page } = browser;
    await page.getByRole('navigation').getByRole('link', { name: words.title }).click();
    await page.getByRole('list', { name: words.listLabel }).getByRole('listitem').first().getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: words.page }).waitFor();
    await page.getByLabel(words.name, { exact: true }).fill('Mon brouillon');

    await page.getByRole('button', { name: /^(Demo|Démo)$/ }).click();
    await page.getByRole('button', { name: /^(Delete what I am viewing|Supprimer ce que j’affiche)$/ }).click();
    await page.getByRole('button', { name: /^(Close|Fermer)$/ }).click();
    // The app pulls on focus (as when the admin comes back to the window) rather than waiting for its poll.
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    const gone =
      locale === 'en-CA'
        ? 'This group no longer exists — another administrator deleted it.'
        : 'Ce groupe n’existe plus — un autre administrateur l’a supprimé.';
    await page.getByRole('alert').getByText(gone).waitFor({ timeout: 20_000 });
    expect(await page.getByLabel(words.name, { exact: true }).count()).toBe(0);
    expect(browser.consoleErrors).toEqual([]);
  });
});
