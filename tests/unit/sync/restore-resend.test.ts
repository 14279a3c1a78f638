/**
 * "Keep mine" on a conflict while the device loads the data again after a server restore (the
 * recovery dropped the rows): the edit is queued as it is, applied once the rows are back, and
 * judged by the server — it reaches it, or comes back as an issue with the server's own reason;
 * never nowhere. The same decision once the data is loaded still says why it cannot be kept.
 */
import { describe, expect, it } from 'vitest';
import { resendIssue, type Resent } from '../../../src/db/outbox/append';
import { IntentRejected } from '../../../src/domain/outcomes';
import { Client, serverRow, syncedClient, TENANT, useBackend } from './harness';

const holder = useBackend();
const otherAdmin = () => holder.backend.otherAdmin(TENANT.id);

/** A device whose rename of a group met another admin's: one conflict issue. */
async function conflicted(): Promise<{ client: Client; groupId: string }> {
  const client = await syncedClient();
  const groupId = (await client.db.groups.toArray())[0]!.id;
  await client.edit({ name: 'group.rename', args: { id: groupId, name: 'Équipe Nord' } });
  await otherAdmin().renameGroup(groupId, 'Équipe Sud');
  expect(await client.sync()).toBe('done');
  expect((await client.db.syncIssues.toArray()).map((issue) => issue.outcome.status)).toEqual(['conflict']);
  return { client, groupId };
}

/** The server is restored `back` changes, `meanwhile` runs, and "Keep mine" is clicked before the reload's first page. */
async function keepMineDuringReload(client: Client, back: number, meanwhile: () => Promise<unknown> = async () => {}) {
  await holder.backend.disasters.restoreBackup(TENANT.id, back);
  await meanwhile();
  let resent: Resent | undefined;
  client.freshEngine({
    beforeStep: async (step) => {
      if (step !== 'snapshot' || resent) return;
      expect(await client.db.groups.count()).toBe(0);
      resent = await resendIssue(client.db, (await client.db.syncIssues.toArray())[0]!);
    },
  });
  expect(await client.sync()).toBe('done');
  expect(resent?.whenReloaded).toBe(true);
}

describe('Keep mine while the data loads again after a server restore', () => {
  it('the restore kept their name: mine replaces it, here and on the server', async () => {
    const { client, groupId } = await conflicted();
    await keepMineDuringReload(client, 0);
    expect((await serverRow(holder.backend, 'groups', groupId))?.name).toBe('Équipe Nord');
    expect((await client.get('groups', groupId))?.name).toBe('Équipe Nord');
    expect(await client.db.syncIssues.count()).toBe(0);
    expect(await client.db.outbox.count()).toBe(0);
  });

  it('the restore undid their rename: mine stands over the name the backup held', async () => {
    const { client, groupId } = await conflicted();
    const original = (await serverRow(holder.backend, 'groups', groupId))?.version;
    await keepMineDuringReload(client, 1, async () => {
      const restored = await serverRow(holder.backend, 'groups', groupId);
      expect(restored?.name).not.toBe('Équipe Sud');
      expect(restored?.version).toBeLessThan(original!);
    });
    expect((await serverRow(holder.backend, 'groups', groupId))?.name).toBe('Équipe Nord');
    expect(await client.db.syncIssues.count()).toBe(0);
  });

  it('another admin deleted the group after the restore: the edit comes back as an issue saying so', async () => {
    const { client, groupId } = await conflicted();
    await keepMineDuringReload(client, 0, () => otherAdmin().deleteGroup(groupId));
    expect(await client.db.syncIssues.toArray()).toEqual([
      expect.objectContaining({
        intent: { name: 'group.rename', args: { id: groupId, name: 'Équipe Nord' } },
        outcome: expect.objectContaining({ status: 'rejected', reason: 'notFound' }),
      }),
    ]);
    expect(await client.db.outbox.count()).toBe(0);
  });

  it('once the data is loaded, a group really gone is said to be gone, and the issue stays', async () => {
    const { client, groupId } = await conflicted();
    await otherAdmin().deleteGroup(groupId);
    expect(await client.sync()).toBe('done');
    const [issue] = await client.db.syncIssues.toArray();
    await expect(resendIssue(client.db, issue!)).rejects.toBeInstanceOf(IntentRejected);
    expect(await client.db.syncIssues.count()).toBe(1);
    expect(await client.db.outbox.count()).toBe(0);
  });
});
