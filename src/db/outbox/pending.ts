/**
 * What the screens mark as waiting for the server, read from the outbox. Plain reads, for
 * `useLiveQuery` (db/hooks.ts) or any caller; what an intent changes is asked of the intent
 * (domain/intents.ts), never read from its name.
 */
import type { ListTable } from '../../domain/apply';
import { addedMembers, intentTarget } from '../../domain/intents';
import type { TableName } from '../../domain/model';
import type { OutboxEntry, PttDatabase } from '../database';

/** The key `pendingRowKeys` holds for a row. */
export function rowKey(table: TableName, id: string): string {
  return `${table}:${id}`;
}

/** The rows that local edits still waiting for the server change, as `rowKey`s. */
export async function pendingRowKeys(db: PttDatabase): Promise<Set<string>> {
  const keys = new Set<string>();
  await db.outbox.each((entry) => entry.touched.forEach((ref) => keys.add(rowKey(ref.table, ref.id))));
  return keys;
}

/** The members that edits still waiting for the server add to one sub-list or group. */
export async function pendingMembers(db: PttDatabase, table: ListTable, id: string): Promise<Set<string>> {
  const members = new Set<string>();
  await db.outbox.each(({ intent }) => {
    const target = intentTarget(intent);
    if (target.table === table && target.id === id) addedMembers(intent).forEach((member) => members.add(member));
  });
  return members;
}

/** The edits waiting for the server, newest first (the Activity page shows them on top). */
export async function waitingEdits(db: PttDatabase): Promise<OutboxEntry[]> {
  return db.outbox.orderBy('seq').reverse().toArray();
}

/** How many edits wait for the server (sent but not yet settled ones included). */
export function waitingCount(db: PttDatabase): Promise<number> {
  return db.outbox.count();
}

/** The highest sequence number the server has answered among the entries still in the outbox (0: none). */
export async function highestAnsweredSeq(db: PttDatabase): Promise<number> {
  let highest = 0;
  await db.outbox.each((entry) => {
    if (entry.outcome) highest = Math.max(highest, entry.seq);
  });
  return highest;
}
