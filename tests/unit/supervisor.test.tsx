/**
 * A supervisor in the app, on the real mock back-end: it lands on My groups, is offered only
 * what its role may do (a typed address of another page says so), sees other groups' scan
 * entries locked, and an edit made offline on a group taken from it becomes a sync issue that
 * says exactly that — in English and in French.
 */
import { describe, expect, it, onTestFinished } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { createTestBackend } from '../../mocks/node';
import { CREW } from '../../server/core/test-kit';
import { META } from '../../src/db/database';
import { mutate } from '../../src/db/outbox/append';
import type { Group, Subscriber, Supervisor } from '../../src/domain/model';
import { SyncEngine } from '../../src/sync/engine';
import { renderApp } from '../render';
import { signedInDevice } from '../tenant';

/** Alice Tremblay, supervisor of CREW's groups 0 and 1, signed in and synced; the network then cut. */
async function signedInSupervisor() {
  const backend = createTestBackend({ tenants: [CREW] });
  backend.msw.listen({ onUnhandledRequest: 'error' });
  onTestFinished(() => backend.msw.close());
  const { session, db } = await signedInDevice('a@crew.demo');
  expect(await new SyncEngine({ db, token: session.token }).syncUntilDone()).toBe('done');
  backend.faults.setOffline(true);
  const scope = ((await db.supervisors.get(session.user.id)) as Supervisor).groupIds;
  return { backend, session, db, scope };
}

describe('a supervisor in the app', () => {
  it('holds only its groups, lands on My groups and is offered only what it may do', async () => {
    const { session, db, scope } = await signedInSupervisor();
    expect((await db.groups.toArray()).map((group) => group.id).sort()).toEqual([...scope].sort());
    expect(await db.subLists.count()).toBe(0);
    expect(await db.supervisors.count()).toBe(1);

    const { user } = renderApp({ url: '/', session });
    expect(await screen.findByRole('heading', { level: 1, name: 'My groups' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Sections' });
    const links = within(nav)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(links).toEqual(['My groups', 'Manage Master List', 'Manage Groups', 'Activity', 'Sync issues']);

    await user.click(within(nav).getByRole('link', { name: 'Manage Groups' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Manage Groups' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Add New Group' })).not.toBeInTheDocument());
  });

  it('shows a typed address of an administrator’s page as not available', async () => {
    const { session } = await signedInSupervisor();
    renderApp({ url: '/sub-lists', session });
    expect(await screen.findByRole('heading', { name: 'Not available for your account' })).toBeInTheDocument();
    expect(screen.getByText(/This page is for administrators/)).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'My groups' })).toBeInTheDocument();
  });

  it('says it in French too', async () => {
    const { session } = await signedInSupervisor();
    renderApp({ url: '/import-export', session, locale: 'fr-CA' });
    expect(await screen.findByRole('heading', { name: 'Non offert pour votre compte' })).toBeInTheDocument();
    expect(screen.getByText(/Cette page est réservée aux administrateurs/)).toBeInTheDocument();
  });

  it('sees other groups’ scan entries locked, and keeps them as they are on Save', async () => {
    const { backend, session, db, scope } = await signedInSupervisor();
    const groups = await db.groups.toArray();
    const contacts = await db.contacts.toArray();
    const isMember = (group: Group) => (contact: (typeof contacts)[number]) =>
      contact.kind === 'subscriber' && group.memberIds.includes(contact.id);
    const own = groups.find((group) => contacts.some(isMember(group)))!;
    const subscriber = contacts.find(isMember(own)) as Subscriber;
    // An administrator puts the subscriber in a group outside the scope, scanning it at Priority 3.
    const outside = await backend.server.read(CREW.id, async (tx) =>
      (await tx.rowsAfter('groups', undefined, 10)).find((group) => !scope.includes(group.id)),
    );
    const other = backend.otherAdmin(CREW.id);
    await other.addMember(outside!.id, subscriber.id);
    await other.setScanning(subscriber.id, true, [{ groupId: outside!.id, priority: 'p3' }]);
    backend.faults.setOffline(false);
    expect(await new SyncEngine({ db, token: session.token }).syncUntilDone()).toBe('done');

    const { user } = renderApp({ url: `/subscribers/${subscriber.id}`, session });
    expect(await screen.findByText('A group you do not supervise')).toBeInTheDocument();
    expect(screen.getByText(/only an administrator can change it/)).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Enable Talkgroup Scanning' })).toBeDisabled();
    expect(screen.queryByRole('link', { name: /Options/ })).not.toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: own.name }));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect(((await db.contacts.get(subscriber.id)) as Subscriber).scanList).toEqual([
        { groupId: own.id, priority: 'normal' },
        { groupId: outside!.id, priority: 'p3' },
      ]),
    );
  });

  it('finds an offline edit on a group taken from it meanwhile in Sync issues, saying why', async () => {
    const { backend, session, db, scope } = await signedInSupervisor();
    const taken = (await db.groups.get(scope[0]!)) as Group;
    await mutate(db, { name: 'group.removeMembers', args: { id: taken.id, memberIds: [taken.memberIds[0]!] } });
    await backend.otherAdmin(CREW.id).apply({
      name: 'supervisor.removeGroups',
      args: { id: session.user.id, groupIds: [taken.id] },
    });
    backend.faults.setOffline(false);
    expect(await new SyncEngine({ db, token: session.token }).syncUntilDone()).toBe('done');
    expect(await db.groups.get(taken.id)).toBeUndefined();

    renderApp({ url: '/sync-issues', session, locale: 'fr-CA' });
    expect(
      await screen.findByText(
        'Non enregistré : un administrateur a retiré ce groupe de ceux que vous supervisez avant que votre modification parvienne au serveur; vous ne pouvez donc plus en modifier les membres.',
      ),
    ).toBeInTheDocument();
  });

  it('never shows an administrator’s button while its role is read from the device', async () => {
    const { session } = await signedInSupervisor();
    // Every state the page goes through, not only the last: a button that flashes then goes is caught.
    const flashed: string[] = [];
    const observer = new MutationObserver(() => {
      if (screen.queryByRole('link', { name: 'Add New Group' })) flashed.push('Add New Group');
      if (screen.queryByRole('link', { name: 'Manage Sub-Lists' })) flashed.push('Manage Sub-Lists');
    });
    observer.observe(document.body, { childList: true, subtree: true });
    onTestFinished(() => observer.disconnect());
    renderApp({ url: '/groups', session });
    expect(await screen.findByRole('heading', { level: 1, name: 'Manage Groups' })).toBeInTheDocument();
    expect(await screen.findAllByRole('link', { name: /.+/ })).not.toHaveLength(0);
    expect(flashed).toEqual([]);
  });

  it('learns its role from the server when its session began before roles, and keeps only what it may see', async () => {
    const { backend, session, db, scope } = await signedInSupervisor();
    // What a device signed in before roles holds: no role (so, administrator) and more than its groups.
    await db.meta.delete(META.role);
    const own = (await db.groups.get(scope[0]!)) as Group;
    await db.groups.put({ ...own, id: 'grp-not-mine', name: 'Pas à moi' });
    renderApp({ url: '/master-list', session });
    const nav = await screen.findByRole('navigation', { name: 'Sections' });
    expect(within(nav).getByRole('link', { name: 'Manage Sub-Lists' })).toBeInTheDocument();

    backend.faults.setOffline(false);
    window.dispatchEvent(new Event('focus'));
    await waitFor(() => expect(within(nav).queryByRole('link', { name: 'Manage Sub-Lists' })).not.toBeInTheDocument(), {
      timeout: 10_000,
    });
    expect(within(nav).getByRole('link', { name: 'My groups' })).toBeInTheDocument();
    expect((await db.meta.get(META.role))?.value).toBe('supervisor');
    await waitFor(async () =>
      expect((await db.groups.toArray()).map((group) => group.id).sort()).toEqual([...scope].sort()),
    );
  });
});
