/**
 * The server's copy of the rows that pending edits changed. Before a pending edit first
 * changes a row, the row as the server has it is kept in `serverRows` (null: the server has
 * no such row), so a rebase can put it back and re-apply the still-pending edits on top.
 * Invariant: a row without a `serverRows` entry is exactly the server's copy, so rows from
 * the server go straight to the screens' tables unless a pending edit changed them.
 * Every function here runs inside the caller's transaction, which must include
 * `serverRows` and the row tables it touches.
 */
import type { RowRef, TenantStore } from '../domain/apply';
import { TABLES, type RowByTable, type TableName } from '../domain/model';
import type { PttDatabase, ServerRow } from './database';
import { pacedWrites, type PacedWrites } from './outbox/paced-writes';
import { dexieTenantStore } from './tenant-store';

type AnyRow = RowByTable[TableName];

/**
 * Where the server's copies are kept: the table itself, or a cache that writes them together
 * (batch-rows.ts), whose `has` knows only its own transaction's copies and whose `keep` leaves a
 * copy already in the table as it is.
 */
export interface ServerCopies {
  has(table: TableName, id: string): Promise<boolean>;
  keep(copy: ServerRow): Promise<void>;
}

function serverCopiesIn(db: PttDatabase): ServerCopies {
  return {
    has: async (table, id) => (await db.serverRows.get([table, id])) !== undefined,
    keep: async (copy) => {
      await db.serverRows.put(copy);
    },
  };
}

/**
 * The local tables as `applyIntent` sees them when it applies a pending edit: the server copy is
 * kept first. `rows` reads and writes the tables (a caller may pass one that caches its reads).
 */
export function pendingEditStore(
  db: PttDatabase,
  rows: TenantStore = dexieTenantStore(db),
  copies: ServerCopies = serverCopiesIn(db),
): TenantStore {
  const keepServerCopy = async (table: TableName, id: string) => {
    if (await copies.has(table, id)) return;
    await copies.keep({ table, id, row: (await rows.get(table, id)) ?? null });
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

/** Server rows go to the server copy of rows with pending edits, straight to the screens' tables otherwise. */
export async function takeServerRows(db: PttDatabase, rows: ServerRow[]): Promise<void> {
  if (rows.length === 0) return;
  const kept = new Set((await db.serverRows.toCollection().primaryKeys()).map(([table, id]) => `${table}/${id}`));
  const copies = rows.filter((change) => kept.has(`${change.table}/${change.id}`));
  if (copies.length > 0) await db.serverRows.bulkPut(copies);
  await writeRows(
    db,
    rows.filter((change) => !kept.has(`${change.table}/${change.id}`)),
  );
}

/**
 * Puts every row a pending edit changed back to the server's copy, and forgets the copies. `newer`:
 * the server's rows a pull brought, written over their copy or, where none was kept, straight in —
 * one write of each row, where taking them in first (`takeServerRows`) wrote the copies twice.
 * After an import, thousands of rows: written in turns that let the page run (paced-writes.ts).
 */
export async function restoreServerCopies(db: PttDatabase, newer: readonly ServerRow[] = []): Promise<void> {
  const rows = new Map<string, ServerRow>();
  for (const row of [...(await db.serverRows.toArray()), ...newer]) rows.set(`${row.table}/${row.id}`, row);
  await writeRows(db, [...rows.values()], pacedWrites());
  await db.serverRows.clear();
}

/** Puts the rows `rows` back to the server's copy, where one was kept, and forgets those copies. */
export async function restoreServerCopiesOf(db: PttDatabase, rows: readonly RowRef[]): Promise<void> {
  const keys = rows.map(({ table, id }): [TableName, string] => [table, id]);
  const copies = (await db.serverRows.bulkGet(keys)).filter((copy) => copy !== undefined);
  await writeRows(db, copies);
  await db.serverRows.bulkDelete(copies.map(({ table, id }): [TableName, string] => [table, id]));
}

/**
 * Puts rows into the screens' tables; a null row deletes. Only tables with something to write are
 * touched. `paced`: in slices over several turns (paced-writes.ts); else one request per table and kind.
 */
async function writeRows(db: PttDatabase, rows: ServerRow[], paced?: PacedWrites) {
  const write = <T>(rows: T[], request: (slice: T[]) => Promise<unknown>) =>
    paced ? paced.write(rows, request) : request(rows);
  for (const table of TABLES) {
    const mine = rows.filter((change) => change.table === table);
    const puts = mine.flatMap((change) => (change.row ? [change.row] : []));
    const deletes = mine.filter((change) => !change.row).map((change) => change.id);
    if (puts.length > 0) await write(puts, (slice) => db.table<AnyRow, string>(table).bulkPut(slice));
    if (deletes.length > 0) await write(deletes, (slice) => db.table(table).bulkDelete(slice));
  }
}
