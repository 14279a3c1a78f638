/**
 * Two devices, one tenant, through the real Node server (PGlite, and PostgreSQL when
 * installed): an administrator at a desk (English) and another on a tablet (French) — both
 * administrators, since a supervisor may rename no contact (docs/architecture.md, "Roles"),
 * each in its own Chromium profile. The tablet goes offline and edits a group's members
 * and renames a contact; the desk renames the group and renames the same contact; the
 * server restarts in the middle; the tablet reconnects. Both end with the same data, and
 * the contact's rename — the same field changed by both — shows in Sync issues on the
 * tablet, whose edit lost. Server mode: no demo accounts, no Demo panel, no MSW.
 */
import { describe, expect, it, onTestFinished } from 'vitest';
import type { Page } from 'playwright-core';
import type { Intent } from '../../src/domain/intents';
import type { Contact } from '../../src/domain/model';
import { DATABASES } from '../server/databases';
import { allRows, envelopes, push, signIn as apiSignIn } from '../server/http-client';
import { admin, seedTestTenant, startServerProcess, TEST_USER, type ServerProcess } from '../server/processes';
import { open, openSyncIssue, pullNow, saveList, signInWithForm, SYNCED, unexpectedErrors } from './server-mode';
import { openBrowser, syncStatus, waitForServiceWorker } from './support';

const TABLET_USER = { username: 'superviseure@essai.test', password: 'tablette de terrain' };

async function renameContact(page: Page, baseUrl: string, id: string, name: string, fr: boolean) {
  await open(page, baseUrl, `/external-contacts/${id}`, fr ? 'Modifier un contact externe' : 'Edit External Contact');
  const field = page.getByRole('textbox', { name: fr ? 'Nom' : 'Name' });
  await expect.poll(() => field.inputValue()).toBe('Garage Lévesque');
  await field.fill(name);
  await page.getByRole('button', { name: fr ? 'Enregistrer' : 'Save' }).click();
  await page.getByText(fr ? `Modifications enregistrées pour ${name}.` : `Changes to ${name} were saved.`).waitFor();
}

/** Opens a group's page and waits until it shows `expected` (its rows update live as the device syncs). */
async function expectGroupShown(
  page: Page,
  baseUrl: string,
  id: string,
  fr: boolean,
  expected: { name: string; members: string[] },
) {
  await open(page, baseUrl, `/groups/${id}`, fr ? 'Identification du groupe' : 'Group Identification');
  const members = page.getByRole('list', { name: fr ? 'Membres' : 'Members' }).locator('.member-row__name');
  const shown = async () => {
    await pullNow(page);
    return {
      name: await page.getByLabel(fr ? 'Nom' : 'Name', { exact: true }).inputValue(),
      members: (await members.allTextContents()).map((text) => text.trim()).sort(),
    };
  };
  await expect.poll(shown, { timeout: 30_000 }).toEqual(expected);
}

describe.each(DATABASES)('two devices through the Node server on $name', (db) => {
  it('converge after the tablet edits offline, the desk edits online and the server restarts', async () => {
    const { database, drop } = await db.open();
    onTestFinished(drop);
    seedTestTenant(database);
    admin(
      database,
      ['create-account', 'tenant-essai', TABLET_USER.username, '--name', 'Chloé Terrain', '--role', 'administrator'],
      TABLET_USER.password,
    );
    let server: ServerProcess = await startServerProcess(database);
    onTestFinished(() => server.stop());
    const baseUrl = server.url;

    // A contact and a group both devices will edit, made through the API like any client.
    const { token } = await apiSignIn(baseUrl, TEST_USER.username, TEST_USER.password);
    const people = (await allRows(baseUrl, token, 'contacts')).filter(
      (contact, index, all) => all.findIndex((other) => other.name === contact.name) === index,
    );
    const [first, second, third] = people as [Contact, Contact, Contact];
    const setup: Intent[] = [
      { name: 'externalContact.create', args: { id: 'ext-shared', name: 'Garage Lévesque', phone: '8195550123' } },
      { name: 'group.create', args: { id: 'grp-shared', name: 'Équipe Nord', memberIds: [first.id, second.id] } },
    ] as Intent[];
    await push(baseUrl, token, 'setup', envelopes('setup', 1, setup));

    const desk = await openBrowser({ locale: 'en-CA', viewport: { width: 1280, height: 800 } });
    const tablet = await openBrowser({ locale: 'fr-CA', viewport: { width: 800, height: 1280 } });
    await desk.page.goto(`${baseUrl}/`);
    await desk.page.getByRole('heading', { name: 'Sign in' }).waitFor();
    expect(await desk.page.getByRole('heading', { name: 'Demo accounts' }).count()).toBe(0);
    await signInWithForm(desk.page, baseUrl, TEST_USER, false);
    await signInWithForm(tablet.page, baseUrl, TABLET_USER, true);
    await syncStatus(desk.page).getByText(SYNCED.en).waitFor({ timeout: 30_000 });
    await syncStatus(tablet.page).getByText(SYNCED.fr).waitFor({ timeout: 30_000 });
    expect(await desk.page.getByRole('button', { name: 'Demo', exact: true }).count()).toBe(0);
    // Server mode: the service worker is registered without MSW's part, so /api/ goes to the network.
    await waitForServiceWorker(desk.page);
    expect(await desk.page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(
      `${baseUrl}/sw.js?mode=server`,
    );

    // The tablet has the group on screen, loses the network, restarts the app offline and edits.
    await open(tablet.page, baseUrl, '/groups/grp-shared', 'Identification du groupe');
    const removeFirst = tablet.page.getByRole('button', { name: `Retirer ${first.name}` });
    await removeFirst.waitFor();
    await waitForServiceWorker(tablet.page);
    tablet.expectApiFailures = true;
    await tablet.context.setOffline(true);
    await tablet.page.reload();
    await removeFirst.click();
    await tablet.page.getByRole('button', { name: 'Ajouter des membres' }).click();
    const picker = tablet.page.getByRole('dialog', { name: 'Choisir les membres du groupe' });
    await picker.getByLabel('Rechercher', { exact: true }).fill(third.name);
    await picker
      .getByRole('option', { name: new RegExp(third.name) })
      .first()
      .click();
    await picker.getByRole('button', { name: 'Ajouter', exact: true }).click();
    await saveList(tablet.page, true);
    await renameContact(tablet.page, baseUrl, 'ext-shared', 'Garage Lévesque (tablette)', true);
    await syncStatus(tablet.page)
      .getByText(/en attente de synchronisation/)
      .waitFor();

    // Meanwhile the desk renames the group and the same contact.
    await open(desk.page, baseUrl, '/groups/grp-shared', 'Group Identification');
    const deskName = desk.page.getByLabel('Name', { exact: true });
    await expect.poll(() => deskName.inputValue()).toBe('Équipe Nord');
    await deskName.fill('Équipe Nord-Est');
    await saveList(desk.page, false);
    await renameContact(desk.page, baseUrl, 'ext-shared', 'Garage Lévesque (bureau)', false);
    await syncStatus(desk.page).getByText(SYNCED.en).waitFor({ timeout: 30_000 });

    // The server restarts; the desk's next pull reaches the new process with the same session.
    desk.expectApiFailures = true;
    await server.stop();
    server = await startServerProcess(database, { port: server.port });
    await pullNow(desk.page);
    await syncStatus(desk.page).getByText(SYNCED.en).waitFor({ timeout: 60_000 });

    // The tablet reconnects: its membership edit merges, its rename loses to the desk's.
    await tablet.context.setOffline(false);
    await syncStatus(tablet.page).getByText(SYNCED.fr).waitFor({ timeout: 60_000 });
    await openSyncIssue(
      tablet.page,
      baseUrl,
      true,
      'Vous avez renommé ce contact « Garage Lévesque (tablette) »; un autre administrateur l’a renommé « Garage Lévesque (bureau) ».',
    );
    await open(desk.page, baseUrl, '/sync-issues', 'Sync issues');
    expect(await desk.page.getByText(/another admin renamed it/).count()).toBe(0);

    const expected = { name: 'Équipe Nord-Est', members: [second.name, third.name].sort() };
    await expectGroupShown(desk.page, baseUrl, 'grp-shared', false, expected);
    await expectGroupShown(tablet.page, baseUrl, 'grp-shared', true, expected);
    for (const [device, fr] of [
      [desk, false],
      [tablet, true],
    ] as const) {
      await open(
        device.page,
        baseUrl,
        '/external-contacts/ext-shared',
        fr ? 'Modifier un contact externe' : 'Edit External Contact',
      );
      expect(await device.page.getByRole('textbox', { name: fr ? 'Nom' : 'Name' }).inputValue()).toBe(
        'Garage Lévesque (bureau)',
      );
    }
    expect(unexpectedErrors(desk)).toEqual([]);
    expect(unexpectedErrors(tablet)).toEqual([]);
  }, 240_000);
});
