/**
 * What the Activity page and a row's History read, live from the local store: the server's
 * recent entries and, on top, this device's edits still waiting for the server.
 */
import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../db/context';
import { localActivity, rowActivity } from '../../db/activity';
import { userIdOf, type OutboxEntry, type PttDatabase } from '../../db/database';
import { waitingEdits } from '../../db/outbox/pending';
import type { ActivityEntry, ActivityRow } from '../../domain/activity';
import type { RowRef } from '../../domain/apply';
import type { TableName } from '../../domain/model';
import type { GroupName, ShownEntry } from './sentences';

export interface ActivityFeed {
  entries: ShownEntry[];
  groupName: GroupName;
  /** The oldest server entry held here: older ones load from the server (older.ts). */
  oldestHeld?: number;
  /** Every entry held here is in `entries` (false: only the newest, while the rest is read). */
  complete: boolean;
}

/** What the page paints first, while the whole log (up to 10,000 entries and more) is read. */
const FIRST_ENTRIES = 100;

/**
 * Every entry held here, the waiting edits first (newest first), then the server's, newest
 * first. The newest come first on their own, and the whole log is read only once they are
 * painted: read together, the whole log's thousands of entries held up the first ones (the
 * same store, the same main thread to take them in), and the page waited for both.
 */
export function useActivityFeed(): ActivityFeed | undefined {
  const db = useDatabase();
  const first = useLiveQuery(() => readFeed(db, FIRST_ENTRIES), [db]);
  const firstPainted = usePaintedOnce(first !== undefined);
  const all = useLiveQuery(() => (firstPainted ? readFeed(db) : undefined), [db, firstPainted]);
  return all ?? first;
}

/** Turns true after the first frame painted once `ready` is: for work that must not hold that frame up. */
function usePaintedOnce(ready: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!ready || painted) return;
    // The frame's callback runs before its paint; a task queued from it, after.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setPainted(true))));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [ready, painted]);
  return painted;
}

async function readFeed(db: PttDatabase, limit?: number): Promise<ActivityFeed> {
  const [waiting, logged] = await Promise.all([waitingEdits(db), localActivity(db, limit)]);
  const you = userIdOf(db);
  const entries = [
    ...(await Promise.all(waiting.map((edit) => waitingEntry(db, edit)))),
    ...logged.map((e) => loggedEntry(e, you)),
  ];
  return {
    entries,
    groupName: await groupNames(db, entries),
    oldestHeld: logged.at(-1)?.id,
    complete: limit === undefined || logged.length < limit,
  };
}

const HISTORY_LENGTH = 5;

/** A row's last few entries held here, its waiting edits first. */
export function useRowHistory(table: TableName, id: string): ActivityFeed | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const [edits, logged] = await Promise.all([waitingEdits(db), rowActivity(db, table, id, HISTORY_LENGTH)]);
    const waiting = edits.filter((edit) => edit.touched.some((ref) => ref.table === table && ref.id === id));
    const you = userIdOf(db);
    const entries = [
      ...(await Promise.all(waiting.map((edit) => waitingEntry(db, edit)))),
      ...logged.map((e) => loggedEntry(e, you)),
    ];
    const shown = entries.slice(0, HISTORY_LENGTH);
    return { entries: shown, groupName: await groupNames(db, shown), complete: true };
  }, [db, table, id]);
}

/** A server entry as shown: `you` when the signed-in account made it (here or on another device). */
export function loggedEntry({ id, at, actor, intent, rows }: ActivityEntry, you: string): ShownEntry {
  return { key: `server:${id}`, waiting: false, at, actor, you: actor.accountId === you, intent, rows };
}

/** A waiting edit as an entry: the rows it touched, named as this device shows them now. */
async function waitingEntry(db: PttDatabase, edit: OutboxEntry): Promise<ShownEntry> {
  const rows = await Promise.all(edit.touched.map((ref) => namedRow(db, ref)));
  const actor = { accountId: userIdOf(db), name: '', role: 'administrator' as const };
  return {
    key: `waiting:${edit.key}`,
    waiting: true,
    at: edit.createdAt,
    actor,
    you: true,
    intent: edit.intent,
    rows,
  };
}

async function namedRow(db: PttDatabase, { table, id }: RowRef): Promise<ActivityRow> {
  const row = (await db.table(table).get(id)) as { name?: string } | undefined;
  const server = (await db.serverRows.get([table, id]))?.row as { name?: string } | null | undefined;
  const name = row?.name ?? server?.name ?? '';
  return { table, id, name, op: row ? 'update' : 'delete', changes: {} };
}

/** The names of the groups the entries' scan lists name (a sentence says "Priority 1 in <group>"), read by id. */
async function groupNames(db: PttDatabase, entries: readonly ShownEntry[]): Promise<GroupName> {
  const ids = new Set<string>();
  for (const { intent } of entries) {
    if (intent.name === 'scanning.update') for (const { groupId } of intent.args.scanList) ids.add(groupId);
  }
  if (ids.size === 0) return () => undefined;
  const groups = await db.groups.bulkGet([...ids]);
  const names = new Map(groups.flatMap((group) => (group ? [[group.id, group.name] as const] : [])));
  return (id) => names.get(id);
}
