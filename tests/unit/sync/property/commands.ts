/**
 * What the sync property test does at random: the commands a scenario is made of (edits
 * from devices and another admin, syncs, crashed and reloaded tabs, network faults, the
 * server restored, failed over or wiped, a device's data put back from an older copy, a
 * replayed sequence number, a gateway refusing an edit, a supervisor's scope changed) and the
 * edits a device may make — a supervisor's device makes them all too, and the server refuses
 * what its role or scope does not allow.
 */
import fc from 'fast-check';
import type { Random } from '../../../../server/seed/rng';
import type { Intent } from '../../../../src/domain/intents';
import type { Client } from '../harness';

export type Command =
  | { type: 'edit'; client: number; seed: number }
  | { type: 'admin'; seed: number }
  | { type: 'sync'; client: number }
  | { type: 'crash'; client: number; atStep: number }
  | { type: 'restart'; client: number }
  | { type: 'fault'; fault: 'lose' | '500' | '429' | 'offline' }
  /** The server restored from a backup taken `changes` changes ago. */
  | { type: 'restore'; changes: number }
  /** The server failed over to a standby a few changes behind. */
  | { type: 'failover'; changes: number }
  /** The server's data wiped and seeded again. */
  | { type: 'wipe' }
  /**
   * A device's data put back from an older copy, as a restore of the browser profile would:
   * the copy is taken, the device makes `edits` edits and syncs, then the copy is put back —
   * its sequence numbers are behind the server's, and what it sent since is forgotten.
   */
  | { type: 'restoreProfile'; client: number; edits: number; seed: number }
  /** A push replays a sequence number the server applied, with another edit. */
  | { type: 'replay'; client: number; seed: number }
  /** A gateway refuses (400) every push carrying one of the edits a device has not sent yet. */
  | { type: 'refuse'; client: number; pick: number }
  /** An administrator gives the supervisor (the third account) a group, or takes one from it. */
  | { type: 'scope'; add: boolean; group: number };

const weighted = <T>(weight: number, arbitrary: fc.Arbitrary<T>) => ({ weight, arbitrary });

function command(clients: number): fc.Arbitrary<Command> {
  const client = fc.nat({ max: clients - 1 });
  const seed = fc.nat();
  return fc.oneof(
    weighted(10, fc.record({ type: fc.constant('edit' as const), client, seed })),
    weighted(4, fc.record({ type: fc.constant('admin' as const), seed })),
    weighted(6, fc.record({ type: fc.constant('sync' as const), client })),
    weighted(2, fc.record({ type: fc.constant('crash' as const), client, atStep: fc.nat({ max: 4 }) })),
    weighted(2, fc.record({ type: fc.constant('restart' as const), client })),
    weighted(
      4,
      fc.record({
        type: fc.constant('fault' as const),
        fault: fc.constantFrom('lose' as const, '500' as const, '429' as const, 'offline' as const),
      }),
    ),
    weighted(2, fc.record({ type: fc.constant('restore' as const), changes: fc.integer({ min: 1, max: 12 }) })),
    weighted(1, fc.record({ type: fc.constant('failover' as const), changes: fc.integer({ min: 1, max: 3 }) })),
    weighted(1, fc.record({ type: fc.constant('wipe' as const) })),
    weighted(3, fc.record({ type: fc.constant('restoreProfile' as const), client, edits: fc.nat({ max: 2 }), seed })),
    weighted(2, fc.record({ type: fc.constant('replay' as const), client, seed })),
    weighted(2, fc.record({ type: fc.constant('refuse' as const), client, pick: fc.nat() })),
    weighted(3, fc.record({ type: fc.constant('scope' as const), add: fc.boolean(), group: fc.nat() })),
  );
}

export const scenario = fc
  .integer({ min: 2, max: 3 })
  .chain((clients) =>
    fc.record({ clients: fc.constant(clients), commands: fc.array(command(clients), { minLength: 3, maxLength: 16 }) }),
  );

// A few names only, so that devices and the other admin collide on them.
const NAMES = ['Nord', 'Sud', 'Est', 'Équipe Nord', 'nord '];

/**
 * Ids for the rows a case creates, unique in the case as the app's random UUIDs are (two
 * edits drawn from one seed must not create the same row twice: no device ever does).
 */
export function newIds(): () => string {
  let created = 0;
  return () => `id-${++created}`;
}

/** A plausible edit of what the device shows now; `newId` names a row it creates. */
export async function randomIntent(client: Client, random: Random, newId: () => string): Promise<Intent | null> {
  const pick = <T>(items: T[]): T | undefined => items[Math.floor(random() * items.length)];
  const contacts = await client.db.contacts.toArray();
  const groups = await client.db.groups.toArray();
  const subLists = await client.db.subLists.toArray();
  const externals = contacts.filter((contact) => contact.kind === 'external');
  const subscribers = contacts.filter((contact) => contact.kind === 'subscriber');
  const name = pick(NAMES)!;
  const fresh = newId();
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
