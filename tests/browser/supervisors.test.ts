/**
 * Supervisors through the real Node server (PGlite), in Chromium on the production build.
 *
 * A supervisor's day on a tablet (768×1024), in English and in French: sign in, My groups, a group — add and remove
 * members —, a member's scanning (the entry of another group visible, locked and explained),
 * an edit made offline that syncs once back online; nothing forbidden offered, and a typed
 * address of an administrator's page says it is not available for the account.
 *
 * An administrator (English, at a desk) gives a group to a supervisor (French, on a tablet)
 * with the Supervisors section's picker, then takes it back while the tablet is offline and
 * has edited that group: on reconnection the edit is a sync issue saying the group was taken
 * out of the supervisor's groups — in French, then in English — and the server kept the group
 * as it was.
 */
import { describe, expect, it, onTestFinished } from 'vitest';
import type { Page } from 'playwright-core';
import type { Intent } from '../../src/domain/intents';
import type { Group, Subscriber, Supervisor } from '../../src/domain/model';
import { PGLITE } from '../server/databases';
import { allRows, envelopes, push, signIn as apiSignIn } from '../server/http-client';
import { admin, seedTestTenant, startServerProcess, TEST_USER } from '../server/processes';
import { backOnline, open, openSyncIssue, saveList, signInWithForm, SYNCED, unexpectedErrors } from './server-mode';
import { axeViolations, openBrowser, syncStatus, waitForServiceWorker } from './support';
import { COMMON_WORDS, inLanguage } from './words';

const SUPERVISOR = { username: 'terrain@essai.test', password: 'tablette de chantier', name: 'Chloé Terrain' };
const TABLET = { width: 768, height: 1024 };
const NORTH = 'Brigade Kamouraska';
const SOUTH = 'Brigade Témiscouata';

/**
 * A server with the test tenant, a supervisor account (made with the admin tool) and two
 * groups: the supervisor's (north: the crew, five subscribers) and another (south), which the
 * crew's first member scans at priority 1 besides scanning the north group.
 */
async function tenantWithSupervisor() {
  const { database, drop } = await PGLITE.open();
  onTestFinished(drop);
  seedTestTenant(database);
  admin(
    database,
    ['create-account', 'tenant-essai', SUPERVISOR.username, '--name', SUPERVISOR.name, '--role', 'supervisor'],
    SUPERVISOR.password,
  );
  const server = await startServerProcess(database);
  onTestFinished(() => server.stop());
  const baseUrl = server.url;
  const { token } = await apiSignIn(baseUrl, TEST_USER.username, TEST_USER.password);
  const supervisorId = (await apiSignIn(baseUrl, SUPERVISOR.username, SUPERVISOR.password)).user.id;
  const crew = (await allRows(baseUrl, token, 'contacts'))
    .filter((contact): contact is Subscriber => contact.kind === 'subscriber')
    .filter((contact, index, all) => all.findIndex((other) => other.name === contact.name) === index)
    .slice(0, 6);
  const [first, second, third, , , other] = crew as [
    Subscriber,
    Subscriber,
    Subscriber,
    Subscriber,
    Subscriber,
    Subscriber,
  ];
  const setup = [
    { name: 'group.create', args: { id: 'grp-north', name: NORTH, memberIds: [first.id, second.id, third.id] } },
    { name: 'group.create', args: { id: 'grp-south', name: SOUTH, memberIds: [first.id, other.id] } },
    {
      name: 'scanning.update',
      args: {
        subscriberId: first.id,
        scanningEnabled: true,
        scanList: [
          { groupId: 'grp-north', priority: 'normal' },
          { groupId: 'grp-south', priority: 'p1' },
        ],
      },
    },
    { name: 'supervisor.addGroups', args: { id: supervisorId, groupIds: ['grp-north'] } },
  ] as Intent[];
  const pushed = await push(baseUrl, token, 'setup', envelopes('setup', 1, setup));
  expect(pushed.outcomes.map((outcome) => outcome.status)).toEqual(['applied', 'applied', 'applied', 'applied']);
  const group = async (id: string) => (await allRows(baseUrl, token, 'groups')).find((row) => row.id === id) as Group;
  const contact = async (id: string) =>
    (await allRows(baseUrl, token, 'contacts')).find((row) => row.id === id) as Subscriber;
  /** The supervisor's groups as the server has them (the desk's "synced" may still show from before a click). */
  const supervisorGroups = async () =>
    ((await allRows(baseUrl, token, 'supervisors')).find((row) => row.id === supervisorId) as Supervisor).groupIds
      .slice()
      .sort();
  return { baseUrl, crew, group, contact, supervisorGroups };
}

/** Links and buttons of the page's main part smaller than a finger (44 px), by their text. */
async function smallTargets(page: Page): Promise<string[]> {
  return page.locator('main a, main button, main summary, main select').evaluateAll((elements) =>
    elements
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && (box.height < 44 || box.width < 44);
      })
      .map((element) => `${element.tagName} “${element.textContent?.trim() ?? ''}”`),
  );
}

const navLinks = async (page: Page) =>
  (await page.getByRole('navigation').getByRole('link').allTextContents()).map((text) => text.trim());

/** What the supervisor's day reads beyond the common words: each in English, then in French. */
const WORDS = {
  myGroups: ['My groups', 'Mes groupes'],
  nav: [
    ['My groups', 'Manage Master List', 'Manage Groups', 'Activity', 'Sync issues'],
    ['Mes groupes', 'Gérer la liste maîtresse', 'Gérer les groupes', 'Activité', 'Problèmes de synchronisation'],
  ],
  summary: ['3 members · 1 scans it', '3 membres · 1 le balaie'],
  identification: ['Group Identification', 'Identification du groupe'],
  delete: [/Delete/, /Supprimer/],
  remove: [(name: string) => `Remove ${name}`, (name: string) => `Retirer ${name}`],
  picker: ['Pick Individual Group Members', 'Choisir les membres du groupe'],
  membersAndScanning: ['Members and their scanning', 'Membres et leur balayage'],
  enableScanning: ['Enable Talkgroup Scanning', 'Activer le balayage des groupes de discussion'],
  enableLocked: [
    'Only an administrator can turn scanning on or off here: this subscriber also scans groups you do not supervise.',
    'Seul un administrateur peut activer ou désactiver le balayage ici\u00a0: cet abonné balaie aussi des groupes que vous ne supervisez pas.',
  ],
  lockedNote: [
    /^This entry is for groups you do not supervise: you can see it, but only an administrator can change it\.$/,
    /^Cette entrée concerne un groupe que vous ne supervisez pas\u00a0: vous pouvez la voir, mais seul un administrateur peut la modifier\.$/,
  ],
  lockedEntry: [
    '🔒A group you do not supervisePriority 1 (highest)',
    '🔒Un groupe que vous ne supervisez pasPriorité 1 (la plus élevée)',
  ],
  priorityFor: [(group: string) => `Priority for ${group}`, (group: string) => `Priorité pour ${group}`],
  priority2: ['Priority 2', 'Priorité 2'],
  scanSaved: [
    (name: string) => `The scan list of ${name} was saved.`,
    (name: string) => `Liste de balayage enregistrée pour ${name}.`,
  ],
  oneWaiting: ['1 edit waiting to sync', '1 modification en attente de synchronisation'],
  groups: ['Manage Groups', 'Gérer les groupes'],
  addNewGroup: ['Add New Group', 'Ajouter un nouveau groupe'],
  notAvailable: ['Not available for your account', 'Non offert pour votre compte'],
  forAdministrators: [/^This page is for administrators\./, /^Cette page est réservée aux administrateurs\./],
} as const;

describe('supervisors through the Node server on PGlite', () => {
  it.each(['en-CA', 'fr-CA'] as const)(
    'a supervisor’s day on a tablet, in %s: its groups, members, scanning, offline, nothing forbidden',
    async (locale) => {
      const fr = locale === 'fr-CA';
      const w = { ...inLanguage(COMMON_WORDS, fr), ...inLanguage(WORDS, fr) };
      const { baseUrl, crew, group, contact } = await tenantWithSupervisor();
      const [first, second, third, fourth] = crew as [Subscriber, Subscriber, Subscriber, Subscriber];
      const tablet = await openBrowser({ locale, viewport: TABLET });
      const { page } = tablet;

      // Sign-in lands on My groups: its group, its members and who scans it.
      await signInWithForm(page, baseUrl, SUPERVISOR, fr);
      await page.getByRole('heading', { level: 1, name: w.myGroups }).waitFor();
      await syncStatus(page).getByText(w.synced).waitFor({ timeout: 30_000 });
      expect(await navLinks(page)).toEqual(w.nav);
      const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: NORTH }) });
      await card.getByText(w.summary).waitFor();
      expect(await page.getByRole('link', { name: SOUTH }).count()).toBe(0);
      expect(await smallTargets(page)).toEqual([]);
      expect(await axeViolations(page)).toEqual([]);

      // The group: no rename, no delete; members added with the picker and removed with their X.
      await card.getByRole('link', { name: NORTH }).click();
      await page.getByRole('heading', { level: 1, name: w.identification }).waitFor();
      await page.getByRole('button', { name: w.remove(second.name) }).waitFor();
      expect(await page.getByRole('textbox', { name: w.name, exact: true }).count()).toBe(0);
      expect(await page.getByRole('button', { name: w.delete }).count()).toBe(0);
      await page.getByRole('button', { name: w.remove(second.name) }).click();
      await page.getByRole('button', { name: w.addMembers }).click();
      const picker = page.getByRole('dialog', { name: w.picker });
      await picker.getByLabel(w.search, { exact: true }).fill(fourth.name);
      await picker
        .getByRole('option', { name: new RegExp(fourth.name) })
        .first()
        .click();
      await picker.getByRole('button', { name: w.add, exact: true }).click();
      await saveList(page, fr);
      await syncStatus(page).getByText(w.synced).waitFor({ timeout: 30_000 });
      expect((await group('grp-north')).memberIds.sort()).toEqual([first.id, third.id, fourth.id].sort());

      // A member's scanning, one tap from My groups: its own group's entry changes, the other is locked.
      await page.getByRole('navigation').getByRole('link', { name: w.myGroups }).click();
      await card.getByText(w.membersAndScanning).click();
      await card.getByRole('link', { name: first.name }).click();
      await page.getByRole('heading', { level: 1, name: first.name }).waitFor();
      expect(await page.getByRole('checkbox', { name: w.enableScanning }).isDisabled()).toBe(true);
      await page.getByText(w.enableLocked).waitFor();
      await page.getByText(w.lockedNote).waitFor();
      const locked = page.locator('.scan-locked li');
      expect((await locked.allTextContents()).map((text) => text.trim())).toEqual([w.lockedEntry]);
      expect(await page.getByRole('checkbox', { name: SOUTH }).count()).toBe(0);
      await page.getByRole('combobox', { name: w.priorityFor(NORTH) }).selectOption({ label: w.priority2 });
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: w.save, exact: true }).click();
      await page.getByText(w.scanSaved(first.name)).waitFor();
      await syncStatus(page).getByText(w.synced).waitFor({ timeout: 30_000 });
      expect((await contact(first.id)).scanList).toEqual([
        { groupId: 'grp-north', priority: 'p2' },
        { groupId: 'grp-south', priority: 'p1' },
      ]);

      // Offline: an edit is kept and waits; back online, it reaches the server.
      await waitForServiceWorker(page);
      tablet.expectApiFailures = true;
      await tablet.context.setOffline(true);
      await open(page, baseUrl, '/groups/grp-north', w.identification);
      await page.getByRole('button', { name: w.remove(third.name) }).click();
      await saveList(page, fr);
      await syncStatus(page).getByText(w.oneWaiting).waitFor({ timeout: 30_000 });
      await backOnline(tablet, fr);
      expect((await group('grp-north')).memberIds.sort()).toEqual([first.id, fourth.id].sort());

      // Nothing forbidden is offered; an administrator's page reached by its address says so.
      await page.getByRole('navigation').getByRole('link', { name: w.groups }).click();
      await page.getByRole('heading', { level: 1, name: w.groups }).waitFor();
      expect(await page.getByRole('link', { name: w.addNewGroup }).count()).toBe(0);
      for (const path of ['/supervisors', '/sub-lists', '/groups/new']) {
        await open(page, baseUrl, path, w.notAvailable);
        await page.getByText(w.forAdministrators).waitFor();
      }
      expect(unexpectedErrors(tablet)).toEqual([]);
    },
    240_000,
  );

  it('an administrator gives then takes back a group while the supervisor edits it offline', async () => {
    const { baseUrl, crew, group, supervisorGroups } = await tenantWithSupervisor();
    const [first, , , , , other] = crew as [Subscriber, Subscriber, Subscriber, Subscriber, Subscriber, Subscriber];
    const desk = await openBrowser({ locale: 'en-CA', viewport: { width: 1280, height: 800 } });
    const tablet = await openBrowser({ locale: 'fr-CA', viewport: TABLET });

    // The administrator gives the south group with the Supervisors section's picker.
    await signInWithForm(desk.page, baseUrl, TEST_USER, false);
    await open(desk.page, baseUrl, '/supervisors', 'Supervisors');
    const supervisorCard = desk.page.getByRole('listitem', { name: SUPERVISOR.name });
    await supervisorCard.getByRole('link', { name: NORTH }).waitFor();
    await supervisorCard.getByRole('button', { name: 'Add groups' }).click();
    const picker = desk.page.getByRole('dialog', { name: `Add groups for ${SUPERVISOR.name}` });
    expect(await picker.getByRole('option', { name: NORTH }).count()).toBe(0);
    await picker.getByLabel('Search', { exact: true }).fill('temiscouata');
    await picker.getByRole('option', { name: SOUTH }).click();
    await picker.getByRole('button', { name: 'Add', exact: true }).click();
    await supervisorCard.getByRole('link', { name: SOUTH }).waitFor();
    await expect.poll(supervisorGroups, { timeout: 30_000 }).toEqual(['grp-north', 'grp-south']);
    await syncStatus(desk.page).getByText(SYNCED.en).waitFor({ timeout: 30_000 });

    // The supervisor finds it among its groups, opens it, loses the network and edits it.
    await signInWithForm(tablet.page, baseUrl, SUPERVISOR, true);
    await tablet.page.getByRole('heading', { level: 1, name: 'Mes groupes' }).waitFor();
    await syncStatus(tablet.page).getByText(SYNCED.fr).waitFor({ timeout: 30_000 });
    await tablet.page.getByRole('link', { name: SOUTH }).click();
    await tablet.page.getByRole('heading', { level: 1, name: 'Identification du groupe' }).waitFor();
    await waitForServiceWorker(tablet.page);
    tablet.expectApiFailures = true;
    await tablet.context.setOffline(true);
    await tablet.page.getByRole('button', { name: `Retirer ${other.name}` }).click();
    await saveList(tablet.page, true);
    await syncStatus(tablet.page)
      .getByText(/en attente de synchronisation/)
      .waitFor();

    // Meanwhile the administrator takes the group back.
    await supervisorCard.getByRole('button', { name: `Take “${SOUTH}” from ${SUPERVISOR.name}` }).click();
    await expect.poll(() => supervisorCard.getByRole('link', { name: SOUTH }).count()).toBe(0);
    // On the server before the tablet is back: "synced" can still be on the desk from before the click.
    await expect.poll(supervisorGroups, { timeout: 30_000 }).toEqual(['grp-north']);
    await syncStatus(desk.page).getByText(SYNCED.en).waitFor({ timeout: 30_000 });

    // Back online: the edit is refused, and Sync issues says why, in French then in English.
    await backOnline(tablet, true);
    await openSyncIssue(
      tablet.page,
      baseUrl,
      true,
      'Non enregistré : un administrateur a retiré ce groupe de ceux que vous supervisez avant que votre modification parvienne au serveur; vous ne pouvez donc plus en modifier les membres.',
    );
    await tablet.page.getByRole('button', { name: 'Display in English' }).click();
    await tablet.page
      .getByText(
        'Not saved: an administrator took this group out of the groups you supervise before your change reached the server, so you may no longer change its members.',
      )
      .waitFor();
    expect(await axeViolations(tablet.page)).toEqual([]);

    // The group left the supervisor's device; the server kept it as it was.
    await tablet.page.getByRole('navigation').getByRole('link', { name: 'My groups' }).click();
    await tablet.page.getByRole('link', { name: NORTH }).waitFor();
    expect(await tablet.page.getByRole('link', { name: SOUTH }).count()).toBe(0);
    expect((await group('grp-south')).memberIds.sort()).toEqual([first.id, other.id].sort());
    expect(unexpectedErrors(desk)).toEqual([]);
    expect(unexpectedErrors(tablet)).toEqual([]);
  }, 240_000);
});
