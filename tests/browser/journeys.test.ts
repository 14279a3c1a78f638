/**
 * Journeys that cross features and tabs, in English and in French: two tabs in step with one
 * syncing, a conflict with the demo's other administrator resolved on the Sync issues page,
 * and Exit with edits still waiting. Each feature's own procedures are in its own file.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, openBrowser, openSignedIn, signIn, syncStatus } from './support';

const WORDS = {
  'en-CA': {
    groups: 'Manage Groups',
    groupList: 'Groups',
    identification: 'Group Identification',
    name: 'Name',
    phone: 'Phone number',
    save: 'Save',
    ok: 'OK',
    masterList: 'Manage Master List',
    addContact: 'Add External Contact',
    search: 'Search',
    synced: 'All changes synced',
    waiting: (count: number) => `${count} edits waiting to sync`,
    pending: 'Waiting to sync',
    demo: 'Demo',
    demoTitle: 'Demo controls',
    cutNetwork: 'Cut the network',
    otherAdminRename: 'Rename what I am viewing',
    otherAdminRenamed: 'The other administrator just renamed a group.',
    close: 'Close',
    issueCount: '1 sync issue',
    syncIssues: 'Sync issues',
    conflict: (mine: string) =>
      new RegExp(`You renamed this group to “${mine}”; another admin renamed it to “(.+)”\\.`),
    keepMine: 'Keep mine',
    keepTheirs: 'Keep theirs',
    keptMine: 'Your version will be sent again.',
    keptTheirs: 'The other admin’s version is kept.',
    noIssues: 'No sync issues: every edit reached the server.',
    exit: 'Exit',
    exitTitle: 'Edits are still waiting',
    exitWarning: (count: number) => `${count} edits have not reached the server yet.`,
    exitKeep: 'Exit and keep the edits for my next sign-in',
    signInTitle: 'Sign in',
  },
  'fr-CA': {
    groups: 'Gérer les groupes',
    groupList: 'Groupes',
    identification: 'Identification du groupe',
    name: 'Nom',
    phone: 'Numéro de téléphone',
    save: 'Enregistrer',
    ok: 'OK',
    masterList: 'Gérer la liste maîtresse',
    addContact: 'Ajouter un contact externe',
    search: 'Rechercher',
    synced: 'Toutes les modifications sont synchronisées',
    waiting: (count: number) => `${count} modifications en attente de synchronisation`,
    pending: 'En attente de synchronisation',
    demo: 'Démo',
    demoTitle: 'Commandes de démonstration',
    cutNetwork: 'Couper le réseau',
    otherAdminRename: 'Renommer ce que j’affiche',
    otherAdminRenamed: 'L’autre administrateur vient de renommer un groupe.',
    close: 'Fermer',
    issueCount: '1 problème de synchronisation',
    syncIssues: 'Problèmes de synchronisation',
    conflict: (mine: string) =>
      new RegExp(`Vous avez renommé ce groupe «\\s${mine}\\s»; un autre administrateur l’a renommé «\\s(.+)\\s»\\.`),
    keepMine: 'Garder ma version',
    keepTheirs: 'Garder l’autre version',
    keptMine: 'Votre version sera envoyée de nouveau.',
    keptTheirs: 'La version de l’autre administrateur est conservée.',
    noIssues: null,
    exit: 'Sortir',
    exitTitle: 'Des modifications sont en attente',
    exitWarning: (count: number) => `${count} modifications n’ont pas encore atteint le serveur.`,
    exitKeep: 'Sortir et garder les modifications pour ma prochaine ouverture de session',
    signInTitle: 'Ouvrir une session',
  },
} as const;
type Words = (typeof WORDS)[keyof typeof WORDS];

const SYNC_TIMEOUT = { timeout: 30_000 };

async function openDemoPanel(page: Page, words: Words) {
  await page.getByRole('button', { name: words.demo, exact: true }).click();
  return page.getByRole('dialog', { name: words.demoTitle });
}

async function setNetwork(page: Page, words: Words, cut: boolean) {
  const panel = await openDemoPanel(page, words);
  await panel.getByRole('checkbox', { name: words.cutNetwork }).setChecked(cut);
  await panel.getByRole('button', { name: words.close, exact: true }).click();
}

/** Opens the first group of the list; returns its name. */
async function openFirstGroup(page: Page, words: Words) {
  await page.getByRole('navigation').getByRole('link', { name: words.groups }).click();
  const link = page.getByRole('list', { name: words.groupList }).getByRole('listitem').first().getByRole('link');
  const name = (await link.textContent())!.trim();
  await link.click();
  await page.getByRole('heading', { level: 1, name: words.identification }).waitFor();
  return name;
}

async function renameOpenGroup(page: Page, words: Words, name: string) {
  await page.getByLabel(words.name, { exact: true }).fill(name);
  await page.getByRole('button', { name: words.save, exact: true }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: words.ok }).click();
}

/** Counts the sync pushes (POST /api/mutations) each page sends; MSW answers in the page that asked. */
function countPushes(page: Page) {
  const count = { pushes: 0 };
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/mutations') count.pushes += 1;
  });
  return count;
}

describe.each(['en-CA', 'fr-CA'] as const)('journeys in %s', (locale) => {
  const words = WORDS[locale];

  it('two tabs on the same tenant show each other’s edits at once, and only the leader tab syncs', async () => {
    const browser = await openBrowser({ locale });
    const first = browser.page;
    await first.goto(`${browser.baseUrl}/`);
    await signIn(first);
    await syncStatus(first).getByText(words.synced).waitFor(SYNC_TIMEOUT);
    // The first tab took the sync lock; the second opens on the same session and database.
    const second = await browser.context.newPage();
    await second.goto(`${browser.baseUrl}/groups`);
    await second.getByRole('heading', { level: 1, name: words.groups }).waitFor();
    const firstPushes = countPushes(first);
    const secondPushes = countPushes(second);

    await first.getByRole('navigation').getByRole('link', { name: words.groups }).click();
    const original = await openFirstGroup(second, words);
    await renameOpenGroup(second, words, 'Renommé onglet deux');
    const firstList = first.getByRole('list', { name: words.groupList });
    await firstList.getByRole('link', { name: 'Renommé onglet deux' }).waitFor();
    expect(await firstList.getByRole('link', { name: original, exact: true }).count()).toBe(0);
    await syncStatus(first).getByText(words.synced).waitFor(SYNC_TIMEOUT);
    await syncStatus(second).getByText(words.synced).waitFor(SYNC_TIMEOUT);

    // And the other way: an edit in the leader tab shows in the open editor of the second.
    await firstList.getByRole('link', { name: 'Renommé onglet deux' }).click();
    await first.getByRole('heading', { level: 1, name: words.identification }).waitFor();
    await renameOpenGroup(first, words, 'Renommé onglet un');
    await expect
      .poll(() => second.getByLabel(words.name, { exact: true }).inputValue(), SYNC_TIMEOUT)
      .toBe('Renommé onglet un');
    await syncStatus(first).getByText(words.synced).waitFor(SYNC_TIMEOUT);
    await syncStatus(second).getByText(words.synced).waitFor(SYNC_TIMEOUT);

    expect(firstPushes.pushes).toBeGreaterThanOrEqual(1);
    expect(secondPushes.pushes).toBe(0);
    expect(browser.consoleErrors).toEqual([]);
  });

  it('a rename that clashes with the other administrator’s is a conflict resolved on the Sync issues page', async () => {
    const browser = await openSignedIn({ locale });
    const { page } = browser;
    await syncStatus(page).getByText(words.synced).waitFor(SYNC_TIMEOUT);
    await openFirstGroup(page, words);

    browser.expectApiFailures = true;
    await setNetwork(page, words, true);
    const mine = locale === 'en-CA' ? 'North crew' : 'Équipe Nord';
    await renameOpenGroup(page, words, mine);
    await syncStatus(page).getByText(/1 /).waitFor();

    const panel = await openDemoPanel(page, words);
    expect(await axeViolations(page), 'Demo panel').toEqual([]);
    await panel.getByRole('button', { name: words.otherAdminRename }).click();
    await panel.getByRole('status').filter({ hasText: words.otherAdminRenamed }).waitFor();
    await panel.getByRole('checkbox', { name: words.cutNetwork }).uncheck();
    await panel.getByRole('button', { name: words.close, exact: true }).click();

    // The count arrives in the sync status live region, so it is announced.
    await syncStatus(page).getByRole('link', { name: words.issueCount }).click({ timeout: 30_000 });
    await page.getByRole('heading', { level: 1, name: words.syncIssues }).waitFor();
    const issue = page.getByRole('listitem').filter({ hasText: words.conflict(mine) });
    const theirs = words.conflict(mine).exec((await issue.textContent())!)![1]!;
    expect(await axeViolations(page), 'Sync issues with a conflict').toEqual([]);

    // English keeps mine, French keeps theirs: both answers are proven once.
    const keepMine = locale === 'en-CA';
    await issue.getByRole('button', { name: keepMine ? words.keepMine : words.keepTheirs }).click();
    await page
      .getByRole('status')
      .getByText(keepMine ? words.keptMine : words.keptTheirs)
      .waitFor();
    await syncStatus(page).getByText(words.synced).waitFor(SYNC_TIMEOUT);
    await expect
      .poll(() =>
        page
          .getByRole('listitem')
          .filter({ hasText: words.conflict(mine) })
          .count(),
      )
      .toBe(0);

    const kept = keepMine ? mine : theirs;
    const lost = keepMine ? theirs : mine;
    await page.getByRole('navigation').getByRole('link', { name: words.groups }).click();
    const list = page.getByRole('list', { name: words.groupList });
    await list.getByRole('link', { name: kept, exact: true }).waitFor();
    expect(await list.getByRole('link', { name: lost, exact: true }).count()).toBe(0);
    // A reload reads the tables the last pull wrote: the server's version, not a pending edit.
    await page.reload();
    await list.getByRole('link', { name: kept, exact: true }).waitFor();
    expect(await list.getByText(words.pending).count()).toBe(0);
    expect(browser.consoleErrors).toEqual([]);
  });

  it('Exit warns that edits wait; after signing in again they are still there and then sync', async () => {
    const browser = await openSignedIn({ locale, viewport: { width: 768, height: 1024 } });
    const { page } = browser;
    await syncStatus(page).getByText(words.synced).waitFor(SYNC_TIMEOUT);

    browser.expectApiFailures = true;
    await setNetwork(page, words, true);
    const names = ['Garage Sortie Un', 'Garage Sortie Deux'];
    for (const [index, name] of names.entries()) {
      await page.getByRole('navigation').getByRole('link', { name: words.addContact }).click();
      await page.getByLabel(words.name, { exact: true }).fill(name);
      await page.getByLabel(words.phone, { exact: true }).fill(`819-555-014${index}`);
      await page.getByRole('button', { name: words.save, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: words.masterList }).waitFor();
    }
    await syncStatus(page).getByText(words.waiting(2)).waitFor();

    await page.getByRole('button', { name: words.exit, exact: true }).click();
    const warning = page.getByRole('alertdialog', { name: words.exitTitle });
    await warning.getByText(words.exitWarning(2)).waitFor();
    expect(await axeViolations(page), 'Exit warning').toEqual([]);
    await warning.getByRole('button', { name: words.exitKeep }).click();
    await page.getByRole('heading', { level: 1, name: words.signInTitle }).waitFor();

    // The device's network comes back while signed out (the demo switch lives in localStorage).
    await page.evaluate(() => localStorage.setItem('ptt-admin.demo.offline', 'false'));
    await page.reload();
    await signIn(page);
    await page.getByRole('navigation').getByRole('link', { name: words.masterList }).click();
    await page.getByRole('searchbox').fill('garage sortie');
    const rows = page.getByRole('option', { name: /Garage Sortie/ });
    await expect.poll(() => rows.count()).toBe(2);
    await syncStatus(page).getByText(words.synced).waitFor(SYNC_TIMEOUT);
    await expect.poll(() => rows.getByText(words.pending).count()).toBe(0);
    expect(browser.consoleErrors).toEqual([]);
  });
});
