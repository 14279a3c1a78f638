/**
 * What applying an intent reads and writes through (`TenantStore`: the app's Dexie tables, the
 * server's overlay), and the checks every kind of intent starts with: the row exists, the name is
 * valid. Apart from apply.ts so the list edits (apply-lists.ts) share them without a cycle.
 */
import type { Contact, MemberList, RowByTable, Supervisor, TableName } from './model';
import { IntentRejected } from './outcomes';
import { nameError, normalizeName } from './rules';

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

export function validName(raw: string): string {
  const error = nameError(raw);
  if (error) throw new IntentRejected(error);
  return normalizeName(raw);
}

export async function existing<T extends TableName>(store: TenantStore, table: T, id: string): Promise<RowByTable[T]> {
  const row = await store.get(table, id);
  if (!row) throw new IntentRejected('notFound');
  return row;
}
