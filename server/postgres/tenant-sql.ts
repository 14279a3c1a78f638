/**
 * One tenant's rows, change log, client sequences and outcomes in SQL. Every statement
 * names the tenant in its WHERE clause (or its key): a tenant transaction cannot reach
 * another tenant's data. A row lives in `entries` as its latest change; its lookup
 * columns (phone, name key, member ids) are copied out of it on every write.
 */
import type { ListTable } from '../../src/domain/apply';
import type { Contact, MemberList, RowByTable, TableName } from '../../src/domain/model';
import type { Change, MutationOutcome } from '../../src/domain/protocol';
import type { Row } from '../core/storage';
import type { SqlSession } from './database';

interface EntryRow {
  tbl: TableName;
  id: string;
  cursor: number;
  row: Row | null;
}

/** The lookup columns of a row (all null on a tombstone). */
export function lookupColumns(table: TableName, row: Row | undefined) {
  if (!row) return { phone: null, nameKey: null, memberIds: null };
  if (table === 'contacts') return { phone: (row as Contact).phone, nameKey: null, memberIds: null };
  const list = row as MemberList;
  return { phone: null, nameKey: list.nameKey, memberIds: list.memberIds };
}

export async function getRow<T extends TableName>(sql: SqlSession, tenantId: string, table: T, id: string) {
  const [found] = await sql.query<{ row: RowByTable[T] }>(
    'SELECT row FROM entries WHERE tenant_id = $1 AND tbl = $2 AND id = $3 AND row IS NOT NULL',
    [tenantId, table, id],
  );
  return found?.row;
}

export async function contactByPhone(sql: SqlSession, tenantId: string, phone: string) {
  const [found] = await sql.query<{ row: Contact }>(
    `SELECT row FROM entries WHERE tenant_id = $1 AND phone = $2 LIMIT 1`,
    [tenantId, phone],
  );
  return found?.row;
}

export async function listByNameKey(sql: SqlSession, tenantId: string, table: ListTable, nameKey: string) {
  const [found] = await sql.query<{ row: MemberList }>(
    'SELECT row FROM entries WHERE tenant_id = $1 AND tbl = $2 AND name_key = $3 LIMIT 1',
    [tenantId, table, nameKey],
  );
  return found?.row;
}

export async function listsWithMember(sql: SqlSession, tenantId: string, table: ListTable, memberId: string) {
  const rows = await sql.query<{ row: MemberList }>(
    'SELECT row FROM entries WHERE tenant_id = $1 AND tbl = $2 AND member_ids @> ARRAY[$3::text]',
    [tenantId, table, memberId],
  );
  return rows.map((found) => found.row);
}

/** Stores a row (or its tombstone) as its latest change, at `cursor`, which is also its version. */
export async function writeEntry(
  sql: SqlSession,
  tenantId: string,
  table: TableName,
  id: string,
  row: Row | undefined,
  cursor: number,
): Promise<void> {
  const { phone, nameKey, memberIds } = lookupColumns(table, row);
  await sql.query(
    `INSERT INTO entries (tenant_id, tbl, id, cursor, row, phone, name_key, member_ids)
     VALUES ($1, $2, $3, $4, $5::text::jsonb, $6, $7, $8::text[])
     ON CONFLICT (tenant_id, tbl, id) DO UPDATE SET cursor = excluded.cursor, row = excluded.row,
       phone = excluded.phone, name_key = excluded.name_key, member_ids = excluded.member_ids`,
    [tenantId, table, id, cursor, row ? JSON.stringify({ ...row, version: cursor }) : null, phone, nameKey, memberIds],
  );
}

export async function rowsAfter<T extends TableName>(
  sql: SqlSession,
  tenantId: string,
  table: T,
  after: string | undefined,
  limit: number,
): Promise<RowByTable[T][]> {
  const rows =
    after === undefined
      ? await sql.query<{ row: RowByTable[T] }>(
          `SELECT row FROM entries WHERE tenant_id = $1 AND tbl = $2 AND row IS NOT NULL ORDER BY id LIMIT $3`,
          [tenantId, table, limit],
        )
      : await sql.query<{ row: RowByTable[T] }>(
          `SELECT row FROM entries WHERE tenant_id = $1 AND tbl = $2 AND row IS NOT NULL AND id > $3
           ORDER BY id LIMIT $4`,
          [tenantId, table, after, limit],
        );
  return rows.map((found) => found.row);
}

export async function rowCount(sql: SqlSession, tenantId: string, table: TableName): Promise<number> {
  const [counted] = await sql.query<{ count: number }>(
    'SELECT count(*)::integer AS count FROM entries WHERE tenant_id = $1 AND tbl = $2 AND row IS NOT NULL',
    [tenantId, table],
  );
  return counted?.count ?? 0;
}

export async function changesSince(sql: SqlSession, tenantId: string, since: number, limit: number) {
  const entries = await sql.query<EntryRow>(
    `SELECT tbl, id, cursor, row FROM entries WHERE tenant_id = $1 AND cursor > $2 ORDER BY cursor LIMIT $3`,
    [tenantId, since, limit],
  );
  return entries.map(({ tbl: table, id, cursor, row }): Change => {
    const base = { cursor, table, id, version: cursor };
    return (row ? { ...base, op: 'put', row } : { ...base, op: 'delete' }) as Change;
  });
}

export async function lastAppliedSeq(sql: SqlSession, tenantId: string, clientId: string): Promise<number> {
  const [client] = await sql.query<{ seq: number }>(
    'SELECT last_applied_seq AS seq FROM clients WHERE tenant_id = $1 AND client_id = $2',
    [tenantId, clientId],
  );
  return client?.seq ?? 0;
}

export async function storedOutcome(sql: SqlSession, tenantId: string, clientId: string, seq: number) {
  const [stored] = await sql.query<{ outcome: MutationOutcome }>(
    'SELECT outcome FROM outcomes WHERE tenant_id = $1 AND client_id = $2 AND seq = $3',
    [tenantId, clientId, seq],
  );
  return stored?.outcome;
}

/** Stores the outcome and moves the client's last applied seq to it, in one statement. */
export async function recordOutcome(sql: SqlSession, tenantId: string, clientId: string, outcome: MutationOutcome) {
  await sql.query(
    `WITH stored AS (
       INSERT INTO outcomes (tenant_id, client_id, seq, outcome) VALUES ($1, $2, $3, $4::text::jsonb)
     )
     INSERT INTO clients (tenant_id, client_id, last_applied_seq) VALUES ($1, $2, $3)
     ON CONFLICT (tenant_id, client_id) DO UPDATE SET last_applied_seq = excluded.last_applied_seq`,
    [tenantId, clientId, outcome.seq, JSON.stringify(outcome)],
  );
}
