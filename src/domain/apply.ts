/**
 * Applies an intent to a tenant's rows, enforcing every product rule. The mock back-end
 * runs it against its own store (and then bumps versions and logs changes); the app runs
 * it inside a Dexie transaction to show the edit at once and to re-apply pending edits
 * on top of fresh server data. One piece of code, so both sides always agree.
 */
import type { Contact, MemberList, RowByTable, Subscriber, Supervisor, TableName } from './model';
import type { Intent } from './intents';
import { loadNameKeys, nameKey } from './name-key';
import { IntentRejected } from './outcomes';
import {
  GROUP_MAX_MEMBERS,
  SCAN_LIST_MAX,
  contactSortKey,
  foldName,
  nameError,
  normalizeName,
  parsePhone,
} from './rules';

export type ListTable = 'subLists' | 'groups';

/** What `applyIntent` needs from a store. `put` keeps the given version; the server bumps it. */
export interface TenantStore {
  get<T extends TableName>(table: T, id: string): Promise<RowByTable[T] | undefined>;
  put<T extends TableName>(table: T, row: RowByTable[T]): Promise<void>;
  delete(table: TableName, id: string): Promise<void>;
  contactByPhone(phone: string): Promise<Contact | undefined>;
  listByNameKey(table: ListTable, nameKey: string): Promise<MemberList | undefined>;
  listsWithMember(table: ListTable, memberId: string): Promise<MemberList[]>;
  /** The supervisors whose scope holds the group. */
  supervisorsOfGroup(groupId: string): Promise<Supervisor[]>;
}

export interface RowRef {
  table: TableName;
  id: string;
}

export interface ApplyResult {
  /** Every row the intent created, changed or deleted. */
  touched: RowRef[];
  /** Members a create or an addition named that are not contacts (deleted meanwhile): left out. */
  droppedMembers: string[];
}

function validName(raw: string): string {
  const error = nameError(raw);
  if (error) throw new IntentRejected(error);
  return normalizeName(raw);
}

async function validPhone(store: TenantStore, raw: string, selfId: string): Promise<string> {
  const parsed = parsePhone(raw);
  if (!parsed.ok) throw new IntentRejected(parsed.error);
  const holder = await store.contactByPhone(parsed.digits);
  if (holder && holder.id !== selfId) throw new IntentRejected('phone.taken', { holderId: holder.id });
  return parsed.digits;
}

/** A list name no other list of the kind holds, or one a reader could take for it ("name.tooSimilar"). */
async function uniqueListName(store: TenantStore, table: ListTable, raw: string, selfId: string) {
  const name = validName(raw);
  // Settled already wherever a transaction cannot wait for it (see `loadRulesFor`).
  await loadNameKeys();
  const key = nameKey(name);
  const holder = await store.listByNameKey(table, key);
  if (holder && holder.id !== selfId) {
    const reason = foldName(holder.name) === foldName(name) ? 'name.taken' : 'name.tooSimilar';
    throw new IntentRejected(reason, { holderId: holder.id, holderName: holder.name });
  }
  return { name, nameKey: key };
}

/** Whether applying the intent compares list names (and so needs the confusables map). */
function namesAList(intent: Intent): boolean {
  return /^(subList|group)\.(create|rename)$/.test(intent.name);
}

/**
 * Loads what `applyIntent` needs for these intents that is loaded on demand (the
 * confusables map). Call it before an IndexedDB transaction that applies them: such a
 * transaction would commit while waiting for a download.
 */
export function loadRulesFor(intents: Iterable<Intent>): Promise<void> {
  for (const intent of intents) if (namesAList(intent)) return loadNameKeys();
  return Promise.resolve();
}

async function existing<T extends TableName>(store: TenantStore, table: T, id: string): Promise<RowByTable[T]> {
  const row = await store.get(table, id);
  if (!row) throw new IntentRejected('notFound');
  return row;
}

async function existingSubscriber(store: TenantStore, id: string): Promise<Subscriber> {
  const row = await existing(store, 'contacts', id);
  if (row.kind !== 'subscriber') throw new IntentRejected('notEditable');
  return row;
}

/**
 * Splits members into the contacts that exist and the ids that name none (another admin
 * deleted them meanwhile, or they were never this tenant's): a list keeps the first, and
 * the outcome names the second, rather than the whole edit failing for one missing member.
 */
async function existingMembers(store: TenantStore, memberIds: string[]) {
  const kept: string[] = [];
  const dropped: string[] = [];
  for (const memberId of memberIds) ((await store.get('contacts', memberId)) ? kept : dropped).push(memberId);
  return { kept, dropped };
}

function checkGroupSize(table: ListTable, count: number) {
  if (table === 'groups' && count > GROUP_MAX_MEMBERS) {
    throw new IntentRejected('group.full', { max: GROUP_MAX_MEMBERS, count });
  }
}

/** Takes a group out of the scan lists of the given subscribers. */
async function dropFromScanLists(store: TenantStore, groupId: string, memberIds: string[], touched: RowRef[]) {
  for (const memberId of memberIds) {
    const contact = await store.get('contacts', memberId);
    if (contact?.kind !== 'subscriber') continue;
    if (!contact.scanList.some((entry) => entry.groupId === groupId)) continue;
    await store.put('contacts', {
      ...contact,
      scanList: contact.scanList.filter((entry) => entry.groupId !== groupId),
    });
    touched.push({ table: 'contacts', id: memberId });
  }
}

/** Takes a deleted group out of every supervisor's scope. */
async function dropFromScopes(store: TenantStore, groupId: string, touched: RowRef[]) {
  for (const supervisor of await store.supervisorsOfGroup(groupId)) {
    await store.put('supervisors', { ...supervisor, groupIds: supervisor.groupIds.filter((id) => id !== groupId) });
    touched.push({ table: 'supervisors', id: supervisor.id });
  }
}

/**
 * Adds groups to a supervisor's scope, or removes them. Every group that enters or leaves it
 * is written again as it is: its new change is what makes it appear in (or vanish from) the
 * supervisor's feed, whose filter follows the scope (server/core/visibility.ts).
 */
async function changeScope(
  store: TenantStore,
  intent: Extract<Intent, { name: 'supervisor.addGroups' | 'supervisor.removeGroups' }>,
  touched: RowRef[],
) {
  const supervisor = await existing(store, 'supervisors', intent.args.id);
  const scope = new Set(supervisor.groupIds);
  const adding = intent.name === 'supervisor.addGroups';
  const moved = [...new Set(intent.args.groupIds)].filter((groupId) => scope.has(groupId) !== adding);
  for (const groupId of moved) {
    const group = await store.get('groups', groupId);
    if (!group) {
      if (adding) throw new IntentRejected('notFound', { groupId });
      continue;
    }
    await store.put('groups', group);
    touched.push({ table: 'groups', id: groupId });
  }
  const groupIds = adding
    ? [...supervisor.groupIds, ...moved]
    : supervisor.groupIds.filter((groupId) => !moved.includes(groupId));
  await store.put('supervisors', { ...supervisor, groupIds });
  touched.push({ table: 'supervisors', id: supervisor.id });
}

function listTableOf(intentName: string): ListTable {
  return intentName.startsWith('group.') ? 'groups' : 'subLists';
}

/** Throws `IntentRejected` when a rule forbids the intent; then the store must be rolled back. */
export async function applyIntent(store: TenantStore, intent: Intent): Promise<ApplyResult> {
  const touched: RowRef[] = [];
  let droppedMembers: string[] = [];
  switch (intent.name) {
    case 'externalContact.create': {
      const { id } = intent.args;
      if (await store.get('contacts', id)) throw new IntentRejected('invalid');
      const name = validName(intent.args.name);
      const phone = await validPhone(store, intent.args.phone, id);
      await store.put('contacts', { id, kind: 'external', name, phone, sortKey: contactSortKey(name, id), version: 0 });
      touched.push({ table: 'contacts', id });
      break;
    }
    case 'externalContact.update': {
      const row = await existing(store, 'contacts', intent.args.id);
      if (row.kind !== 'external') throw new IntentRejected('notEditable');
      const name = intent.args.name === undefined ? row.name : validName(intent.args.name);
      const phone = intent.args.phone === undefined ? row.phone : await validPhone(store, intent.args.phone, row.id);
      await store.put('contacts', { ...row, name, phone, sortKey: contactSortKey(name, row.id) });
      touched.push({ table: 'contacts', id: row.id });
      break;
    }
    case 'externalContact.delete': {
      const row = await existing(store, 'contacts', intent.args.id);
      if (row.kind !== 'external') throw new IntentRejected('notEditable');
      for (const table of ['subLists', 'groups'] as const) {
        for (const list of await store.listsWithMember(table, row.id)) {
          await store.put(table, { ...list, memberIds: list.memberIds.filter((m) => m !== row.id) });
          touched.push({ table, id: list.id });
        }
      }
      await store.delete('contacts', row.id);
      touched.push({ table: 'contacts', id: row.id });
      break;
    }
    case 'subList.create':
    case 'group.create': {
      const table = listTableOf(intent.name);
      const { id } = intent.args;
      if (await store.get(table, id)) throw new IntentRejected('invalid');
      const { name, nameKey } = await uniqueListName(store, table, intent.args.name, id);
      const { kept: memberIds, dropped } = await existingMembers(store, [...new Set(intent.args.memberIds)]);
      checkGroupSize(table, memberIds.length);
      droppedMembers = dropped;
      await store.put(table, { id, name, nameKey, memberIds, version: 0 });
      touched.push({ table, id });
      break;
    }
    case 'subList.rename':
    case 'group.rename': {
      const table = listTableOf(intent.name);
      const row = await existing(store, table, intent.args.id);
      const { name, nameKey } = await uniqueListName(store, table, intent.args.name, row.id);
      await store.put(table, { ...row, name, nameKey });
      touched.push({ table, id: row.id });
      break;
    }
    case 'subList.addMembers':
    case 'group.addMembers': {
      const table = listTableOf(intent.name);
      const row = await existing(store, table, intent.args.id);
      const present = new Set(row.memberIds);
      const wanted = [...new Set(intent.args.memberIds)].filter((m) => !present.has(m));
      const { kept: added, dropped } = await existingMembers(store, wanted);
      checkGroupSize(table, row.memberIds.length + added.length);
      droppedMembers = dropped;
      await store.put(table, { ...row, memberIds: [...row.memberIds, ...added] });
      touched.push({ table, id: row.id });
      break;
    }
    case 'subList.removeMembers':
    case 'group.removeMembers': {
      const table = listTableOf(intent.name);
      const row = await existing(store, table, intent.args.id);
      const removed = new Set(intent.args.memberIds);
      await store.put(table, { ...row, memberIds: row.memberIds.filter((m) => !removed.has(m)) });
      touched.push({ table, id: row.id });
      if (table === 'groups') await dropFromScanLists(store, row.id, [...removed], touched);
      break;
    }
    case 'subList.delete':
    case 'group.delete': {
      const table = listTableOf(intent.name);
      const row = await existing(store, table, intent.args.id);
      if (table === 'groups') {
        await dropFromScanLists(store, row.id, row.memberIds, touched);
        await dropFromScopes(store, row.id, touched);
      }
      await store.delete(table, row.id);
      touched.push({ table, id: row.id });
      break;
    }
    case 'scanning.update': {
      const subscriber = await existingSubscriber(store, intent.args.subscriberId);
      const seen = new Set<string>();
      const scanList = intent.args.scanList.filter((entry) => !seen.has(entry.groupId) && seen.add(entry.groupId));
      if (scanList.length > SCAN_LIST_MAX) throw new IntentRejected('scan.tooMany', { max: SCAN_LIST_MAX });
      // Entries already on the list hold (leaving a group takes it off the list), and a
      // supervisor's device does not have the other groups to check them against.
      const listed = new Set(subscriber.scanList.map((entry) => entry.groupId));
      for (const entry of scanList.filter((entry) => !listed.has(entry.groupId))) {
        const group = await store.get('groups', entry.groupId);
        if (!group?.memberIds.includes(subscriber.id)) {
          throw new IntentRejected('scan.notMember', { groupId: entry.groupId });
        }
      }
      await store.put('contacts', { ...subscriber, scanningEnabled: intent.args.scanningEnabled, scanList });
      touched.push({ table: 'contacts', id: subscriber.id });
      break;
    }
    case 'options.setMessaging': {
      const subscriber = await existingSubscriber(store, intent.args.subscriberId);
      await store.put('contacts', { ...subscriber, messaging: intent.args.messaging });
      touched.push({ table: 'contacts', id: subscriber.id });
      break;
    }
    case 'supervisor.addGroups':
    case 'supervisor.removeGroups':
      await changeScope(store, intent, touched);
      break;
  }
  return { touched, droppedMembers };
}
