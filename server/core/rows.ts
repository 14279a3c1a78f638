/**
 * Whole-table work on a tenant, page by page through the storage interface: for tools
 * (seeding, the demo's reset and its "another admin", tests), never on a request path.
 */
import { TABLES, type RowByTable, type TableName } from '../../src/domain/model';
import type { TenantTx } from './storage';

export type TableRows = { [T in TableName]: RowByTable[T][] };

const PAGE = 5_000;

/** Every row of a table, by id. */
export async function allRows<T extends TableName>(tx: TenantTx, table: T): Promise<RowByTable[T][]> {
  const rows: RowByTable[T][] = [];
  for (;;) {
    const page = await tx.rowsAfter(table, rows.at(-1)?.id, PAGE);
    rows.push(...page);
    if (page.length < PAGE) return rows;
  }
}

/** Every row of every table. */
export async function allTables(tx: TenantTx): Promise<TableRows> {
  return {
    contacts: await allRows(tx, 'contacts'),
    subLists: await allRows(tx, 'subLists'),
    groups: await allRows(tx, 'groups'),
    supervisors: await allRows(tx, 'supervisors'),
  };
}

/**
 * Makes the tenant's rows exactly `rows`: rows not in it are deleted, the others written,
 * each as a new change, so clients pull the difference.
 */
export async function restoreRows(tx: TenantTx, rows: TableRows): Promise<void> {
  for (const table of TABLES) {
    const keep = new Set(rows[table].map((row) => row.id));
    for (const { id } of await allRows(tx, table)) if (!keep.has(id)) await tx.write(table, id, undefined);
  }
  for (const table of TABLES) for (const row of rows[table]) await tx.write(table, row.id, row);
}
