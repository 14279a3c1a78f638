/**
 * Each fault of a flaky network, against the real mock back-end: the edits still reach
 * the server exactly once, in order, and the client ends equal to the server.
 */
import { describe, expect, it } from 'vitest';
import { API, type PushRequest, type PushResponse } from '../../../src/domain/protocol';
import type { Intent } from '../../../src/domain/intents';
import { apiRequest } from '../../../src/lib/api';
import type { SyncStep } from '../../../src/sync/engine';
import { Client, TENANT, serverView, signIn, useBackend } from './harness';

const holder = useBackend();

/** Three edits whose double application would show: a create twice is refused, so it would become a sync issue. */
async function threeEdits(client: Client): Promise<Intent[]> {
  const group = (await client.db.groups.toArray())[0]!;
  const intents: Intent[] = [
    { name: 'externalContact.create', args: { id: 'ext-new-1', name: 'Garage Lapointe', phone: '819 555 0101' } },
    { name: 'group.rename', args: { id: group.id, name: 'Équipe Nord' } },
    { name: 'group.addMembers', args: { id: group.id, memberIds: ['ext-new-1'] } },
  ];
  for (const intent of intents) await client.edit(intent);
  return intents;
}

/** Every edit applied once: no sync issue, nothing left queued, the server has each edit, the client equals the server. */
async function expectExactlyOnce(client: Client) {
  const { backend } = holder;
  expect(await client.db.syncIssues.toArray()).toEqual([]);
  expect(await client.db.outbox.count()).toBe(0);
  const server = await serverView(backend);
  expect(server.contacts).toContainEqual(expect.objectContaining({ id: 'ext-new-1', phone: '8195550101' }));
  expect(server.groups).toContainEqual(
    expect.objectContaining({ name: 'Équipe Nord', memberIds: expect.arrayContaining(['ext-new-1']) }),
  );
  const clientId = (await client.db.meta.get('clientId'))?.value as string;
  const applied = await backend.server.read(TENANT.id, (tx) =>
    Promise.all([1, 2, 3].map(async (seq) => (await tx.storedOutcome(clientId, seq))?.status)),
  );
  // The member is added to a group renamed by the edit before it: merged on a newer version.
  expect(applied).toEqual(['applied', 'applied', 'merged']);
  expect(await client.view()).toEqual(server);
}

async function syncedClient(options: ConstructorParameters<typeof Client>[1] = {}) {
  const client = new Client(await signIn(), options);
  expect(await client.sync()).toBe('done');
  return client;
}

describe('sync faults', () => {
  it('heals a response lost after the server committed: the retry is answered from the stored outcomes', async () => {
    const client = await syncedClient();
    await threeEdits(client);
    holder.backend.faults.loseNextResponses(1);
    expect(await client.sync()).toBe('done');
    expect(client.clock.sleeps).toHaveLength(1);
    await expectExactlyOnce(client);
  });

  it('applies a batch delivered twice only once', async () => {
    const client = await syncedClient();
    await threeEdits(client);
    const entries = await client.db.outbox.toArray();
    const request: PushRequest = {
      clientId: (await client.db.meta.get('clientId'))?.value as string,
      mutations: entries.map(({ seq, key, intent, base }) => ({ seq, key, intent, base })),
    };
    const send = () =>
      apiRequest<PushResponse>({ method: 'POST', path: API.mutations, body: request, token: client.token });
    const first = await send();
    const cursorAfterFirst = await holder.backend.server.read(TENANT.id, (tx) => tx.cursor());
    expect(await send()).toEqual(first);
    expect(await holder.backend.server.read(TENANT.id, (tx) => tx.cursor())).toBe(cursorAfterFirst);
    // The engine never stored those outcomes, so it sends the batch a third time.
    expect(await client.sync()).toBe('done');
    await expectExactlyOnce(client);
  });

  it('abandons a hanging request after its timeout and retries it', async () => {
    const client = await syncedClient({ requestTimeoutMs: 40 });
    await threeEdits(client);
    holder.backend.faults.setLatency(400);
    client.clock.onSleep = () => holder.backend.faults.setLatency(0);
    expect(await client.sync()).toBe('done');
    expect(client.engine.status.getState().connectivity).toBe('online');
    // Let the abandoned request reach the server too: it is answered from the stored outcomes.
    await new Promise((resolve) => setTimeout(resolve, 450));
    await expectExactlyOnce(client);
  });

  it('backs off exponentially with jitter through a burst of 5xx answers', async () => {
    const client = await syncedClient();
    await threeEdits(client);
    holder.backend.faults.failNext(4, 500);
    expect(await client.sync()).toBe('done');
    // The instant clock's jitter is 0.5: half the ceiling plus a quarter.
    expect(client.clock.sleeps).toEqual([750, 1500, 3000, 6000]);
    await expectExactlyOnce(client);
  });

  it('waits at least as long as a 429’s Retry-After', async () => {
    const client = await syncedClient();
    await threeEdits(client);
    holder.backend.faults.setErrorRate(0, { retryAfterSeconds: 7 });
    holder.backend.faults.failNext(1, 429);
    expect(await client.sync()).toBe('done');
    expect(client.clock.sleeps).toEqual([7000]);
    await expectExactlyOnce(client);
  });

  it('counts a network failure as offline, and resumes when the network returns', async () => {
    const client = await syncedClient();
    await threeEdits(client);
    holder.backend.faults.setOffline(true);
    const seen: string[] = [];
    client.clock.onSleep = (count) => {
      seen.push(client.engine.status.getState().connectivity);
      if (count === 3) holder.backend.faults.setOffline(false);
    };
    expect(await client.sync()).toBe('done');
    expect(seen).toEqual(['offline', 'offline', 'offline']);
    expect(client.engine.status.getState().connectivity).toBe('online');
    await expectExactlyOnce(client);
  });

  it('pauses on a 401 in the middle of the queue, keeps the queue, and finishes after a new sign-in', async () => {
    const client = await syncedClient({ batchSize: 1 });
    await threeEdits(client);
    let pushes = 0;
    client.freshEngine({
      beforeStep: async (step) => {
        if (step === 'push' && ++pushes === 2) {
          await apiRequest({ method: 'DELETE', path: API.session, token: client.token });
        }
      },
    });
    expect(await client.sync()).toBe('needsSignIn');
    expect(client.engine.status.getState()).toMatchObject({ needsSignIn: true, phase: 'paused' });
    expect(await client.db.outbox.count()).toBe(3);
    expect(await holder.backend.server.read(TENANT.id, (tx) => tx.get('contacts', 'ext-new-1'))).toBeDefined();

    const again = new Client(await signIn(), { batchSize: 1 });
    Object.assign(again, { db: client.db });
    expect(await again.freshEngine().syncUntilDone()).toBe('done');
    await expectExactlyOnce(again);
  });

  it('recovers when the tab dies at any step of a sync, with a fresh engine on the same database', async () => {
    // Each round makes its own edits (fresh ids), before the first sync: the snapshot must not lose them.
    const round = async (label: number, beforeStep: (step: SyncStep) => void) => {
      const client = new Client(await signIn(), { snapshotPageSize: 4 });
      const id = `ext-round-${label}`;
      await client.edit({
        name: 'externalContact.create',
        args: { id, name: `Garage ${label}`, phone: `819 555 0${String(label).padStart(3, '0')}` },
      });
      await client.edit({
        name: 'subList.create',
        args: { id: `list-${label}`, name: `Liste ${label}`, memberIds: [id] },
      });
      client.freshEngine({ beforeStep });
      return { client, id };
    };
    const steps: SyncStep[] = [];
    const probe = await round(999, (step) => void steps.push(step));
    expect(await probe.client.sync()).toBe('done');
    expect(new Set(steps)).toEqual(new Set(['snapshot', 'push', 'pull', 'commit']));

    for (let dieAt = 0; dieAt < steps.length; dieAt++) {
      let count = 0;
      const { client, id } = await round(dieAt, () => {
        if (count++ === dieAt) throw new Error('the tab was closed');
      });
      await expect(client.sync()).rejects.toThrow('the tab was closed');
      client.freshEngine();
      expect(await client.sync()).toBe('done');
      expect(await client.db.syncIssues.count()).toBe(0);
      expect(await client.db.outbox.count()).toBe(0);
      expect(await client.view()).toEqual(await serverView(holder.backend));
      expect((await client.get('subLists', `list-${dieAt}`))?.memberIds).toEqual([id]);
    }
  });
});
