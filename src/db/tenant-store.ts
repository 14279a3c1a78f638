/** The local tables seen through the `TenantStore` interface that `applyIntent` works on. */
import type { ListTable, TenantStore } from '../domain/apply';
import type { RowByTable, TableName } from '../domain/model';
import type { PttDatabase } from './database';

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
    listsWithMember: (name: ListTable, memberId) => db[name].where('memberIds').equals(memberId).toArray(),
    supervisorsOfGroup: (groupId) => db.supervisors.where('groupIds').equals(groupId).toArray(),
  };
}
