/**
 * A sync issue acted on while the device loads the data again after the server was restored
 * from a backup: the restore's recovery drops the rows, and "Keep mine" or "Try again" clicked
 * before the reload brings the edit's row back must neither lose the edit nor blame another
 * admin for a row that is only not loaded yet. Through the real app and the real mock back-end.
 */
import { describe, expect, it } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../render';
import { holdNextGet } from './hold-request';
import { signedInTenant, type SignedInTenant } from '../../tenant';
import { mutate, nudgeSync } from '../../../src/db/outbox/append';
import type { Intent } from '../../../src/domain/intents';

// Two cores shared by several suites: give the live queries and the sync time.
configure({ asyncUtilTimeout: 10_000 });

const serverRow = (tenant: SignedInTenant, table: 'contacts' | 'groups', id: string) =>
  tenant.backend.server.read(tenant.session.tenant.id, (tx) => tx.get(table, id));

/**
 * The device's `intent` ends as a sync issue (`meanwhile` makes the server answer it so), shown on
 * the Sync issues page; then the server is restored and the device's reload is held at its first page.
 */
async function issueThenRestore(
  intent: (tenant: SignedInTenant) => Intent,
  meanwhile: (tenant: SignedInTenant) => Promise<unknown>,
  title: RegExp,
) {
  const tenant = await signedInTenant();
  const entry = await mutate(tenant.db, intent(tenant));
  await meanwhile(tenant);
  if ((await tenant.db.outbox.get(entry.seq))?.key !== entry.key) throw new Error('the edit was not queued');
  tenant.backend.faults.setOffline(false);
  const { user } = renderApp({ url: '/sync-issues', session: tenant.session });
  const item = await screen.findByRole('listitem', { name: title });
  tenant.backend.faults.reset();
  const reload = holdNextGet(tenant, '*/api/snapshot');
  await tenant.backend.disasters.restoreBackup(tenant.session.tenant.id, 0);
  nudgeSync(tenant.db);
  await reload.reached;
  return { tenant, user, item, reload };
}

describe('a sync issue acted on while the data loads again after a server restore', () => {
  it('Keep mine on a conflict: said to wait for the data, never “deleted”, and sent once the rows are back', async () => {
    const { tenant, user, item, reload } = await issueThenRestore(
      (tenant) => ({ name: 'group.rename', args: { id: tenant.rows.groups[0]!.id, name: 'Équipe Nord' } }),
      (tenant) =>
        tenant.backend.otherAdmin(tenant.session.tenant.id).renameGroup(tenant.rows.groups[0]!.id, 'Équipe Sud'),
      /^Conflict /,
    );
    const id = tenant.rows.groups[0]!.id;
    // The recovery dropped the rows: the group is not here until the reload brings it back.
    expect(await tenant.db.groups.get(id)).toBeUndefined();
    await user.click(within(item).getByRole('button', { name: 'Keep mine' }));
    expect(
      await screen.findByText('Your version will be sent once this device has reloaded the data.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    reload.release();
    await waitFor(async () => expect((await serverRow(tenant, 'groups', id))?.name).toBe('Équipe Nord'));
    await waitFor(async () => expect(await tenant.db.syncIssues.count()).toBe(0));
    expect(await screen.findByText('No sync issues: every edit reached the server.')).toBeInTheDocument();
  });

  it('Try again on an edit the server refused (400): queued, never “deleted”, and it reaches the server once the rows are back', async () => {
    let external!: string;
    const { tenant, user, item, reload } = await issueThenRestore(
      (tenant) => {
        external = tenant.rows.contacts.find((contact) => contact.kind === 'external')!.id;
        return { name: 'externalContact.update', args: { id: external, name: 'Garage Côté' } };
      },
      async (tenant) => {
        const [entry] = await tenant.db.outbox.toArray();
        tenant.backend.faults.refuseEdit(entry!.key);
      },
      /^Not saved /,
    );
    expect(await tenant.db.contacts.get(external)).toBeUndefined();
    await user.click(within(item).getByRole('button', { name: 'Try again' }));
    expect(
      await screen.findByText('The edit will be sent again once this device has reloaded the data.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    reload.release();
    await waitFor(async () => expect((await serverRow(tenant, 'contacts', external))?.name).toBe('Garage Côté'));
    await waitFor(async () => expect((await tenant.db.contacts.get(external))?.name).toBe('Garage Côté'));
    expect(await tenant.db.syncIssues.count()).toBe(0);
  });
});
