import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, signIn } from './support';

const WORDS = {
  'en-CA': {
    groups: 'Manage Groups',
    groupList: 'Groups',
    addNew: 'Add New Group',
    identification: 'Group Identification',
    name: 'Name',
    addMembers: 'Add Members',
    picker: 'Pick Individual Group Members',
    search: 'Search',
    add: 'Add',
    selectAll: (count: number) => `Select all ${count} results`,
    save: 'Save',
    ok: 'OK',
    remove: (name: string) => `Remove ${name}`,
    deleteGroup: 'Delete this group',
    members: (count: number) => `${count} members`,
    synced: 'All changes synced',
    waiting: /edit(s)? waiting to sync/,
    offline: 'Offline',
    pending: 'Waiting to sync',
    demo: 'Demo',
    cutNetwork: 'Cut the network',
    close: 'Close',
    otherAdminDelete: 'Delete what I am viewing',
    deletedElsewhere: 'This group no longer exists — another administrator deleted it.',
  },
  'fr-CA': {
    groups: 'Gérer les groupes',
    groupList: 'Groupes',
    addNew: 'Ajouter un nouveau groupe',
    identification: 'Identification du groupe',
    name: 'Nom',
    addMembers: 'Ajouter des membres',
    picker: 'Choisir les membres du groupe',
    search: 'Rechercher',
    add: 'Ajouter',
    selectAll: (count: number) => `Sélectionner les ${count} résultats`,
    save: 'Enregistrer',
    ok: 'OK',
    remove: (name: string) => `Retirer ${name}`,
    deleteGroup: 'Supprimer ce groupe',
    members: (count: number) => `${count} membres`,
    synced: 'Toutes les modifications sont synchronisées',
    waiting: /en attente de synchronisation/,
    offline: 'Hors ligne',
    pending: 'En attente de synchronisation',
    demo: 'Démo',
    cutNetwork: 'Couper le réseau',
    close: 'Fermer',
    otherAdminDelete: 'Supprimer ce que j’affiche',
    deletedElsewhere: 'Ce groupe n’existe plus — un autre administrateur l’a supprimé.',
  },
} as const;
type Locale = keyof typeof WORDS;

const syncStatus = (page: Page) => page.locator('.sync-indicator [role="status"]');

async function setNetwork(page: Page, words: (typeof WORDS)[Locale], cut: boolean) {
  await page.getByRole('button', { name: words.demo, exact: true }).click();
  const network = page.getByRole('checkbox', { name: words.cutNetwork });
  if (cut) await network.check();
  else await network.uncheck();
  await page.getByRole('button', { name: words.close, exact: true }).click();
}

/** Add New Group → Name → Add Members → search and tick → Add → Save → OK. */
async function createGroup(page: Page, words: (typeof WORDS)[Locale], name: string, search: string) {
  await page.getByRole('navigation').getByRole('link', { name: words.groups }).click();
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
  await page.locator('.member-count').getByText(words.members(picked)).waitFor();
  await page.getByRole('button', { name: words.save, exact: true }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: words.ok }).click();
  await page.getByRole('heading', { level: 1, name: words.groups }).waitFor();
  return picked;
}

describe.each(['en-CA', 'fr-CA'] as const)('groups in %s', (locale) => {
  const words = WORDS[locale];

  it('creates a group, renames it, removes a member and deletes it, synced with the back-end', async () => {
    const browser = await openBrowser({ locale });
    const { page } = browser;
    await page.goto(`${browser.baseUrl}/`);
    await signIn(page);
    await syncStatus(page).getByText(words.synced).waitFor({ timeout: 30_000 });

    const picked = await createGroup(page, words, 'Équipe de nuit', 'élodie');
    const row = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Équipe de nuit' }) });
    await row.getByText(words.members(picked)).waitFor();
    await syncStatus(page).getByText(words.synced).waitFor({ timeout: 30_000 });
    await expect.poll(() => row.getByText(words.pending).count()).toBe(0);

    await row.getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: words.identification }).waitFor();
    await page.getByLabel(words.name, { exact: true }).fill('Équipe de jour');
    const firstMember = page
      .getByRole('list', { name: locale === 'fr-CA' ? 'Membres' : 'Members' })
      .getByRole('listitem')
      .first();
    const memberName = (await firstMember.locator('.member-row__name').textContent())!.trim();
    await page.getByRole('button', { name: words.remove(memberName) }).click();
    await page
      .locator('.member-count')
      .getByText(new RegExp(`^${picked - 1} `))
      .waitFor();
    await page.getByRole('button', { name: words.save, exact: true }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: words.ok }).click();
    await syncStatus(page).getByText(words.synced).waitFor({ timeout: 30_000 });
    await expect(page.getByLabel(words.name, { exact: true }).inputValue()).resolves.toBe('Équipe de jour');

    await page.getByRole('button', { name: words.deleteGroup }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: words.ok }).click();
    await page.getByRole('heading', { level: 1, name: words.groups }).waitFor();
    await syncStatus(page).getByText(words.synced).waitFor({ timeout: 30_000 });
    expect(await page.getByRole('link', { name: 'Équipe de jour' }).count()).toBe(0);
    expect(browser.consoleErrors).toEqual([]);
  });

  it('creates a group offline; it waits, then syncs when the network returns', async () => {
    const browser = await openBrowser({ locale });
    const { page } = browser;
    await page.goto(`${browser.baseUrl}/`);
    await signIn(page);
    await syncStatus(page).getByText(words.synced).waitFor({ timeout: 30_000 });
    await setNetwork(page, words, true);

    await createGroup(page, words, 'Hors réseau', 'ginette');
    const row = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Hors réseau' }) });
    await row.getByText(words.pending).waitFor();
    await syncStatus(page).getByText(words.waiting).waitFor({ timeout: 30_000 });

    await setNetwork(page, words, false);
    await syncStatus(page).getByText(words.synced).waitFor({ timeout: 45_000 });
    await expect.poll(() => row.getByText(words.pending).count(), { timeout: 10_000 }).toBe(0);
    expect(browser.consoleErrors.filter((error) => !/Failed to load resource|net::ERR/.test(error))).toEqual([]);
  });

  it('says so when the demo’s other administrator deletes the group being edited', async () => {
    const browser = await openBrowser({ locale });
    const { page } = browser;
    await page.goto(`${browser.baseUrl}/`);
    await signIn(page);
    await page.getByRole('navigation').getByRole('link', { name: words.groups }).click();
    await page.getByRole('list', { name: words.groupList }).getByRole('listitem').first().getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: words.identification }).waitFor();
    await page.getByLabel(words.name, { exact: true }).fill('Mon brouillon');

    await page.getByRole('button', { name: words.demo, exact: true }).click();
    await page.getByRole('button', { name: words.otherAdminDelete }).click();
    await page.getByRole('button', { name: words.close, exact: true }).click();
    // The app pulls on focus (as when the admin comes back to the window) rather than waiting for its poll.
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await page.getByRole('alert').getByText(words.deletedElsewhere).waitFor({ timeout: 20_000 });
    expect(await page.getByLabel(words.name, { exact: true }).count()).toBe(0);
    expect(browser.consoleErrors).toEqual([]);
  });
});
