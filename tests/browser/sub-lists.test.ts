import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, signIn } from './support';

const WORDS = {
  'en-CA': {
    subLists: 'Manage Sub-Lists',
    addNew: 'Add New Sub-List',
    identification: 'Sub-List Identification',
    name: 'Name',
    addMembers: 'Add Members',
    search: 'Search',
    selectAll: (count: number) => `Select all ${count} results`,
    add: 'Add',
    save: 'Save',
    ok: 'OK',
    cancel: 'Cancel',
    remove: (name: string) => `Remove ${name}`,
    deleteSubList: 'Delete this sub-list',
    members: (count: number) => `${count} members`,
    distribution: (others: number) => `Each member receives the other ${others} members as contacts.`,
    synced: 'All changes synced',
  },
  'fr-CA': {
    subLists: 'Gérer les sous-listes',
    addNew: 'Ajouter une nouvelle sous-liste',
    identification: 'Identification de sous-liste',
    name: 'Nom',
    addMembers: 'Ajouter des membres',
    search: 'Rechercher',
    selectAll: (count: number) => `Sélectionner les ${count} résultats`,
    add: 'Ajouter',
    save: 'Enregistrer',
    ok: 'OK',
    cancel: 'Annuler',
    remove: (name: string) => `Retirer ${name}`,
    deleteSubList: 'Supprimer cette sous-liste',
    members: (count: number) => `${count} membres`,
    distribution: (others: number) => `Chaque membre reçoit les ${others} autres membres comme contacts.`,
    synced: 'Toutes les modifications sont synchronisées',
  },
} as const;

const syncStatus = (page: Page) => page.locator('.sync-indicator [role="status"]');

describe.each(['en-CA', 'fr-CA'] as const)('sub-lists in %s', (locale) => {
  const words = WORDS[locale];

  it('creates a sub-list with members, removes one, and deletes it after confirming', async () => {
    const browser = await openBrowser({ locale });
    const { page } = browser;
    await page.goto(`${browser.baseUrl}/`);
    await signIn(page);
    await syncStatus(page).getByText(words.synced).waitFor({ timeout: 30_000 });

    await page.getByRole('navigation').getByRole('link', { name: words.subLists }).click();
    await page.getByRole('heading', { level: 1, name: words.subLists }).waitFor();
    await page.getByRole('link', { name: words.addNew }).click();
    await page.getByLabel(words.name, { exact: true }).fill('Partenaires Laval');
    await page.getByRole('button', { name: words.addMembers }).click();
    const picker = page.getByRole('dialog', { name: words.addMembers });
    // Accents and case do not matter: "gagnon" finds every Gagnon.
    await picker.getByLabel(words.search, { exact: true }).fill('GAGNON');
    const options = picker.getByRole('option');
    await expect.poll(() => options.count()).toBeGreaterThan(1);
    const picked = await options.count();
    await picker.getByRole('button', { name: words.selectAll(picked) }).click();
    await picker.getByRole('button', { name: words.add, exact: true }).click();
    await page.locator('.member-count').getByText(words.members(picked)).waitFor();

    // Save → Cancel keeps the draft; Save → OK stores it.
    await page.getByRole('button', { name: words.save, exact: true }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: words.cancel }).click();
    expect(await page.getByLabel(words.name, { exact: true }).inputValue()).toBe('Partenaires Laval');
    await page.getByRole('button', { name: words.save, exact: true }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: words.ok }).click();
    await page.getByRole('heading', { level: 1, name: words.subLists }).waitFor();
    await syncStatus(page).getByText(words.synced).waitFor({ timeout: 30_000 });

    await page.getByRole('link', { name: 'Partenaires Laval' }).click();
    await page.getByRole('heading', { level: 1, name: words.identification }).waitFor();
    const firstName = (await page.locator('.member-row__name').first().textContent())!.trim();
    await page.getByRole('button', { name: words.remove(firstName) }).click();
    if (picked - 1 > 1) await page.getByText(words.distribution(picked - 2)).waitFor();
    await page.getByRole('button', { name: words.save, exact: true }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: words.ok }).click();
    await syncStatus(page).getByText(words.synced).waitFor({ timeout: 30_000 });

    await page.getByRole('button', { name: words.deleteSubList }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: words.ok }).click();
    await page.getByRole('heading', { level: 1, name: words.subLists }).waitFor();
    expect(await page.getByRole('link', { name: 'Partenaires Laval' }).count()).toBe(0);
    await syncStatus(page).getByText(words.synced).waitFor({ timeout: 30_000 });
    expect(browser.consoleErrors).toEqual([]);
  });
});
