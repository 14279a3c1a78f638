/** The local tables seen through the `TenantStore` interface that `applyIntent` works on. */
import type { ListTable, TenantStore } from '../domain/apply';
import type { MemberList, RowByTable, TableName } from '../domain/model';
import type { PttDatabase } from './database';

/**
 * The lists of a kind that hold a contact. A scan, not an index: a multi-entry index of every
 * member cost most of a first sync's writes (docs/performance.md), and the lists are few (a few
 * thousand) next to the contacts; the screens and the rules ask this one contact at a time.
 */
export function listsWithMember(db: PttDatabase, table: ListTable, memberId: string): Promise<MemberList[]> {
  return db[table].filter((list) => list.memberIds.includes(memberId)).toArray();
}

export function dexieTenantStore(db: PttDatabase): TenantStore {
  const table = <T extends TableName>(name: T) => db.table<RowByTable[T], string>(name);
  return {
    get: (name, id) => table(name).get(id),
    put: async (name, row) => {
      await table(name).put(row);
    },
    delete: (name, id) => table(name).delete(id),
    contactByPhone: (phone) => db.contacts.where('phone').equals(phone).first(),
    listByNameKey: (name: ListTable, nameKey) => db[name].where('nameKey').equals(nameKey).first(),
    listsWithMember: (name: ListTable, memberId) => listsWithMember(db, name, memberId),
    supervisorsOfGroup: (groupId) => db.supervisors.where('groupIds').equals(groupId).toArray(),
  };
}
