/**
 * The local tables as `applyIntent` sees them when it applies a pending edit: before a
 * row is first changed, its server copy is kept in `serverRows`, so the sync engine can
 * put the row back and re-apply the edits still pending on top of fresh server data.
 * Invariant: a row without a `serverRows` entry is exactly the server's copy.
 * Must run inside a transaction that includes `serverRows` and the three row tables.
 */
import type { TenantStore } from '../domain/apply';
import type { TableName } from '../domain/model';
import type { PttDatabase } from './database';
import { dexieTenantStore } from './tenant-store';

export function pendingEditStore(db: PttDatabase): TenantStore {
  const rows = dexieTenantStore(db);
  const keepServerCopy = async (table: TableName, id: string) => {
    if (await db.serverRows.get([table, id])) return;
    await db.serverRows.put({ table, id, row: (await rows.get(table, id)) ?? null });
  };
  return {
    ...rows,
    put: async (table, row) => {
      await keepServerCopy(table, row.id);
      await rows.put(table, row);
    },
    delete: async (table, id) => {
      await keepServerCopy(table, id);
      await rows.delete(table, id);
    },
  };
}
