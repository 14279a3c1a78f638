/**
 * One tenant's rows, change log, client sequences and outcomes in SQL. Every statement
 * names the tenant in its WHERE clause (or its key): a tenant transaction cannot reach
 * another tenant's data. A row lives in `entries` as its latest change; its lookup
 * columns (phone, name key, member ids) are copied out of it on every write.
 */
import type { ListTable } from '../../src/domain/apply';
import type { Contact, MemberList, RowByTable, Supervisor, TableName } from '../../src/domain/model';
import type { Change, Generation, MutationOutcome } from '../../src/domain/protocol';
import { LEGACY_GENERATION, UnknownTenant, type Row } from '../core/storage';
import type { SqlSession } from './database';

/** The one column of the first row a query returns (undefined: no row): the lookups below, each a single value. */
async function firstValue<V>(sql: SqlSession, text: string, params: readonly unknown[]): Promise<V | undefined> {
  const [first] = await sql.query<Record<string, V>>(text, params);
  return first ? Object.values(first)[0] : undefined;
}

/** A number a query returns, 0 when it returns no row (a client never seen has applied nothing). */
async function numberOrZero(sql: SqlSession, text: string, params: readonly unknown[]): Promise<number> {
  return (await firstValue<number>(sql, text, params)) ?? 0;
}

interface EntryRow {
  tbl: TableName;
  id: string;
  cursor: number;
  row: Row | null;
}

/**
 * Starts a tenant transaction: the tenant's cursor, read under the tenant's lock for a
 * writer (held to the end of the transaction), or as the first read of a read-only
 * snapshot. Throws `UnknownTenant` for a tenant the database lacks.
 */
export async function beginTenant(sql: SqlSession, tenantId: string, mode: 'read' | 'write'): Promise<number> {
  if (mode === 'read') await sql.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
  const [tenant] = await sql.query<{ cursor: number }>(
    `SELECT cursor FROM tenants WHERE id = $1${mode === 'write' ? ' FOR UPDATE' : ''}`,
    [tenantId],
  );
  if (!tenant) throw new UnknownTenant(tenantId);
  return tenant.cursor;
}

/** Stores the tenant's latest cursor (by the writer holding its lock). */
export async function setCursor(sql: SqlSession, tenantId: string, cursor: number): Promise<void> {
  await sql.query('UPDATE tenants SET cursor = $2 WHERE id = $1', [tenantId, cursor]);
}

/** The tenant's generation (`LEGACY_GENERATION` for a tenant created before generations). */
export async function generation(sql: SqlSession, tenantId: string): Promise<Generation> {
  const stored = await firstValue<Generation | null>(sql, 'SELECT generation FROM tenants WHERE id = $1', [tenantId]);
  return stored ?? LEGACY_GENERATION;
}

export async function setGeneration(sql: SqlSession, tenantId: string, next: Generation): Promise<void> {
  await sql.query('UPDATE tenants SET generation = $2::text::json WHERE id = $1', [tenantId, JSON.stringify(next)]);
}

/** The row of the tenant's first entry that matches `where` (its parameters from $2). */
function entryRow<R>(sql: SqlSession, tenantId: string, where: string, params: readonly unknown[]) {
  return firstValue<R>(sql, `SELECT row FROM entries WHERE tenant_id = $1 AND ${where} LIMIT 1`, [tenantId, ...params]);
}

export function getRow<T extends TableName>(sql: SqlSession, tenantId: string, table: T, id: string) {
  return entryRow<RowByTable[T]>(sql, tenantId, 'tbl = $2 AND id = $3 AND row IS NOT NULL', [table, id]);
}

export function contactByPhone(sql: SqlSession, tenantId: string, phone: string) {
  return entryRow<Contact>(sql, tenantId, 'phone = $2', [phone]);
}

export function listByNameKey(sql: SqlSession, tenantId: string, table: ListTable, nameKey: string) {
  return entryRow<MemberList>(sql, tenantId, 'tbl = $2 AND name_key = $3', [table, nameKey]);
}

/** The lists holding a member, or (`supervisors`) the supervisors whose scope holds a group: the same column. */
export async function listsWithMember<T extends ListTable | 'supervisors'>(
  sql: SqlSession,
  tenantId: string,
  table: T,
  memberId: string,
) {
  const rows = await sql.query<{ row: RowByTable[T] }>(
    'SELECT row FROM entries WHERE tenant_id = $1 AND tbl = $2 AND member_ids @> ARRAY[$3::text]',
    [tenantId, table, memberId],
  );
  return rows.map((found) => found.row);
}

export interface EntryWrite {
  table: TableName;
  id: string;
  /** Absent: a tombstone. */
  row?: Row | undefined;
  /** The change's cursor, which is also the row's version. */
  cursor: number;
}

/** What a row is looked up by, copied out of it into columns (all null on a tombstone). */
function lookupColumns({ table, row }: EntryWrite) {
  if (!row) return { phone: null, nameKey: null, memberIds: null };
  if (table === 'contacts') return { phone: (row as Contact).phone, nameKey: null, memberIds: null };
  if (table === 'supervisors')
    return { phone: null, nameKey: null, memberIds: JSON.stringify((row as Supervisor).groupIds) };
  const list = row as MemberList;
  return { phone: null, nameKey: list.nameKey, memberIds: JSON.stringify(list.memberIds) };
}

/**
 * Stores rows (or tombstones) as their latest changes, any number in one statement: one
 * write of a push, or thousands when a tenant is loaded.
 */
export async function writeEntries(sql: SqlSession, tenantId: string, writes: readonly EntryWrite[]): Promise<void> {
  const lookups = writes.map(lookupColumns);
  await sql.query(
    `INSERT INTO entries (tenant_id, tbl, id, cursor, row, phone, name_key, member_ids)
     SELECT $1, tbl, id, cursor, row::json, phone, name_key,
       CASE WHEN members IS NOT NULL THEN ARRAY(SELECT json_array_elements_text(members::json)) END
     FROM unnest($2::text[], $3::text[], $4::bigint[], $5::text[], $6::text[], $7::text[], $8::text[])
       AS written (tbl, id, cursor, row, phone, name_key, members)
     ON CONFLICT (tenant_id, tbl, id) DO UPDATE SET cursor = excluded.cursor, row = excluded.row,
       phone = excluded.phone, name_key = excluded.name_key, member_ids = excluded.member_ids`,
    [
      tenantId,
      writes.map((write) => write.table),
      writes.map((write) => write.id),
      writes.map((write) => write.cursor),
      writes.map(({ row, cursor }) => (row ? JSON.stringify({ ...row, version: cursor }) : null)),
      lookups.map((lookup) => lookup.phone),
      lookups.map((lookup) => lookup.nameKey),
      lookups.map((lookup) => lookup.memberIds),
    ],
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

export function rowCount(sql: SqlSession, tenantId: string, table: TableName): Promise<number> {
  return numberOrZero(
    sql,
    'SELECT count(*)::integer FROM entries WHERE tenant_id = $1 AND tbl = $2 AND row IS NOT NULL',
    [tenantId, table],
  );
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

export function lastAppliedSeq(sql: SqlSession, tenantId: string, clientId: string): Promise<number> {
  return numberOrZero(sql, 'SELECT last_applied_seq FROM clients WHERE tenant_id = $1 AND client_id = $2', [
    tenantId,
    clientId,
  ]);
}

/** The tenant's first stored outcome that matches `where` (its parameters from $2). */
function outcomeWhere(sql: SqlSession, tenantId: string, where: string, params: readonly unknown[]) {
  return firstValue<MutationOutcome>(sql, `SELECT outcome FROM outcomes WHERE tenant_id = $1 AND ${where} LIMIT 1`, [
    tenantId,
    ...params,
  ]);
}

export function storedOutcome(sql: SqlSession, tenantId: string, clientId: string, seq: number) {
  return outcomeWhere(sql, tenantId, 'client_id = $2 AND seq = $3', [clientId, seq]);
}

/** The outcome stored under this idempotency key, by any client of the tenant (index `outcomes_by_key`). */
export function outcomeByKey(sql: SqlSession, tenantId: string, key: string) {
  return outcomeWhere(sql, tenantId, "outcome ->> 'key' = $2", [key]);
}

/** Stores the outcome and moves the client's last applied seq to it, in one statement. */
export async function recordOutcome(sql: SqlSession, tenantId: string, clientId: string, outcome: MutationOutcome) {
  await sql.query(
    `WITH stored AS (
       INSERT INTO outcomes (tenant_id, client_id, seq, outcome) VALUES ($1, $2, $3, $4::text::json)
     )
     INSERT INTO clients (tenant_id, client_id, last_applied_seq) VALUES ($1, $2, $3)
     ON CONFLICT (tenant_id, client_id) DO UPDATE SET last_applied_seq = excluded.last_applied_seq`,
    [tenantId, clientId, outcome.seq, JSON.stringify(outcome)],
  );
}
