/**
 * The reproductions of issue 15 that concern the sync engine and the server (1–3), each as
 * the review ran it against the code before the fix: a replay with other content, a server
 * that lost its state (three ways), a 4xx that is not 401. The others live beside what they
 * test: 4 (a full disk) in the forms' and indicator's tests, 5 (a rejected create) in the Sync
 * issues tests, 6 (a schema upgrade) in src/db/migration.test.ts.
 */
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { createTestBackend } from '../../../mocks/node';
import { hashToken } from '../../../server/core/sessions';
import { API, type PushRequest } from '../../../src/domain/protocol';
import { apiRequest } from '../../../src/lib/api';
import {
  externalContact,
  sendEach,
  serverRow,
  serverView,
  signIn,
  syncedClient,
  TENANT,
  useBackend,
  watchdog,
} from './harness';

const holder = useBackend();

/**
 * The server loses everything: a fresh one, seeded the same way, takes over. With `session`,
 * the client's session survives (as if sessions lived apart from the data); otherwise the
 * client must sign in again.
 */
async function resetServer(session?: { token: string; accountIndex?: number }) {
  holder.backend.msw.close();
  holder.backend = createTestBackend({ tenants: [TENANT] });
  watchdog.watch(holder.backend.msw);
  holder.backend.msw.listen({ onUnhandledRequest: 'error' });
  if (!session) return;
  const tokenHash = await hashToken(session.token);
  await holder.backend.server.storage.transaction((tx) =>
    tx.putSession({
      tokenHash,
      tenantId: TENANT.id,
      accountId: `${TENANT.id}-user-${(session.accountIndex ?? 0) + 1}`,
      expiresAt: Date.now() + 86_400_000,
    }),
  );
}

describe('issue 15, reproduction 1: a replay with other content', () => {
  it('the server refuses a sequence number replayed with another key, and applies nothing', async () => {
    const client = await syncedClient();
    const group = (await client.db.groups.toArray())[0]!;
    const push = (body: PushRequest) => apiRequest({ method: 'POST', path: API.mutations, body, token: client.token });
    await push({
      clientId: 'probe',
      mutations: [
        {
          seq: 1,
          key: 'probe-edit-a',
          intent: { name: 'subList.create', args: { id: 's-new', name: 'Liste', memberIds: [] } },
          base: null,
        },
      ],
    });
    const replay = push({
      clientId: 'probe',
      mutations: [
        { seq: 1, key: 'probe-edit-b', intent: { name: 'group.delete', args: { id: group.id } }, base: null },
      ],
    });
    await expect(replay).rejects.toMatchObject({ status: 409, body: { reason: 'sequenceReused', seq: 1 } });
    expect(await serverRow(holder.backend, 'groups', group.id)).toBeDefined();
  });

  it('a device restored from an older copy of its profile loses no new edit', async () => {
    const client = await syncedClient();
    const olderCopy = await client.copyProfile();
    await sendEach(client, [externalContact('ext-before', '8195550101')]);
    await olderCopy.restore();
    // The restored profile numbers its next edit 1 again: a number the server has seen.
    await sendEach(client, [externalContact('ext-after', '8195550102')]);
    expect(await serverRow(holder.backend, 'contacts', 'ext-after')).toMatchObject({ phone: '8195550102' });
    expect(await serverRow(holder.backend, 'contacts', 'ext-before')).toBeDefined();
    expect(await client.db.outbox.count()).toBe(0);
    expect(await client.db.syncIssues.count()).toBe(0);
    expect(await client.view()).toEqual(await serverView(holder.backend));
  });
});

describe('issue 15, reproduction 2: the server lost its state', () => {
  it('(a) three acknowledged edits, a server reset, a new sign-in and one more edit: all four reach the server', async () => {
    const client = await syncedClient();
    for (const [index, phone] of ['8195550101', '8195550102', '8195550103'].entries())
      await client.edit(externalContact(`ext-${index}`, phone));
    expect(await client.sync()).toBe('done');
    await resetServer();
    client.signedInAgain(await signIn());
    await client.edit(externalContact('ext-3', '8195550104'));
    expect(await client.sync()).toBe('done');
    for (const index of [0, 1, 2, 3]) expect(await serverRow(holder.backend, 'contacts', `ext-${index}`)).toBeDefined();
    expect(await client.db.outbox.count()).toBe(0);
    expect(await client.view()).toEqual(await serverView(holder.backend));
  });

  it('(b) a client whose cursor is ahead of the new server’s catches up with it and sees another admin’s rename', async () => {
    const client = await syncedClient();
    await client.edit(externalContact('ext-kept', '8195550101'));
    expect(await client.sync()).toBe('done');
    await resetServer();
    client.signedInAgain(await signIn());
    const group = (await client.db.groups.toArray())[0]!;
    await holder.backend.otherAdmin(TENANT.id).renameGroup(group.id, 'Renommé ailleurs');
    expect(await client.sync()).toBe('done');
    expect((await client.get('groups', group.id))?.name).toBe('Renommé ailleurs');
    expect(await serverRow(holder.backend, 'contacts', 'ext-kept')).toBeDefined();
    expect(await client.view()).toEqual(await serverView(holder.backend));
  });

  it('(c) a server reset between push and pull: the edit settles, and the engine never loops without a wait', async () => {
    const client = await syncedClient();
    await client.edit(externalContact('ext-new', '8195550101'));
    client.freshEngineBeforePull(() => resetServer({ token: client.token }));
    expect(await client.sync()).toBe('done');
    expect(await serverRow(holder.backend, 'contacts', 'ext-new')).toBeDefined();
    expect(await client.db.outbox.count()).toBe(0);
    expect(await client.view()).toEqual(await serverView(holder.backend));
  });
});

describe('issue 15, reproduction 3: a 4xx other than 401', () => {
  it('a push refused with 400 becomes a sync issue with the server’s reason; the queue goes on', async () => {
    const client = await syncedClient();
    await client.edit(externalContact('ext-refused', '8195550101'));
    holder.backend.msw.use(
      http.post('*/api/mutations', () =>
        HttpResponse.json({ reason: 'malformed', message: 'refused by the gateway' }, { status: 400 }),
      ),
    );
    expect(await client.sync()).toBe('done');
    expect(await client.db.outbox.count()).toBe(0);
    expect(await client.db.syncIssues.toArray()).toEqual([
      expect.objectContaining({
        intent: externalContact('ext-refused', '8195550101'),
        outcome: expect.objectContaining({
          status: 'rejected',
          reason: 'refused',
          detail: { status: 400, message: 'refused by the gateway' },
        }),
      }),
    ]);
    expect(await client.get('contacts', 'ext-refused')).toBeUndefined();
    expect(client.clock.sleeps.length).toBeLessThan(5);
  });
});
