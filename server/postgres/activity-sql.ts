/**
 * One tenant's activity log in SQL (migrations/0003-activity.sql). The writer holds the
 * tenant's lock (postgres-store.ts), so numbering from `tenants.last_activity_id` is safe.
 * Every statement filters on the tenant.
 */
import type { ActivityEntry, ActivityQuery, NewActivityEntry } from '../../src/domain/activity';
import type { SqlSession } from './database';

export async function appendActivity(
  sql: SqlSession,
  tenantId: string,
  entry: NewActivityEntry,
): Promise<ActivityEntry> {
  const [numbered] = await sql.query<{ id: number }>(
    'UPDATE tenants SET last_activity_id = last_activity_id + 1 WHERE id = $1 RETURNING last_activity_id AS id',
    [tenantId],
  );
  if (!numbered) throw new Error(`Unknown tenant ${tenantId}`);
  const appended: ActivityEntry = { id: Number(numbered.id), ...entry };
  await sql.query(
    `INSERT INTO activity (tenant_id, id, at, account_id, intent_name, row_keys, entry)
     VALUES ($1, $2, $3, $4, $5, $6::text[], $7::text::json)`,
    [
      tenantId,
      appended.id,
      entry.at,
      entry.actor.accountId,
      entry.intent.name,
      entry.rows.map((row) => `${row.table}/${row.id}`),
      JSON.stringify(appended),
    ],
  );
  return appended;
}

/** Up to `limit` matching entries, newest first (oldest first with `after`); each filter is one indexed condition. */
export async function readActivity(sql: SqlSession, tenantId: string, query: ActivityQuery): Promise<ActivityEntry[]> {
  const params: unknown[] = [tenantId];
  const where = ['tenant_id = $1'];
  const add = (condition: string, value: unknown) => {
    params.push(value);
    where.push(condition.replace('?', `$${params.length}`));
  };
  if (query.before !== undefined) add('id < ?', query.before);
  if (query.after !== undefined) add('id > ?', query.after);
  if (query.accountId !== undefined) add('account_id = ?', query.accountId);
  if (query.intents) add('intent_name = ANY(?::text[])', query.intents);
  if (query.from !== undefined) add('at >= ?', query.from);
  if (query.to !== undefined) add('at < ?', query.to);
  if (query.row) add('row_keys @> ARRAY[?::text]', `${query.row.table}/${query.row.id}`);
  params.push(query.limit);
  const order = query.after === undefined ? 'DESC' : 'ASC';
  const rows = await sql.query<{ entry: ActivityEntry }>(
    `SELECT entry FROM activity WHERE ${where.join(' AND ')} ORDER BY id ${order} LIMIT $${params.length}`,
    params,
  );
  return rows.map((row) => row.entry);
}

export async function trimActivity(sql: SqlSession, tenantId: string, at: number): Promise<number> {
  const removed = await sql.query('DELETE FROM activity WHERE tenant_id = $1 AND at < $2 RETURNING id', [tenantId, at]);
  return removed.length;
}
