/**
 * The recent activity log kept on this device (the `activity` table): what the server sent,
 * newest first, readable offline. It keeps every entry of the last 30 days and, past that,
 * the newest ones up to 10,000 in all (`LOCAL_ACTIVITY`); the Activity page reads older
 * pages from the server while online. A supervisor's log holds only what it may see
 * (src/domain/visibility.ts): the server sends nothing else, and `keepSeenActivity` follows
 * its scope as it changes.
 */
import type { ActivityEntry } from '../domain/activity';
import type { TableName } from '../domain/model';
import { activitySeenBy, type SupervisorView } from '../domain/visibility';
import { META, userIdOf, type LocalActivityEntry, type PttDatabase } from './database';
import { rowKey } from './outbox/pending';

export const LOCAL_ACTIVITY = { days: 30, entries: 10_000 } as const;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The number of the newest entry held here; 0 when none. */
export async function newestActivityId(db: PttDatabase): Promise<number> {
  return (await db.activity.orderBy('id').last())?.id ?? 0;
}

/** Whether the local log already reaches back far enough (30 days, or 10,000 entries). */
export async function activityReachesBack(db: PttDatabase, now: number): Promise<boolean> {
  const oldest = await db.activity.orderBy('id').first();
  if (!oldest) return false;
  return oldest.at <= now - LOCAL_ACTIVITY.days * DAY_MS || (await db.activity.count()) >= LOCAL_ACTIVITY.entries;
}

/** Stores entries from the server and lets go of what the window no longer keeps, in one transaction. */
export async function storeActivity(db: PttDatabase, entries: readonly ActivityEntry[], now: number): Promise<void> {
  await db.transaction('rw', db.activity, async () => {
    await db.activity.bulkPut(entries.map(withRowKeys));
    const surplus = (await db.activity.count()) - LOCAL_ACTIVITY.entries;
    if (surplus <= 0) return;
    const since = now - LOCAL_ACTIVITY.days * DAY_MS;
    const oldest = await db.activity.orderBy('id').limit(surplus).toArray();
    await db.activity.bulkDelete(oldest.filter((entry) => entry.at < since).map((entry) => entry.id));
  });
}

/**
 * For a supervisor whose scope changed since the log held here was last cut to it: a scope
 * that only shrank takes away the entries (and the rows of entries) it no longer sees; one
 * that grew empties the log, so the next fetch takes the window again with the new groups'
 * entries. Nothing for an administrator, or while the scope is the same.
 */
export async function keepSeenActivity(db: PttDatabase): Promise<void> {
  if ((await db.meta.get(META.role))?.value !== 'supervisor') return;
  await db.transaction('rw', db.meta, db.supervisors, db.activity, async () => {
    const accountId = userIdOf(db);
    const scope = [...((await db.supervisors.get(accountId))?.groupIds ?? [])].sort();
    const cutTo = (await db.meta.get(META.activityScope))?.value as string[] | undefined;
    if (cutTo && cutTo.join('\n') === scope.join('\n')) return;
    const view: SupervisorView = { accountId, scope: new Set(scope) };
    const grew = !cutTo || scope.some((id) => !cutTo.includes(id));
    if (grew) await db.activity.clear();
    else await cutActivity(db, view);
    await db.meta.put({ key: META.activityScope, value: scope });
  });
}

async function cutActivity(db: PttDatabase, view: SupervisorView): Promise<void> {
  const gone: number[] = [];
  const cut: LocalActivityEntry[] = [];
  await db.activity.each((entry) => {
    const seen = activitySeenBy(view, entry);
    if (!seen) gone.push(entry.id);
    else if (seen !== entry) cut.push(withRowKeys(seen));
  });
  await db.activity.bulkDelete(gone);
  await db.activity.bulkPut(cut);
}

function withRowKeys(entry: ActivityEntry): LocalActivityEntry {
  return { ...entry, rowKeys: entry.rows.map((row) => rowKey(row.table, row.id)) };
}

/** Every entry held here, or the newest `limit`, newest first. */
export function localActivity(db: PttDatabase, limit?: number): Promise<LocalActivityEntry[]> {
  const newest = db.activity.orderBy('id').reverse();
  return (limit === undefined ? newest : newest.limit(limit)).toArray();
}

/** The newest `limit` entries held here that touched one row (its History). */
export function rowActivity(db: PttDatabase, table: TableName, id: string, limit: number) {
  return db.activity.where('rowKeys').equals(rowKey(table, id)).reverse().limit(limit).toArray();
}
