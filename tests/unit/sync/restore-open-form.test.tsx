/**
 * A page over one row while the device loads the data again after the server was restored from
 * a backup: the recovery drops the rows, so for a while the row is not here. That must neither
 * say it was deleted (or does not exist) nor lose what the user typed; Save waits for the row,
 * and then saves it. Through the real app, the real sync engine and the real mock back-end.
 */
import { describe, expect, it } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../render';
import { holdNextGet } from './hold-request';
import { signedInTenant, type SignedInTenant } from '../../tenant';
import { biggestList, memberCount, openList } from '../../member-lists';
import { nudgeSync } from '../../../src/db/outbox/append';
import { forgetServerData } from '../../../src/sync/rebootstrap';
import type { Subscriber } from '../../../src/domain/model';

// Two cores shared by several suites: give the live queries and the sync time.
configure({ asyncUtilTimeout: 10_000 });

const WAITING =
  'This device is loading the data again after a server restore. Your changes are kept, and you can save them once it has finished.';

/** Restores the server from its first backup and holds the device's reload at its first page. */
async function restoreAndHoldReload(tenant: SignedInTenant) {
  const reload = holdNextGet(tenant, '*/api/snapshot');
  await tenant.backend.disasters.restoreBackup(tenant.session.tenant.id, 0);
  nudgeSync(tenant.db);
  await reload.reached;
  return reload;
}

const serverContact = (tenant: SignedInTenant, id: string) =>
  tenant.backend.server.read(tenant.session.tenant.id, (tx) => tx.get('contacts', id));

describe('a page over a row while the data loads again after a server restore', () => {
  it('Edit External Contact keeps the typed name, never says “deleted”, and saves once the contact is back', async () => {
    const tenant = await signedInTenant('small-business', { online: true });
    const contact = tenant.rows.contacts.find((c) => c.kind === 'external')!;
    const { user } = renderApp({ url: `/external-contacts/${contact.id}`, session: tenant.session });
    const name = await screen.findByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'Garage Côté');

    const reload = await restoreAndHoldReload(tenant);
    await waitFor(async () => expect(await tenant.db.contacts.get(contact.id)).toBeUndefined());
    expect(await screen.findByText(WAITING)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('Garage Côté');
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Delete' })).not.toBeInTheDocument();
    expect(screen.queryByText(/deleted|no longer exists/i)).not.toBeInTheDocument();

    reload.release();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled());
    expect(screen.queryByText(WAITING)).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('Garage Côté');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Changes to Garage Côté were saved.')).toBeInTheDocument();
    await waitFor(async () => expect((await serverContact(tenant, contact.id))?.name).toBe('Garage Côté'));
  });

  it('a subscriber’s Options keep the choice made, in French, and save it once the subscriber is back', async () => {
    const tenant = await signedInTenant('small-business', { online: true });
    const subscriber = tenant.rows.contacts.find(
      (c): c is Subscriber => c.kind === 'subscriber' && c.messaging === 'enabled',
    )!;
    const { user } = renderApp({
      url: `/subscribers/${subscriber.id}/options`,
      session: tenant.session,
      locale: 'fr-CA',
    });
    const choices = await screen.findByRole('group', { name: 'Texto et multimédia' });
    await user.click(within(choices).getByRole('radio', { name: 'Aucun' }));

    const reload = await restoreAndHoldReload(tenant);
    await waitFor(async () => expect(await tenant.db.contacts.get(subscriber.id)).toBeUndefined());
    expect(await screen.findByText(/^Cet appareil recharge les données/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: subscriber.name })).toBeInTheDocument();
    expect(
      within(screen.getByRole('group', { name: 'Texto et multimédia' })).getByRole('radio', { name: 'Aucun' }),
    ).toBeChecked();
    expect(screen.getByRole('button', { name: 'Enregistrer' })).toBeDisabled();
    expect(screen.queryByText(/n’existe plus/)).not.toBeInTheDocument();

    reload.release();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Enregistrer' })).toBeEnabled());
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(async () =>
      expect((await serverContact(tenant, subscriber.id)) as Subscriber | undefined).toMatchObject({
        messaging: 'none',
      }),
    );
  });

  it('View Groups keeps the subscriber’s groups and the one ticked, and saves the scan list once they are back', async () => {
    const tenant = await signedInTenant('small-business', { online: true });
    const groupsOf = (id: string) => tenant.rows.groups.filter((group) => group.memberIds.includes(id));
    const subscriber = tenant.rows.contacts.find(
      (c): c is Subscriber => c.kind === 'subscriber' && !c.scanningEnabled && groupsOf(c.id).length >= 2,
    )!;
    const [group] = groupsOf(subscriber.id);
    const { user } = renderApp({ url: `/subscribers/${subscriber.id}`, session: tenant.session });
    await user.click(await screen.findByRole('checkbox', { name: 'Enable Talkgroup Scanning' }));
    await user.click(
      within(screen.getByRole('group', { name: 'Groups to scan' })).getByRole('checkbox', { name: group!.name }),
    );

    const reload = await restoreAndHoldReload(tenant);
    await waitFor(async () => expect(await tenant.db.groups.get(group!.id)).toBeUndefined());
    expect(await screen.findByText(WAITING)).toBeInTheDocument();
    const scanList = screen.getByRole('group', { name: 'Groups to scan' });
    expect(within(scanList).getAllByRole('checkbox')).toHaveLength(groupsOf(subscriber.id).length);
    expect(within(scanList).getByRole('checkbox', { name: group!.name })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();

    reload.release();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled());
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect((await serverContact(tenant, subscriber.id)) as Subscriber | undefined).toMatchObject({
        scanningEnabled: true,
        scanList: [{ groupId: group!.id, priority: 'normal' }],
      }),
    );
  });

  it('View Groups opened while the first sync still loads the groups: Save waits, so the scan list keeps its entries', async () => {
    const tenant = await signedInTenant('small-business', { online: true });
    const subscriber = tenant.rows.contacts.find(
      (c): c is Subscriber => c.kind === 'subscriber' && c.scanningEnabled && c.scanList.length > 0,
    )!;
    // This device starts over, as a new one would: its first sync is held before the groups' first page.
    const groupsPage = holdNextGet(tenant, '*/api/snapshot', (url) => url.searchParams.get('table') === 'groups');
    await forgetServerData(tenant.db);
    const { user } = renderApp({ url: `/subscribers/${subscriber.id}`, session: tenant.session });
    nudgeSync(tenant.db);
    await groupsPage.reached;
    await user.click(await screen.findByRole('checkbox', { name: 'Enable Talkgroup Scanning' }));
    expect(
      await screen.findByText(
        'This device is still loading the data. Your changes are kept, and you can save them once it has finished.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();

    groupsPage.release();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled());
    expect(screen.getByRole('checkbox', { name: 'Enable Talkgroup Scanning' })).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect((await serverContact(tenant, subscriber.id)) as Subscriber | undefined).toMatchObject({
        scanningEnabled: false,
        scanList: subscriber.scanList,
      }),
    );
  });

  it('a group’s page keeps the typed name and its members, and saves the rename once the group is back', async () => {
    const tenant = await signedInTenant('small-business', { online: true });
    const { list } = biggestList(tenant, 'groups');
    const { user } = await openList(tenant, '/groups', list, 'en-CA');
    const name = screen.getByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'Équipe du soir');

    const reload = await restoreAndHoldReload(tenant);
    await waitFor(async () => expect(await tenant.db.groups.get(list.id)).toBeUndefined());
    expect(await screen.findByText(WAITING)).toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveValue('Équipe du soir');
    expect(memberCount()).toHaveTextContent(`${list.memberIds.length} members`);
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
    expect(screen.queryByText(/deleted|no longer exists/i)).not.toBeInTheDocument();

    reload.release();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled());
    await waitFor(() => expect(memberCount()).toHaveTextContent(`${list.memberIds.length} members`));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'OK' }));
    await waitFor(async () =>
      expect(
        await tenant.backend.server.read(tenant.session.tenant.id, (tx) => tx.get('groups', list.id)),
      ).toMatchObject({ name: 'Équipe du soir', memberIds: expect.arrayContaining(list.memberIds) as unknown }),
    );
  });

  it('a contact’s page opened before the reload brings it back says it is loading, then shows the contact', async () => {
    const tenant = await signedInTenant('small-business', { online: true });
    const contact = tenant.rows.contacts.find((c) => c.kind === 'external')!;
    const { history } = renderApp({ url: '/master-list', session: tenant.session });
    await screen.findByRole('heading', { level: 1, name: 'Manage Master List' });

    const reload = await restoreAndHoldReload(tenant);
    await waitFor(async () => expect(await tenant.db.contacts.get(contact.id)).toBeUndefined());
    history.push(`/external-contacts/${contact.id}`);
    expect(await screen.findByText('Loading the contact…')).toBeInTheDocument();
    // "Loading" is also what shows before the page's first read: give that read time to say otherwise.
    await expect(screen.findByText('This contact no longer exists', {}, { timeout: 1_500 })).rejects.toThrow();
    expect(screen.getByText('Loading the contact…')).toBeInTheDocument();

    reload.release();
    expect(await screen.findByRole('textbox', { name: 'Name' })).toHaveValue(contact.name);
    expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled();
  });
});
