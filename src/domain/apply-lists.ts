/**
 * The intents on sub-lists and groups (create, rename, add and remove members, delete): one kind
 * of row, two tables that differ only where a group has more to keep in step — its size limit,
 * the scan lists of its members and the supervisors' scopes.
 */
import { existing, validName, type ListTable, type RowRef, type TenantStore } from './apply-store';
import type { Intent } from './intents';
import { loadNameKeys, nameKey } from './name-key';
import { IntentRejected } from './outcomes';
import { GROUP_MAX_MEMBERS, foldName } from './rules';

export type ListIntent = Extract<Intent, { name: `subList.${string}` | `group.${string}` }>;

export function isListIntent(intent: Intent): intent is ListIntent {
  return intent.name.startsWith('subList.') || intent.name.startsWith('group.');
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
export function namesAList(intent: Intent): boolean {
  return /^(subList|group)\.(create|rename)$/.test(intent.name);
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
 * Applies a list intent, pushing each row it writes to `touched` in the order written;
 * returns the members it left out because they are not contacts (see `existingMembers`).
 */
export async function applyListIntent(store: TenantStore, intent: ListIntent, touched: RowRef[]): Promise<string[]> {
  const table: ListTable = intent.name.startsWith('group.') ? 'groups' : 'subLists';
  const { id } = intent.args;
  if (intent.name === 'subList.create' || intent.name === 'group.create') {
    if (await store.get(table, id)) throw new IntentRejected('invalid');
    const { name, nameKey } = await uniqueListName(store, table, intent.args.name, id);
    const { kept: memberIds, dropped } = await existingMembers(store, [...new Set(intent.args.memberIds)]);
    checkGroupSize(table, memberIds.length);
    await store.put(table, { id, name, nameKey, memberIds, version: 0 });
    touched.push({ table, id });
    return dropped;
  }
  // Every other list intent edits a list that exists.
  const row = await existing(store, table, id);
  let dropped: string[] = [];
  switch (intent.name) {
    case 'subList.rename':
    case 'group.rename':
      await store.put(table, { ...row, ...(await uniqueListName(store, table, intent.args.name, id)) });
      break;
    case 'subList.addMembers':
    case 'group.addMembers': {
      const present = new Set(row.memberIds);
      const wanted = [...new Set(intent.args.memberIds)].filter((m) => !present.has(m));
      const { kept: added, dropped: notContacts } = await existingMembers(store, wanted);
      checkGroupSize(table, row.memberIds.length + added.length);
      dropped = notContacts;
      await store.put(table, { ...row, memberIds: [...row.memberIds, ...added] });
      break;
    }
    case 'subList.removeMembers':
    case 'group.removeMembers': {
      const removed = new Set(intent.args.memberIds);
      await store.put(table, { ...row, memberIds: row.memberIds.filter((m) => !removed.has(m)) });
      // The list first, then the scan lists its leaving members drop it from.
      touched.push({ table, id });
      if (table === 'groups') await dropFromScanLists(store, id, [...removed], touched);
      return [];
    }
    case 'subList.delete':
    case 'group.delete':
      if (table === 'groups') {
        await dropFromScanLists(store, id, row.memberIds, touched);
        await dropFromScopes(store, id, touched);
      }
      await store.delete(table, id);
      break;
  }
  touched.push({ table, id });
  return dropped;
}
