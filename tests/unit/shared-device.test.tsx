/**
 * A shared tablet forgets the last person (issue 17): the token lives in the tenant's
 * database, not in localStorage; Exit removes that database when nothing waits, and when
 * edits wait offers to wait for them, keep them, or discard them; the sign-in page can
 * remove what an earlier person kept. A session the server ends keeps the waiting edits for the
 * next sign-in.
 */
import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { Dexie } from 'dexie';
import { renderApp } from '../render';
import { signedInTenant, type SignedInTenant } from '../tenant';
import { mutate } from '../../src/db/outbox/append';
import { META } from '../../src/db/database';
import { restoreSession, useSessionStore } from '../../src/features/session/session-store';
import { SyncEngine } from '../../src/sync/engine';
import { API } from '../../src/domain/protocol';
import { apiRequest } from '../../src/lib/api';

const everythingInLocalStorage = () =>
  Array.from({ length: localStorage.length }, (_, index) => localStorage.getItem(localStorage.key(index) ?? '')).join();

/** Exit, once it is enabled (it waits for the count of waiting edits, a moment). */
async function exitButton() {
  const button = await screen.findByRole('button', { name: 'Exit' });
  await waitFor(() => expect(button).toBeEnabled());
  return button;
}

/**
 * A signed-in tenant whose first group has these renames waiting (offline), on the Groups
 * page with Exit's dialog open. `beforeEdits` runs first (another admin's edit, …).
 */
async function exitWithEditsWaiting(names: string[], beforeEdits?: (tenant: SignedInTenant) => Promise<unknown>) {
  const tenant = await signedInTenant();
  const { db, session } = tenant;
  const group = (await db.groups.toArray())[0]!;
  await beforeEdits?.(tenant);
  for (const name of names) await mutate(db, { name: 'group.rename', args: { id: group.id, name } });
  const { user } = renderApp({ url: '/groups', session });
  await user.click(await exitButton());
  const dialog = await screen.findByRole('alertdialog', { name: 'Edits are still waiting' });
  return { ...tenant, group, user, dialog };
}

async function signInThroughThePage() {
  const tenant = await signedInTenant('small-business', { online: true });
  const view = renderApp({ url: '/sign-in' });
  await view.user.type(await screen.findByLabelText('Username'), 'admin@gagnon.demo');
  await view.user.type(screen.getByLabelText('Password'), 'demo');
  await view.user.click(screen.getByRole('button', { name: 'Sign in' }));
  expect(await screen.findByRole('heading', { name: 'Manage Master List' })).toBeInTheDocument();
  const session = useSessionStore.getState().session;
  if (!session) throw new Error('not signed in');
  return { ...tenant, ...view, session };
}

describe('the session on a shared device', () => {
  it('keeps the token in the tenant’s database, never in localStorage, and finds it again after a reload', async () => {
    const { db, session } = await signInThroughThePage();
    expect(everythingInLocalStorage()).not.toContain(session.token);
    expect((await db.meta.get(META.sessionToken))?.value).toBe(session.token);
    // A reload: the tab starts with nothing in memory.
    useSessionStore.setState({ session: null });
    expect(await restoreSession()).toEqual(session);
  });

  it('drops a session kept in localStorage the old way, token and all', async () => {
    localStorage.setItem('ptt-admin.session', JSON.stringify({ state: { session: { token: 'old-secret' } } }));
    renderApp({ url: '/groups' });
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(everythingInLocalStorage()).not.toContain('old-secret');
  });

  it('Exit with nothing waiting removes the tenant’s data, its activity log included, from this device', async () => {
    const { db, session, backend, user } = await signInThroughThePage();
    // Another admin's edit, fetched into this device's activity log by a sync.
    await backend.otherAdmin(session.tenant.id).createGroup('Équipe Ouest');
    expect(await new SyncEngine({ db, token: session.token }).syncUntilDone()).toBe('done');
    expect(await db.activity.count()).toBeGreaterThan(0);
    db.close(); // the test's own connection: the app's Exit must not wait for it
    await user.click(await exitButton());
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    await expect.poll(() => Dexie.exists(db.name)).toBe(false);
    expect((await indexedDB.databases()).map((database) => database.name)).not.toContain(db.name);
    expect(everythingInLocalStorage()).not.toContain('Équipe Ouest');
    useSessionStore.setState({ session: null });
    expect(await restoreSession()).toBeNull();
    expect(everythingInLocalStorage()).not.toContain(session.tenant.id);
  });

  it('Exit with edits waiting can wait until they are sent, then removes the data', async () => {
    const { db, session, backend, group, user, dialog } = await exitWithEditsWaiting(['Équipe Nord']);
    db.close();
    await user.click(within(dialog).getByRole('button', { name: 'Wait until the edit is sent, then exit' }));
    expect(await screen.findByText('Exit once 1 edit is sent…')).toBeInTheDocument();
    expect(await Dexie.exists(db.name)).toBe(true);

    backend.faults.setOffline(false);
    window.dispatchEvent(new Event('online'));
    expect(await screen.findByRole('heading', { name: 'Sign in' }, { timeout: 10_000 })).toBeInTheDocument();
    await expect.poll(() => Dexie.exists(db.name)).toBe(false);
    const renamed = await backend.server.read(session.tenant.id, (tx) => tx.get('groups', group.id));
    expect(renamed?.name).toBe('Équipe Nord');
  });

  it('waiting to exit stops, signed in, when the server refuses one of the edits', async () => {
    // Another admin takes the name first: the server will refuse this rename.
    const { db, backend, user, dialog } = await exitWithEditsWaiting(['Équipe Nord'], ({ backend, session }) =>
      backend.otherAdmin(session.tenant.id).createGroup('Équipe Nord'),
    );
    db.close();
    await user.click(within(dialog).getByRole('button', { name: 'Wait until the edit is sent, then exit' }));

    backend.faults.setOffline(false);
    window.dispatchEvent(new Event('online'));
    expect(
      await screen.findByText(
        'The server refused an edit: see “Sync issues” before you exit. You are still signed in.',
        {},
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument();
    // The header counts the issue once its own read of the store catches up.
    expect(await screen.findByRole('link', { name: '1 sync issue' }, { timeout: 5_000 })).toBeInTheDocument();
    expect(await Dexie.exists(db.name)).toBe(true);
  });

  it('Exit with edits waiting can discard them with the data, after saying how many', async () => {
    const { db, user, dialog } = await exitWithEditsWaiting(['Équipe Nord', 'Équipe Sud']);
    db.close();
    expect(dialog).toHaveTextContent('2 edits have not reached the server yet.');
    await user.click(within(dialog).getByRole('button', { name: 'Discard the 2 edits and remove my data' }));
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    await expect.poll(() => Dexie.exists(db.name)).toBe(false);
  });

  it('a session the server ended keeps the waiting edit, asks to sign in again, then sends it', async () => {
    const { db, session, backend, user } = await signInThroughThePage();
    const group = (await db.groups.toArray())[0]!;
    // Another device (or the server's admin tool) ends this session; then an edit is made here.
    await apiRequest({ method: 'DELETE', path: API.session, token: session.token });
    await mutate(db, { name: 'group.rename', args: { id: group.id, name: 'Équipe Nord' } });
    window.dispatchEvent(new Event('focus'));

    const prompt = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(prompt).toHaveTextContent(
      'Your session has ended. Sign in again to send your edits; they are kept on this device.',
    );
    await user.click(within(prompt).getByRole('button', { name: 'Sign in again' }));
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(await db.outbox.count()).toBe(1);
    expect(await db.meta.get(META.sessionToken)).toBeUndefined();

    await user.type(screen.getByLabelText('Username'), 'admin@gagnon.demo');
    await user.type(screen.getByLabelText('Password'), 'demo');
    await user.click(screen.getByRole('button', { name: 'Sign in' }));
    await expect
      .poll(() => backend.server.read(session.tenant.id, (tx) => tx.get('groups', group.id)).then((row) => row?.name), {
        timeout: 10_000,
      })
      .toBe('Équipe Nord');
    await expect.poll(() => db.outbox.count()).toBe(0);
  });

  it('keeps the data for the next sign-in when asked, without the token; the sign-in page can remove it', async () => {
    const { db, user, dialog } = await exitWithEditsWaiting(['Équipe Nord']);
    await user.click(within(dialog).getByRole('button', { name: 'Exit and keep the edit for my next sign-in' }));

    const kept = await screen.findByRole('region', { name: 'Data kept on this device' });
    expect(kept).toHaveTextContent('with 1 edit not yet sent to the server');
    expect(await db.outbox.count()).toBe(1);
    expect(await db.meta.get(META.sessionToken)).toBeUndefined();
    db.close();

    await user.click(within(kept).getByRole('button', { name: 'Remove the data from this device' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Remove the data kept on this device?' });
    expect(confirm).toHaveTextContent('1 edit that has not reached the server will be lost.');
    await user.click(within(confirm).getByRole('button', { name: 'Remove the data from this device' }));
    expect(await screen.findByText('No data of earlier sessions is left on this device.')).toBeInTheDocument();
    expect(await Dexie.exists(db.name)).toBe(false);
  });
});
