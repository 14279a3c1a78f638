/**
 * What the demo's "another admin" does when asked for a random edit: a plausible intent
 * picked from the tenant's current rows, with rough weights (mostly membership and
 * renames, sometimes creates and deletes).
 */
import type { Intent } from '../src/domain/intents';
import { PRIORITIES, type Subscriber } from '../src/domain/model';
import { GROUP_MAX_MEMBERS } from '../src/domain/rules';
import type { TableRows } from '../server/core/rows';
import { externalContactName, uniqueListName, uniquePhone } from '../server/seed/names';
import { pick, randomId, type Random } from '../server/seed/rng';

type IntentPicker = (rows: TableRows, random: Random) => Intent | null;

const randomOf = <T>(random: Random, items: readonly T[]): T | undefined =>
  items.length === 0 ? undefined : pick(random, items);

/** What a busy colleague does, with rough weights: mostly membership and renames, sometimes creates and deletes. */
const PICKERS: ReadonlyArray<[weight: number, picker: IntentPicker]> = [
  [
    4,
    (rows, random) => {
      const group = randomOf(random, rows.groups);
      const contact = randomOf(random, rows.contacts);
      if (!group || !contact || group.memberIds.length >= GROUP_MAX_MEMBERS || group.memberIds.includes(contact.id))
        return null;
      return { name: 'group.addMembers', args: { id: group.id, memberIds: [contact.id] } };
    },
  ],
  [
    3,
    (rows, random) => {
      const group = randomOf(random, rows.groups);
      const memberId = group && randomOf(random, group.memberIds);
      return group && memberId ? { name: 'group.removeMembers', args: { id: group.id, memberIds: [memberId] } } : null;
    },
  ],
  [
    3,
    (rows, random) => {
      const group = randomOf(random, rows.groups);
      return group ? { name: 'group.rename', args: { id: group.id, name: freshName(rows, 'group', random) } } : null;
    },
  ],
  [
    2,
    (rows, random) => {
      const list = randomOf(random, rows.subLists);
      return list ? { name: 'subList.rename', args: { id: list.id, name: freshName(rows, 'subList', random) } } : null;
    },
  ],
  [
    2,
    (rows, random) => {
      const list = randomOf(random, rows.subLists);
      const contact = randomOf(random, rows.contacts);
      if (!list || !contact || list.memberIds.includes(contact.id)) return null;
      return { name: 'subList.addMembers', args: { id: list.id, memberIds: [contact.id] } };
    },
  ],
  [
    2,
    (rows, random) => {
      const subscriber = randomOf(random, subscribers(rows));
      if (!subscriber) return null;
      return {
        name: 'options.setMessaging',
        args: { subscriberId: subscriber.id, messaging: subscriber.messaging === 'none' ? 'enabled' : 'none' },
      };
    },
  ],
  [
    2,
    (rows, random) => {
      const subscriber = randomOf(
        random,
        subscribers(rows).filter((s) => s.scanList.length > 0),
      );
      if (!subscriber) return null;
      const scanList = subscriber.scanList.map((entry) => ({ ...entry, priority: pick(random, PRIORITIES) }));
      return {
        name: 'scanning.update',
        args: { subscriberId: subscriber.id, scanningEnabled: subscriber.scanningEnabled, scanList },
      };
    },
  ],
  [
    1,
    (rows, random) => {
      const contact = randomOf(
        random,
        rows.contacts.filter((c) => c.kind === 'external'),
      );
      return contact
        ? { name: 'externalContact.update', args: { id: contact.id, name: externalContactName(random) } }
        : null;
    },
  ],
  [
    1,
    (rows, random) => {
      const phones = new Set(rows.contacts.map((contact) => contact.phone));
      return {
        name: 'externalContact.create',
        args: { id: randomId(random), name: externalContactName(random), phone: uniquePhone(random, phones) },
      };
    },
  ],
  [
    1,
    (rows, random) => {
      const members = randomOf(random, rows.contacts);
      const name = freshName(rows, 'group', random);
      return { name: 'group.create', args: { id: randomId(random), name, memberIds: members ? [members.id] : [] } };
    },
  ],
  [
    1,
    (rows, random) => {
      const contact = randomOf(
        random,
        rows.contacts.filter((c) => c.kind === 'external'),
      );
      return contact ? { name: 'externalContact.delete', args: { id: contact.id } } : null;
    },
  ],
  [
    1,
    (rows, random) => {
      // Keeps a few groups around so a long demo does not empty the tenant.
      if (rows.groups.length <= 3) return null;
      const group = randomOf(random, rows.groups);
      return group ? { name: 'group.delete', args: { id: group.id } } : null;
    },
  ],
];

const TOTAL_WEIGHT = PICKERS.reduce((sum, [weight]) => sum + weight, 0);

/** Tries weighted pickers until one finds something to do (a few tries: an empty tenant has little to edit). */
export function pickRandomIntent(rows: TableRows, random: Random): Intent | null {
  for (let attempt = 0; attempt < 20; attempt++) {
    let roll = random() * TOTAL_WEIGHT;
    const picker = PICKERS.find(([weight]) => (roll -= weight) < 0)?.[1] ?? PICKERS[0]?.[1];
    const intent = picker?.(rows, random);
    if (intent) return intent;
  }
  return null;
}

/** What a supervisor does: changes the members of one of the groups of its scope (the only groups it sees). */
export function pickSupervisorIntent(rows: TableRows, scope: readonly string[], random: Random): Intent | null {
  const own = { ...rows, subLists: [], groups: rows.groups.filter((group) => scope.includes(group.id)) };
  for (let attempt = 0; attempt < 50; attempt++) {
    const intent = pickRandomIntent(own, random);
    if (intent?.name === 'group.addMembers' || intent?.name === 'group.removeMembers') return intent;
  }
  return null;
}

function subscribers(rows: TableRows): Subscriber[] {
  return rows.contacts.filter((contact) => contact.kind === 'subscriber');
}

function freshName(rows: TableRows, kind: 'group' | 'subList', random: Random): string {
  const taken = new Set(rows[kind === 'group' ? 'groups' : 'subLists'].map((list) => list.nameKey));
  return uniqueListName(random, kind, taken);
}
