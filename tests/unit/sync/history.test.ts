/**
 * When the server's history is not the one a device knew — restored from a backup, failed
 * over to a standby behind it, wiped and seeded again, or cut back with no new generation —
 * and when a device's own data goes back in time: the device loads the data again, sends
 * what the new history lacks (and nothing it still has), tells the user, and ends equal to
 * the server.
 */
import { describe, expect, it } from 'vitest';
import type { Recovery } from '../../../src/sync/rebootstrap';
import {
  Client,
  expectOneRejection,
  externalContact,
  sendEach,
  serverRow,
  serverView,
  syncedClient,
  TENANT,
  useBackend,
} from './harness';

const holder = useBackend();

const recoveryOf = async (client: Client) => (await client.db.meta.get('recovery'))?.value as Recovery | undefined;
const clientIdOf = async (client: Client) => (await client.db.meta.get('clientId'))?.value as string;

async function expectEqualToServer(client: Client) {
  expect(await client.db.outbox.count()).toBe(0);
  expect(await client.view()).toEqual(await serverView(holder.backend));
}

describe('the server restored from a backup', () => {
  it('sends again exactly the acknowledged edits after the backup, under a new client id, and says so', async () => {
    const client = await syncedClient();
    await sendEach(client, [
      externalContact('x-1', '8195550101'),
      externalContact('x-2', '8195550102'),
      externalContact('x-3', '8195550103'),
    ]);
    const before = await clientIdOf(client);
    await holder.backend.disasters.restoreBackup(TENANT.id, 2);
    expect(await serverRow(holder.backend, 'contacts', 'x-2')).toBeUndefined();
    await client.edit(externalContact('x-4', '8195550104'));
    expect(await client.sync()).toBe('done');

    for (const id of ['x-1', 'x-2', 'x-3', 'x-4'])
      expect(await serverRow(holder.backend, 'contacts', id)).toBeDefined();
    expect(await client.db.syncIssues.count()).toBe(0);
    expect(await recoveryOf(client)).toMatchObject({ cause: 'server', resent: 2 });
    expect(await clientIdOf(client)).not.toBe(before);
    await expectEqualToServer(client);
  });

  it('the activity held here is fetched again from the restored server: none of the lost history stays', async () => {
    const client = await syncedClient();
    await sendEach(client, [externalContact('x-1', '8195550101'), externalContact('x-2', '8195550102')]);
    // An entry of the history the restore loses, numbered past what the restored server has.
    const held = (await client.db.activity.orderBy('id').last())!;
    await client.db.activity.put({ ...held, id: held.id + 100 });
    await holder.backend.disasters.restoreBackup(TENANT.id, 1);
    expect(await client.sync()).toBe('done');

    const onServer = await holder.backend.server.read(TENANT.id, (tx) => tx.activity({ limit: 1_000 }));
    expect((await client.db.activity.orderBy('id').reverse().toArray()).map((entry) => entry.id)).toEqual(
      onServer.map((entry) => entry.id),
    );
  });

  it('a failover to a standby one change behind loses nothing, including an edit answered but not yet settled', async () => {
    const client = await syncedClient();
    await sendEach(client, [externalContact('x-1', '8195550101')]);
    await client.edit(externalContact('x-2', '8195550102'));
    // The push is answered, then the server fails over before the pull settles it.
    client.freshEngineBeforePull(() => holder.backend.disasters.restoreBackup(TENANT.id, 1));
    expect(await client.sync()).toBe('done');
    expect(await serverRow(holder.backend, 'contacts', 'x-1')).toBeDefined();
    expect(await serverRow(holder.backend, 'contacts', 'x-2')).toBeDefined();
    expect(await recoveryOf(client)).toMatchObject({ resent: 1 });
    await expectEqualToServer(client);
  });

  it('a wipe: every edit of the window is sent again; one about a row the new data lacks is listed with its reason', async () => {
    const { result } = await holder.backend.otherAdmin(TENANT.id).createExternalContact('Pneus Côté', '8195550109');
    const client = await syncedClient();
    const theirs = (await client.db.contacts.where('phone').equals('8195550109').first())!;
    expect(result.status).toBe('applied');
    await sendEach(client, [
      externalContact('x-1', '8195550101'),
      { name: 'externalContact.update', args: { id: 'x-1', name: 'Garage Lapointe' } },
      { name: 'externalContact.update', args: { id: theirs.id, name: 'Pneus Côté inc.' } },
    ]);
    const group = (await client.db.groups.toArray())[0]!;
    await client.edit({ name: 'group.rename', args: { id: group.id, name: 'Équipe Nord' } });
    await holder.backend.disasters.wipe(TENANT.id);
    expect(await client.sync()).toBe('done');
    expect(await serverRow(holder.backend, 'contacts', 'x-1')).toMatchObject({ name: 'Garage Lapointe' });
    expect((await serverRow(holder.backend, 'groups', group.id))?.name).toBe('Équipe Nord');
    await expectOneRejection(client, 'Pneus Côté', 'notFound');
    expect(await recoveryOf(client)).toMatchObject({ cause: 'server', resent: 3 });
    await expectEqualToServer(client);
  });

  it('re-sent edits are judged by value: another admin’s change made after the restore is a conflict, not overwritten', async () => {
    const client = await syncedClient();
    const group = (await client.db.groups.toArray())[0]!;
    await sendEach(client, [{ name: 'group.rename', args: { id: group.id, name: 'Équipe Nord' } }]);
    await holder.backend.disasters.restoreBackup(TENANT.id, 1);
    await holder.backend.otherAdmin(TENANT.id).renameGroup(group.id, 'Équipe Sud');
    expect(await client.sync()).toBe('done');
    expect((await serverRow(holder.backend, 'groups', group.id))?.name).toBe('Équipe Sud');
    expect(await client.db.syncIssues.toArray()).toEqual([
      expect.objectContaining({
        mine: { name: 'Équipe Nord' },
        outcome: expect.objectContaining({
          status: 'conflict',
          server: expect.objectContaining({ fields: { name: 'Équipe Sud' } }),
        }),
      }),
    ]);
    await expectEqualToServer(client);
  });

  it('cut back without a new generation: the device notices by itself and sends only what the server lost', async () => {
    const client = await syncedClient();
    await sendEach(client, [externalContact('x-1', '8195550101'), externalContact('x-2', '8195550102')]);
    await holder.backend.disasters.restoreBackup(TENANT.id, 1, { declare: false });
    expect(await client.sync()).toBe('done');
    expect(await serverRow(holder.backend, 'contacts', 'x-2')).toBeDefined();
    // x-1 was kept: sending it again would have been refused as a duplicate create.
    expect(await client.db.syncIssues.count()).toBe(0);
    expect(await recoveryOf(client)).toMatchObject({ resent: 1 });
    await expectEqualToServer(client);
  });

  it('an acknowledged edit older than the window is let go: a restore before it does not bring it back', async () => {
    const client = await syncedClient();
    const start = Date.now();
    client.clock.now = () => start;
    await sendEach(client, [externalContact('x-old', '8195550101')]);
    client.clock.now = () => start + 8 * 86_400_000;
    await sendEach(client, [externalContact('x-new', '8195550102')]);
    expect((await client.db.acknowledged.toArray()).map((edit) => edit.intent.args)).toEqual([
      expect.objectContaining({ id: 'x-new' }),
    ]);
    await holder.backend.disasters.restoreBackup(TENANT.id, 2);
    expect(await client.sync()).toBe('done');
    expect(await serverRow(holder.backend, 'contacts', 'x-new')).toBeDefined();
    expect(await serverRow(holder.backend, 'contacts', 'x-old')).toBeUndefined();
    await expectEqualToServer(client);
  });
});

describe('a device’s data put back from an older copy', () => {
  it('edits numbered again are sent under a new client id; the ones the server has are not applied twice', async () => {
    const client = await syncedClient();
    await client.edit(externalContact('x-1', '8195550101'));
    const copy = await client.copyProfile();
    await sendEach(client, [externalContact('x-forgotten', '8195550103')]);
    await copy.restore();
    // Numbered 2, as x-forgotten was: the server refuses the number, and the device starts over.
    await sendEach(client, [externalContact('x-2', '8195550102')]);
    expect(await serverRow(holder.backend, 'contacts', 'x-2')).toBeDefined();
    // x-1 came back as waiting: the server answered it from its outcome, no duplicate create.
    expect(await client.db.syncIssues.count()).toBe(0);
    expect(await recoveryOf(client)).toMatchObject({ cause: 'device' });
    await expectEqualToServer(client);
  });

  it('a copy older than a server restore: both recoveries, and the edits the copy holds reach the server', async () => {
    const client = await syncedClient();
    await sendEach(client, [externalContact('x-1', '8195550101')]);
    await client.edit(externalContact('x-2', '8195550102'));
    const copy = await client.copyProfile();
    expect(await client.sync()).toBe('done');
    await holder.backend.disasters.restoreBackup(TENANT.id, 2);
    expect(await client.sync()).toBe('done');
    await copy.restore();
    expect(await client.sync()).toBe('done');
    for (const id of ['x-1', 'x-2']) expect(await serverRow(holder.backend, 'contacts', id)).toBeDefined();
    expect(await client.db.syncIssues.count()).toBe(0);
    await expectEqualToServer(client);
  });
});
