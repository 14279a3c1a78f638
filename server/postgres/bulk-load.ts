/**
 * Loading whole tenants into the PostgreSQL store in bulk — the demo seed, a generated
 * tenant of N contacts, a reset — in multi-row statements rather than one write per row
 * (5,000 single writes cost several seconds on PGlite). The rows land exactly as
 * `restoreRows` (server/core/rows.ts) would put them: each a new change, rows not in
 * the set deleted with a tombstone, in one transaction holding the tenant's lock.
 */
import { TABLES } from '../../src/domain/model';
import type { PasswordHasher } from '../core/passwords';
import type { TableRows } from '../core/rows';
import type { TenantSpec } from '../seed/demo';
import { provisionAccounts, seedRows } from '../seed/seed-storage';
import type { SqlDatabase } from './database';
import type { PostgresStore } from './postgres-store';
import { beginTenant, setCursor, writeEntries, type EntryWrite } from './tenant-sql';

/** Rows per statement: big enough to amortize a round trip, small enough for PGlite's memory. */
const CHUNK = 2_000;

/** Makes the tenant's rows exactly `rows`, as new changes; returns the tenant's cursor after. */
export async function restoreRowsInBulk(db: SqlDatabase, tenantId: string, rows: TableRows): Promise<number> {
  return db.transaction(async (sql) => {
    let cursor = await beginTenant(sql, tenantId, 'write');
    const incoming = new Set(TABLES.flatMap((table) => rows[table].map((row) => `${table}/${row.id}`)));
    const live = await sql.query<{ tbl: EntryWrite['table']; id: string }>(
      'SELECT tbl, id FROM entries WHERE tenant_id = $1 AND row IS NOT NULL ORDER BY id',
      [tenantId],
    );
    // Deletes first, table by table, as restoreRows orders them.
    const doomed = TABLES.flatMap((table) =>
      live.filter(({ tbl, id }) => tbl === table && !incoming.has(`${tbl}/${id}`)),
    );
    const writes: EntryWrite[] = [
      ...doomed.map(({ tbl, id }) => ({ table: tbl, id, cursor: ++cursor })),
      ...TABLES.flatMap((table) => rows[table].map((row) => ({ table, id: row.id, row, cursor: ++cursor }))),
    ];
    for (let start = 0; start < writes.length; start += CHUNK) {
      await writeEntries(sql, tenantId, writes.slice(start, start + CHUNK));
    }
    await setCursor(sql, tenantId, cursor);
    return cursor;
  });
}

/** Creates (or updates) each tenant, adds the accounts it lacks, and loads its generated rows. */
export async function seedInBulk(store: PostgresStore, specs: readonly TenantSpec[], passwords: PasswordHasher) {
  for (const { id, name, kind } of specs) await store.transaction((tx) => tx.putTenant({ id, name, kind }));
  await provisionAccounts(store, specs, passwords);
  for (const spec of specs) await restoreRowsInBulk(store.db, spec.id, seedRows(spec));
}
