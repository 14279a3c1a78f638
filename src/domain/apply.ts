/**
 * Applies an intent to a tenant's rows, enforcing every product rule. The mock back-end
 * runs it against its own store (and then bumps versions and logs changes); the app runs
 * it inside a Dexie transaction to show the edit at once and to re-apply pending edits
 * on top of fresh server data. One piece of code, so both sides always agree. The list
 * intents live in apply-lists.ts; the store and the shared checks in apply-store.ts.
 */
import { applyListIntent, isListIntent, namesAList } from './apply-lists';
import { existing, validName, type RowRef, type TenantStore } from './apply-store';
import type { Subscriber } from './model';
import type { Intent } from './intents';
import { loadNameKeys } from './name-key';
import { IntentRejected } from './outcomes';
import { SCAN_LIST_MAX, contactSortKey, parsePhone } from './rules';

export type { ListTable, RowRef, TenantStore } from './apply-store';

export interface ApplyResult {
  /** Every row the intent created, changed or deleted. */
  touched: RowRef[];
  /** Members a create or an addition named that are not contacts (deleted meanwhile): left out. */
  droppedMembers: string[];
}

async function validPhone(store: TenantStore, raw: string, selfId: string): Promise<string> {
  const parsed = parsePhone(raw);
  if (!parsed.ok) throw new IntentRejected(parsed.error);
  const holder = await store.contactByPhone(parsed.digits);
  if (holder && holder.id !== selfId) throw new IntentRejected('phone.taken', { holderId: holder.id });
  return parsed.digits;
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

async function existingSubscriber(store: TenantStore, id: string): Promise<Subscriber> {
  const row = await existing(store, 'contacts', id);
  if (row.kind !== 'subscriber') throw new IntentRejected('notEditable');
  return row;
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

/** Throws `IntentRejected` when a rule forbids the intent; then the store must be rolled back. */
export async function applyIntent(store: TenantStore, intent: Intent): Promise<ApplyResult> {
  const touched: RowRef[] = [];
  if (isListIntent(intent)) return { touched, droppedMembers: await applyListIntent(store, intent, touched) };
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
  return { touched, droppedMembers: [] };
}
