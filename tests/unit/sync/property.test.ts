/**
 * The sync promise as a property: whatever 2–3 devices and another admin do, in whatever
 * order, through lost responses, 5xx, 429, a dead network, and tabs closed mid-sync,
 * once the network is good again every device shows exactly the server's rows, and
 * every edit a device queued reached the server exactly once — or is listed on that
 * device as a conflict or a rejection. Nothing vanishes.
 *
 * Runs `SYNC_PROPERTY_RUNS` cases (200 by default).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupServer } from 'msw/node';
import { createTestBackend } from '../../../mocks/node';
import { allTables } from '../../../server/core/rows';
import type { TenantSpec } from '../../../server/seed/demo';
import { createRandom, type Random } from '../../../server/seed/rng';
import type { Intent } from '../../../src/domain/intents';
import { IntentRejected } from '../../../src/domain/outcomes';
import type { SyncStep } from '../../../src/sync/engine';
import { Client, signIn } from './harness';

const RUNS = Number(process.env.SYNC_PROPERTY_RUNS ?? 200);

const SPEC: TenantSpec = {
  id: 'tenant-prop',
  name: 'Propriétés Inc.',
  kind: 'small-business',
  size: { seed: 77, subscribers: 4, externals: 2, subLists: 1, groups: 2 },
  accounts: ['a', 'b', 'c'].map((who) => ({ username: `${who}@prop.test`, password: 'pw', displayName: who })),
};

// A few names only, so that devices and the other admin collide on them.
const NAMES = ['Nord', 'Sud', 'Est', 'Équipe Nord', 'nord '];

const msw = setupServer();
beforeAll(() => msw.listen({ onUnhandledRequest: 'error' }));
afterAll(() => msw.close());

type Command =
  | { type: 'edit'; client: number; seed: number }
  | { type: 'admin'; seed: number }
  | { type: 'sync'; client: number }
  | { type: 'crash'; client: number; atStep: number }
  | { type: 'restart'; client: number }
  | { type: 'fault'; fault: 'lose' | '500' | '429' | 'offline' };

const command = (clients: number): fc.Arbitrary<Command> => {
  const client = fc.nat({ max: clients - 1 });
  return fc.oneof(
    { weight: 5, arbitrary: fc.record({ type: fc.constant('edit' as const), client, seed: fc.nat() }) },
    { weight: 2, arbitrary: fc.record({ type: fc.constant('admin' as const), seed: fc.nat() }) },
    { weight: 3, arbitrary: fc.record({ type: fc.constant('sync' as const), client }) },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('crash' as const), client, atStep: fc.nat({ max: 4 }) }) },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('restart' as const), client }) },
    {
      weight: 2,
      arbitrary: fc.record({
        type: fc.constant('fault' as const),
        fault: fc.constantFrom('lose' as const, '500' as const, '429' as const, 'offline' as const),
      }),
    },
  );
};

const scenario = fc
  .integer({ min: 2, max: 3 })
  .chain((clients) =>
    fc.record({ clients: fc.constant(clients), commands: fc.array(command(clients), { minLength: 3, maxLength: 12 }) }),
  );

/** A plausible edit of what the device shows now. */
async function randomIntent(client: Client, random: Random): Promise<Intent | null> {
  const pick = <T>(items: T[]): T | undefined => items[Math.floor(random() * items.length)];
  const contacts = await client.db.contacts.toArray();
  const groups = await client.db.groups.toArray();
  const subLists = await client.db.subLists.toArray();
  const externals = contacts.filter((contact) => contact.kind === 'external');
  const subscribers = contacts.filter((contact) => contact.kind === 'subscriber');
  const name = pick(NAMES)!;
  const fresh = `id-${Math.floor(random() * 1e9)}`;
  const group = pick(groups);
  const subList = pick(subLists);
  const contact = pick(contacts);
  const external = pick(externals);
  const subscriber = pick(subscribers);
  switch (Math.floor(random() * 11)) {
    case 0:
      return {
        name: 'externalContact.create',
        args: { id: fresh, name, phone: `613555${1000 + Math.floor(random() * 30)}` },
      };
    case 1:
      return external ? { name: 'externalContact.update', args: { id: external.id, name } } : null;
    case 2:
      return external ? { name: 'externalContact.delete', args: { id: external.id } } : null;
    case 3:
      return { name: 'group.create', args: { id: fresh, name, memberIds: contact ? [contact.id] : [] } };
    case 4:
      return group ? { name: 'group.rename', args: { id: group.id, name } } : null;
    case 5:
      return group && contact ? { name: 'group.addMembers', args: { id: group.id, memberIds: [contact.id] } } : null;
    case 6: {
      const member = group && pick(group.memberIds);
      return group && member ? { name: 'group.removeMembers', args: { id: group.id, memberIds: [member] } } : null;
    }
    case 7:
      return subList ? { name: 'subList.rename', args: { id: subList.id, name } } : null;
    case 8:
      return group && random() < 0.5 ? { name: 'group.delete', args: { id: group.id } } : null;
    case 9:
      return subscriber
        ? {
            name: 'options.setMessaging',
            args: { subscriberId: subscriber.id, messaging: random() < 0.5 ? 'none' : 'enabled' },
          }
        : null;
    default: {
      if (subscriber?.kind !== 'subscriber') return null;
      const scanList = groups
        .filter((candidate) => candidate.memberIds.includes(subscriber.id) && random() < 0.5)
        .map((candidate) => ({
          groupId: candidate.id,
          priority: random() < 0.5 ? ('p1' as const) : ('normal' as const),
        }));
      return {
        name: 'scanning.update',
        args: { subscriberId: subscriber.id, scanningEnabled: random() < 0.7, scanList },
      };
    }
  }
}

async function run({ clients: count, commands }: { clients: number; commands: Command[] }) {
  const { server, faults, handlers, otherAdmin } = createTestBackend({ tenants: [SPEC] });
  msw.resetHandlers(...handlers);
  const other = otherAdmin(SPEC.id, createRandom(commands.length));
  const clients: Client[] = [];
  for (let i = 0; i < count; i++) {
    const client = new Client(await signIn(SPEC.accounts[i]!.username));
    // A dead network comes back after a couple of retries; the fault switches stay otherwise.
    client.clock.onSleep = (sleeps) => sleeps % 2 === 0 && faults.setOffline(false);
    expect(await client.sync()).toBe('done');
    clients.push(client);
  }
  const queued: Array<{ client: Client; key: string; seq: number }> = [];

  for (const step of commands) {
    switch (step.type) {
      case 'edit': {
        const client = clients[step.client]!;
        const intent = await randomIntent(client, createRandom(step.seed));
        if (!intent) break;
        try {
          const entry = await client.edit(intent);
          queued.push({ client, key: entry.key, seq: entry.seq });
        } catch (error) {
          // The device refused it as the user typed it: nothing was queued.
          if (!(error instanceof IntentRejected)) throw error;
        }
        break;
      }
      case 'admin':
        await other.randomEdit(createRandom(step.seed));
        break;
      case 'sync':
        expect(await clients[step.client]!.sync()).toBe('done');
        break;
      case 'crash': {
        const client = clients[step.client]!;
        let steps = 0;
        client.freshEngine({
          beforeStep: (_: SyncStep) => {
            if (steps++ === step.atStep) throw new Error('tab closed');
          },
        });
        await client.sync().catch((error: Error) => expect(error.message).toBe('tab closed'));
        client.freshEngine();
        break;
      }
      case 'restart':
        clients[step.client]!.freshEngine();
        break;
      case 'fault':
        if (step.fault === 'lose') faults.loseNextResponses(1);
        else if (step.fault === 'offline') faults.setOffline(true);
        else faults.failNext(1, step.fault === '500' ? 500 : 429);
        break;
    }
  }

  faults.reset();
  // Two rounds: the first sends every device's edits, the second brings each device the others'.
  for (const client of [...clients, ...clients]) expect(await client.sync()).toBe('done');

  const serverRows = structuredClone(await server.read(SPEC.id, allTables));
  for (const table of ['contacts', 'subLists', 'groups'] as const)
    serverRows[table].sort((a, b) => a.id.localeCompare(b.id));
  for (const client of clients) {
    expect(await client.view()).toEqual(serverRows);
    expect(await client.db.outbox.count()).toBe(0);
  }
  for (const { client, key, seq } of queued) {
    const clientId = (await client.db.meta.get('clientId'))?.value as string;
    const outcome = await server.read(SPEC.id, (tx) => tx.storedOutcome(clientId, seq));
    // Reached the server (once: the server answers a seq it has seen from its stored outcome).
    expect(outcome?.key).toBe(key);
    const issue = await client.db.syncIssues.get(key);
    if (outcome?.status === 'conflict' || outcome?.status === 'rejected') expect(issue?.outcome).toEqual(outcome);
    else expect(issue).toBeUndefined();
  }
  for (const client of clients) {
    const clientId = (await client.db.meta.get('clientId'))?.value as string;
    const mine = queued.filter((edit) => edit.client === client).length;
    expect(await server.read(SPEC.id, (tx) => tx.lastAppliedSeq(clientId))).toBe(mine);
    client.db.close();
  }
}

describe('sync property', () => {
  it(
    'every device converges to the server and no edit is lost or doubled',
    async () => {
      await fc.assert(fc.asyncProperty(scenario, run), { numRuns: RUNS });
    },
    Math.max(60_000, RUNS * 1_000),
  );
});
