/**
 * Issue 15's reproductions 4 and 5 as the user meets them, through the real app and the real
 * mock back-end: a full disk is told where the user acted and in the header, never "synced";
 * a refused create keeps everything the user entered (Edit, and Try again however soon it is
 * clicked: before the refusal's cycle has pulled, too), and a create naming
 * a member deleted meanwhile keeps the others and says which one was left out.
 */
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import { allTables } from '../../../server/core/rows';
import { renderApp } from '../../render';
import { holdNextGet } from './hold-request';
import { signedInTenant, type SignedInTenant } from '../../tenant';
import { mutate } from '../../../src/db/outbox/append';
import type { Intent } from '../../../src/domain/intents';

// Two cores shared by several suites: give the live queries and the sync time.
configure({ asyncUtilTimeout: 10_000 });

/** The browser refusing to store more in `storeName` (IndexedDB aborts with a QuotaExceededError). */
function fillStorage(method: 'add' | 'put', storeName: string) {
  const original = IDBObjectStore.prototype[method];
  const spy = vi.spyOn(IDBObjectStore.prototype, method).mockImplementation(function (
    this: IDBObjectStore,
    ...args: Parameters<IDBObjectStore['add']>
  ) {
    if (this.name === storeName) throw new DOMException('The quota is exceeded.', 'QuotaExceededError');
    return original.apply(this, args);
  });
  onTestFinished(() => spy.mockRestore());
  return spy;
}

const serverRow = (tenant: SignedInTenant, table: 'contacts' | 'groups', id: string) =>
  tenant.backend.server.read(tenant.session.tenant.id, (tx) => tx.get(table, id));

/** An edit made offline, the other admin's doing meanwhile, then the network back: the app syncs. */
async function madeOffline(tenant: SignedInTenant, intent: Intent, meanwhile: () => Promise<unknown>) {
  const entry = await mutate(tenant.db, intent);
  await meanwhile();
  tenant.backend.faults.setOffline(false);
  return entry;
}

const list = (names: string[]) => new Intl.ListFormat('en-CA', { type: 'conjunction' }).format(names);

describe('issue 15, reproduction 4: a full disk is told', () => {
  it.each([
    [
      'en-CA',
      'Add External Contact',
      'Name',
      'Phone number',
      'Save',
      'This device is out of storage space, so nothing was saved.',
    ],
    [
      'fr-CA',
      'Ajouter un contact externe',
      'Nom',
      'Numéro de téléphone',
      'Enregistrer',
      'Cet appareil manque d’espace de stockage : rien n’a été enregistré.',
    ],
  ] as const)(
    'Add External Contact (%s): says so, keeps the form, saves nothing',
    async (locale, heading, name, phone, save, told) => {
      const tenant = await signedInTenant();
      const { user } = renderApp({ url: '/external-contacts/new', session: tenant.session, locale });
      await screen.findByRole('heading', { level: 1, name: heading });
      fillStorage('add', 'outbox');
      await user.type(screen.getByRole('textbox', { name }), 'Garage Côté');
      await user.type(screen.getByRole('textbox', { name: phone }), '613-555-0142');
      await user.click(screen.getByRole('button', { name: save }));
      expect(await screen.findByRole('alert')).toHaveTextContent(told);
      expect(screen.getByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
      expect(screen.getByRole('textbox', { name })).toHaveValue('Garage Côté');
      expect(await tenant.db.outbox.count()).toBe(0);
      expect(await tenant.db.contacts.where('phone').equals('6135550142').count()).toBe(0);
    },
  );

  it('the first sync: the header says the device is out of space, never “synced”, and resumes once space frees', async () => {
    const tenant = await signedInTenant('small-business', { online: true });
    await tenant.db.delete();
    const full = fillStorage('put', 'contacts');
    renderApp({ url: '/master-list', session: tenant.session });
    expect(await screen.findByText('Device storage full: free up space to sync')).toBeInTheDocument();
    expect(
      screen.getByText(/This device is out of storage space, so it cannot keep the data it syncs/),
    ).toBeInTheDocument();
    expect(screen.queryByText('All changes synced')).not.toBeInTheDocument();
    full.mockRestore();
    window.dispatchEvent(new Event('online'));
    expect(await screen.findByText('All changes synced')).toBeInTheDocument();
    expect(screen.queryByText(/out of storage space/)).not.toBeInTheDocument();
  });
});

describe('issue 15, reproduction 5: a refused create keeps what the user entered', () => {
  it('a group of 5 whose name another admin took: Edit opens it with its name and all 5 members; saved, it closes the issue', async () => {
    const tenant = await signedInTenant();
    const members = tenant.rows.contacts.slice(0, 5);
    await madeOffline(
      tenant,
      { name: 'group.create', args: { id: 'g-night', name: 'Équipe de nuit', memberIds: members.map((c) => c.id) } },
      () => tenant.backend.otherAdmin(tenant.session.tenant.id).createGroup('Équipe de nuit'),
    );
    const { user } = renderApp({ url: '/sync-issues', session: tenant.session });
    const item = await screen.findByRole('listitem', { name: 'Not saved Create the group “Équipe de nuit”' });
    expect(item).toHaveTextContent('Another admin already used this name.');
    expect(item).toHaveTextContent(`5 members: ${list(members.map((c) => c.name))}`);
    expect(within(item).getByRole('button', { name: 'Try again' })).toBeInTheDocument();

    await user.click(within(item).getByRole('link', { name: 'Edit' }));
    const nameField = await screen.findByLabelText('Name');
    expect(nameField).toHaveValue('Équipe de nuit');
    const shown = within(screen.getByRole('list', { name: 'Members' })).getAllByRole('listitem');
    expect(shown.map((row) => row.textContent)).toEqual(
      expect.arrayContaining(members.map((c) => expect.stringContaining(c.name))),
    );
    expect(shown).toHaveLength(5);
    await user.clear(nameField);
    await user.type(nameField, 'Équipe de soir');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'OK' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Manage Groups' })).toBeInTheDocument();
    expect(await tenant.db.syncIssues.count()).toBe(0);
    await waitFor(async () => {
      const { groups } = await tenant.backend.server.read(tenant.session.tenant.id, allTables);
      expect(groups.find((group) => group.name === 'Équipe de soir')?.memberIds.toSorted()).toEqual(
        members.map((c) => c.id).toSorted(),
      );
    });
  });

  it('an external contact whose number another admin took: the issue shows the number; Edit opens it filled in', async () => {
    const tenant = await signedInTenant();
    await madeOffline(
      tenant,
      { name: 'externalContact.create', args: { id: 'x-garage', name: 'Garage Côté', phone: '6135550142' } },
      () => tenant.backend.otherAdmin(tenant.session.tenant.id).createExternalContact('Autre garage', '6135550142'),
    );
    const { user } = renderApp({ url: '/sync-issues', session: tenant.session, locale: 'fr-CA' });
    const item = await screen.findByRole('listitem', { name: /Ajouter le contact externe «\sGarage Côté\s»/ });
    expect(item).toHaveTextContent('Un autre contact a déjà ce numéro.');
    expect(item).toHaveTextContent(/Numéro de téléphone\s:\s613\s555-0142/);
    await user.click(within(item).getByRole('link', { name: 'Modifier' }));
    expect(await screen.findByRole('textbox', { name: 'Nom' })).toHaveValue('Garage Côté');
    expect(screen.getByRole('textbox', { name: 'Numéro de téléphone' })).toHaveValue('613 555-0142');
  });

  it.each([
    ['as the sync goes on', false],
    // A slow network: the user clicks before the cycle that refused the edit commits its pull.
    ['clicked while the pull after the refusal is still on its way', true],
  ])(
    'refused by the server (400): Try again sends it as it was, and it reaches the server (%s)',
    async (_, slowPull) => {
      const tenant = await signedInTenant();
      const entry = await mutate(tenant.db, {
        name: 'externalContact.create',
        args: { id: 'x-garage', name: 'Garage Côté', phone: '6135550142' },
      });
      tenant.backend.faults.refuseEdit(entry.key);
      const pull = slowPull ? holdNextGet(tenant, '*/api/changes') : undefined;
      tenant.backend.faults.setOffline(false);
      const { user } = renderApp({ url: '/sync-issues', session: tenant.session });
      const item = await screen.findByRole('listitem', { name: 'Not saved Add the external contact “Garage Côté”' });
      expect(item).toHaveTextContent('The server refused the request that carried it.');
      expect(item).toHaveTextContent(/The server answered 400/);
      await pull?.reached;
      // Refused, the new contact is no longer shown as saved here, whatever the sync does next.
      expect(await tenant.db.contacts.get('x-garage')).toBeUndefined();
      tenant.backend.faults.reset();
      await user.click(within(item).getByRole('button', { name: 'Try again' }));
      expect(await screen.findByText('The edit will be sent again.')).toBeInTheDocument();
      pull?.release();
      await waitFor(async () =>
        expect(await serverRow(tenant, 'contacts', 'x-garage')).toMatchObject({ name: 'Garage Côté' }),
      );
      expect(await tenant.db.syncIssues.count()).toBe(0);
    },
  );

  it('a member deleted meanwhile: the group is saved with the other 4, and the issue names the one left out', async () => {
    const tenant = await signedInTenant();
    const external = tenant.rows.contacts.find((c) => c.kind === 'external')!;
    const members = [...tenant.rows.contacts.filter((c) => c.kind === 'subscriber').slice(0, 4), external];
    await madeOffline(
      tenant,
      { name: 'group.create', args: { id: 'g-night', name: 'Équipe de nuit', memberIds: members.map((c) => c.id) } },
      () => tenant.backend.otherAdmin(tenant.session.tenant.id).deleteExternalContact(external.id),
    );
    renderApp({ url: '/sync-issues', session: tenant.session });
    const item = await screen.findByRole('listitem', {
      name: 'Saved without some members Create the group “Équipe de nuit”',
    });
    expect(item).toHaveTextContent(
      `Saved without ${external.name}: another admin deleted this contact meanwhile. The other members were kept.`,
    );
    expect(await serverRow(tenant, 'groups', 'g-night')).toMatchObject({
      memberIds: members.slice(0, 4).map((c) => c.id),
    });
  });
});
