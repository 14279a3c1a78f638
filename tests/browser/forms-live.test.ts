/**
 * Issue 21 in the production build, in English and in French: on each kind of edit page, the
 * Demo panel's other administrator renames (or changes) and deletes what the user is viewing,
 * and the open form follows, keeps what the user typed with "Use theirs", or says it is gone.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, openSignedIn, syncStatus } from './support';

const WORDS = {
  'en-CA': {
    synced: 'All changes synced',
    demo: 'Demo',
    demoTitle: 'Demo controls',
    rename: 'Rename what I am viewing',
    remove: 'Delete what I am viewing',
    change: 'Change what I am viewing',
    close: 'Close',
    lastEdit: /^The other administrator just /,
    name: 'Name',
    externalIcon: 'External contact',
    editContact: 'Edit External Contact',
    nameChanged: /^Marie Dubé changed “Name” to “.+ \(\d{3}\)” \(.+\)\. The form shows the new value\.$/,
    nameKept: /^Marie Dubé changed “Name” to “.+ \(\d{3}\)” \(.+\)\. You changed it too/,
    useTheirs: 'Use theirs',
    contactGone: 'This external contact no longer exists — another administrator deleted it.',
    deletedBy: /^Deleted by Marie Dubé \(.+\)\.$/,
    leave: 'Leave this page',
    recreate: 'Create it again',
    masterList: 'Manage Master List',
    groups: 'Manage Groups',
    groupList: 'Groups',
    groupTitle: 'Group Identification',
    groupGone: 'This group no longer exists — another administrator deleted it.',
    groupCreated: /^Group “.+” saved\./,
    subLists: 'Manage Sub-Lists',
    subListList: 'Sub-lists',
    subListTitle: 'Sub-List Identification',
    subListGone: 'This sub-list no longer exists — another administrator deleted it.',
    search: 'Search',
    enable: 'Enable Talkgroup Scanning',
    scanningChanged: /^Marie Dubé changed “Enable Talkgroup Scanning” \(.+\)\./,
    options: 'Options',
    messagingChanged: /^Marie Dubé changed “Text & multimedia” to “(Enabled|None)” \(.+\)\./,
    none: 'None',
  },
  'fr-CA': {
    synced: 'Toutes les modifications sont synchronisées',
    demo: 'Démo',
    demoTitle: 'Commandes de démonstration',
    rename: 'Renommer ce que j’affiche',
    remove: 'Supprimer ce que j’affiche',
    change: 'Modifier ce que j’affiche',
    close: 'Fermer',
    lastEdit: /^L’autre administrateur vient de /,
    name: 'Nom',
    externalIcon: 'Contact externe',
    editContact: 'Modifier un contact externe',
    nameChanged:
      /^Marie Dubé a remplacé la valeur de «\sNom\s» par «\s.+ \(\d{3}\)\s» \(.+\)\. Le formulaire affiche la nouvelle valeur\.$/,
    nameKept:
      /^Marie Dubé a remplacé la valeur de «\sNom\s» par «\s.+ \(\d{3}\)\s» \(.+\)\. Vous l’aviez aussi modifiée/,
    useTheirs: 'Utiliser sa valeur',
    contactGone: /Ce contact externe n’existe plus\s: un autre administrateur l’a supprimé\./,
    deletedBy: /^Suppression faite par Marie Dubé \(.+\)\.$/,
    leave: 'Quitter cette page',
    recreate: 'Créer de nouveau',
    masterList: 'Gérer la liste maîtresse',
    groups: 'Gérer les groupes',
    groupList: 'Groupes',
    groupTitle: 'Identification du groupe',
    groupGone: 'Ce groupe n’existe plus — un autre administrateur l’a supprimé.',
    groupCreated: /^Groupe «\s.+\s» enregistré\./,
    subLists: 'Gérer les sous-listes',
    subListList: 'Sous-listes',
    subListTitle: 'Identification de sous-liste',
    subListGone: 'Cette sous-liste n’existe plus — un autre administrateur l’a supprimée.',
    search: 'Rechercher',
    enable: 'Activer le balayage des groupes de discussion',
    scanningChanged: /^Marie Dubé a modifié «\sActiver le balayage des groupes de discussion\s» \(.+\)\./,
    options: 'Options',
    messagingChanged: /^Marie Dubé a remplacé la valeur de «\sTexto et multimédia\s» par «\s(Activé|Aucun)\s» \(.+\)\./,
    none: 'Aucun',
  },
} as const;
type Words = (typeof WORDS)[keyof typeof WORDS];

const SYNC = { timeout: 30_000 };

/** The Demo panel's other administrator acts on the page the user is viewing. */
async function otherAdmin(page: Page, words: Words, action: 'rename' | 'remove' | 'change') {
  await page.getByRole('button', { name: words.demo, exact: true }).click();
  const panel = page.getByRole('dialog', { name: words.demoTitle });
  await panel.getByRole('button', { name: words[action], exact: true }).click();
  await panel.getByText(words.lastEdit).waitFor();
  await panel.getByRole('button', { name: words.close, exact: true }).click();
}

/** Nothing unsaved: leaving goes at once, no "Leave without saving?". */
async function leavesWithoutAsking(page: Page, link: string) {
  await page.getByRole('navigation').getByRole('link', { name: link }).click();
  await page.getByRole('heading', { level: 1, name: link }).waitFor();
  expect(await page.getByRole('alertdialog').count()).toBe(0);
}

async function openFirst(page: Page, nav: string, list: string, title: string) {
  await page.getByRole('navigation').getByRole('link', { name: nav }).click();
  await page.getByRole('list', { name: list }).getByRole('listitem').first().getByRole('link').click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
}

describe.each(['en-CA', 'fr-CA'] as const)('forms while another administrator edits, in %s', (locale) => {
  const words = WORDS[locale];

  it(
    'each kind of edit page follows, keeps or says gone what the other administrator renames, changes or deletes',
    { timeout: 180_000 },
    async () => {
      const browser = await openSignedIn({ locale });
      const { page } = browser;
      await syncStatus(page).getByText(words.synced).waitFor(SYNC);

      // An external contact: the name the user typed stays, theirs waits behind "Use theirs"; then deleted.
      const external = page.getByRole('option').filter({ has: page.getByRole('img', { name: words.externalIcon }) });
      await external.first().click();
      await page.getByRole('heading', { level: 1, name: words.editContact }).waitFor();
      const name = page.getByRole('textbox', { name: words.name });
      await name.fill('Garage Tremblay');
      await otherAdmin(page, words, 'rename');
      await page.getByText(words.nameKept).waitFor(SYNC);
      expect(await name.inputValue()).toBe('Garage Tremblay');
      expect(await axeViolations(page), 'a kept value with Use theirs').toEqual([]);
      await page.getByRole('button', { name: words.useTheirs }).click();
      expect(await name.inputValue()).toMatch(/ \(\d{3}\)$/);
      await otherAdmin(page, words, 'remove');
      const contactGone = page.getByRole('alert').filter({ hasText: words.contactGone });
      await contactGone.getByText(words.deletedBy).waitFor(SYNC);
      expect(await page.getByRole('textbox', { name: words.name }).count()).toBe(0);
      expect(await axeViolations(page), 'a deleted contact').toEqual([]);
      await contactGone.getByRole('button', { name: words.leave }).click();
      await page.getByRole('heading', { level: 1, name: words.masterList }).waitFor();

      // A group: the untouched name follows their rename; deleted, it is created again.
      await openFirst(page, words.groups, words.groupList, words.groupTitle);
      await otherAdmin(page, words, 'rename');
      await page.getByText(words.nameChanged).waitFor(SYNC);
      expect(await page.getByRole('textbox', { name: words.name }).inputValue()).toMatch(/ \(\d{3}\)$/);
      await otherAdmin(page, words, 'remove');
      const groupGone = page.getByRole('alert').filter({ hasText: words.groupGone });
      await groupGone.getByText(words.deletedBy).waitFor(SYNC);
      await groupGone.getByRole('button', { name: words.recreate }).click();
      await page.getByText(words.groupCreated).waitFor();

      // A sub-list: the same, and leaving after the delete asks nothing.
      await openFirst(page, words.subLists, words.subListList, words.subListTitle);
      await otherAdmin(page, words, 'rename');
      await page.getByText(words.nameChanged).waitFor(SYNC);
      await leavesWithoutAsking(page, words.groups);
      await openFirst(page, words.subLists, words.subListList, words.subListTitle);
      await otherAdmin(page, words, 'remove');
      const subListGone = page.getByRole('alert').filter({ hasText: words.subListGone });
      await subListGone.getByText(words.deletedBy).waitFor(SYNC);
      await subListGone.getByRole('button', { name: words.leave }).click();
      await page.getByRole('heading', { level: 1, name: words.subLists }).waitFor();

      // A subscriber: View Groups follows scanning turned on or off; Options follows Text & multimedia.
      await page.getByRole('navigation').getByRole('link', { name: words.masterList }).click();
      await page.getByRole('searchbox', { name: words.search }).fill('aroha');
      await page.getByRole('option', { name: /Aroha Émond/ }).click();
      await page.getByRole('heading', { level: 1, name: 'Aroha Émond' }).waitFor();
      const enable = page.getByRole('checkbox', { name: words.enable });
      const scanning = await enable.isChecked();
      await otherAdmin(page, words, 'change');
      await page.getByText(words.scanningChanged).waitFor(SYNC);
      expect(await enable.isChecked()).toBe(!scanning);
      await page.getByRole('link', { name: words.options }).click();
      const none = page.getByRole('radio', { name: words.none });
      const wasNone = await none.isChecked();
      await otherAdmin(page, words, 'change');
      await page.getByText(words.messagingChanged).waitFor(SYNC);
      expect(await none.isChecked()).toBe(!wasNone);
      await leavesWithoutAsking(page, words.masterList);
      expect(browser.consoleErrors).toEqual([]);
    },
  );
});
