/**
 * Seed data for one tenant, generated deterministically from a seed number: the same
 * seed and sizes always give the same rows. Every row obeys the shared rules (the seed
 * tests check that with `src/domain`). Versions are 0: the server gives each row its
 * version when it writes it.
 */
import type { ExternalContact, Group, Priority, SubList, Subscriber } from '../../src/domain/model';
import { GROUP_MAX_MEMBERS, SCAN_LIST_MAX, contactSortKey } from '../../src/domain/rules';
import type { TableRows } from '../core/rows';
import { externalContactName, personName, seedNameKey, uniqueListName, uniquePhone } from './names';
import { createRandom, pick, randomId, randomInt, sample, type Random } from './rng';

export interface TenantSize {
  seed: number;
  subscribers: number;
  externals: number;
  subLists: number;
  groups: number;
}

export type TenantRows = TableRows;

/** Most scan entries stay at the default priority, as they would in a real fleet. */
const PRIORITY_WEIGHTS: readonly Priority[] = ['normal', 'normal', 'normal', 'normal', 'p1', 'p2', 'p2', 'p3'];

/** The rows of a tenant of this size, the same for the same seed. */
export function generateTenant(size: TenantSize): TenantRows {
  const random = createRandom(size.seed);
  const phones = new Set<string>();

  // Each subscriber's random draws in order: its contact fields, then its messaging.
  const subscribers = Array.from({ length: size.subscribers }, (): Subscriber => ({
    ...newContact(random, phones, personName),
    kind: 'subscriber',
    scanningEnabled: false,
    scanList: [],
    messaging: random() < 0.12 ? 'none' : 'enabled',
  }));
  const externals = Array.from({ length: size.externals }, (): ExternalContact => ({
    ...newContact(random, phones, externalContactName),
    kind: 'external',
  }));

  const contactIds = [...subscribers, ...externals].map((contact) => contact.id);
  const groups = makeLists(random, 'group', size.groups, contactIds, GROUP_MAX_MEMBERS);
  const subLists = makeLists(random, 'subList', size.subLists, contactIds, 100);
  const scanned = withScanLists(random, subscribers, groups);

  return { contacts: [...scanned, ...externals], subLists, groups, supervisors: [] };
}

/** What every contact has: a fresh id, a name from `nameOf`, a phone no other contact has, version 0. */
function newContact(random: Random, phones: Set<string>, nameOf: (random: Random) => string) {
  const id = randomId(random);
  const name = nameOf(random);
  return { id, name, phone: uniquePhone(random, phones), sortKey: contactSortKey(name, id), version: 0 };
}

function makeLists(random: Random, kind: 'group' | 'subList', count: number, contactIds: string[], maxMembers: number) {
  const takenNames = new Set<string>();
  const lists: SubList[] = [];
  // Typical lists hold a small share of the tenant; a few groups sit at or near the limit.
  const typicalMax = Math.max(2, Math.min(maxMembers, Math.round(contactIds.length * 0.6)));
  for (let i = 0; i < count; i++) {
    const nearlyFull = kind === 'group' && contactIds.length >= maxMembers && random() < 0.02;
    const memberCount = nearlyFull
      ? randomInt(random, maxMembers - 10, maxMembers)
      : 2 + Math.floor(random() ** 2 * (typicalMax - 1));
    const name = uniqueListName(random, kind, takenNames);
    lists.push({
      id: randomId(random),
      name,
      nameKey: seedNameKey(name),
      memberIds: sample(random, contactIds, memberCount),
      version: 0,
    });
  }
  return lists;
}

/** Gives about 40% of the subscribers a scan list of up to 16 of their own groups. */
function withScanLists(random: Random, subscribers: Subscriber[], groups: Group[]): Subscriber[] {
  const groupsOf = new Map<string, string[]>();
  for (const group of groups) {
    for (const memberId of group.memberIds) {
      const own = groupsOf.get(memberId);
      if (own) own.push(group.id);
      else groupsOf.set(memberId, [group.id]);
    }
  }
  return subscribers.map((subscriber) => {
    const own = groupsOf.get(subscriber.id);
    if (!own || random() >= 0.4) return subscriber;
    const scanList = sample(random, own, randomInt(random, 1, Math.min(SCAN_LIST_MAX, own.length))).map((groupId) => ({
      groupId,
      priority: pick(random, PRIORITY_WEIGHTS),
    }));
    return { ...subscriber, scanningEnabled: random() < 0.9, scanList };
  });
}
