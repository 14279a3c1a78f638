/**
 * The two ways the outbox's numbering changes after the fact, each in one transaction:
 * - `startOver`: a new client id and a sequence from 1, when the server's history lost this
 *   device's numbers (a restore, a failover, a wipe) or this device's numbers went back in
 *   time (its data restored from an older copy). The acknowledged edits the new history
 *   lacks come back first, then the edits still waiting, in order;
 * - `refuse`: the server refused the request carrying one edit (a 4xx): the edit becomes a
 *   sync issue and the ones after it move down a number, as the server never took that one;
 *   the rows it changed are rebased on the rest.
 * Keys stay with their edits: they name the edit, not its place in a sequence.
 */
import { intentTarget } from '../../domain/intents';
import { META, newClientId, type AcknowledgedEdit, type OutboxEntry, type PttDatabase } from '../database';
import { pacedWrites } from './paced-writes';
import { loadRulesForOutbox, rebaseAround } from './rebase';
import { refusedIssue, takeAnswered } from './settle';

export interface StartedOver {
  /** Acknowledged edits the new history lacked, queued again. */
  resent: number;
  /** Edits that were waiting, queued under the new numbers. */
  waiting: number;
}

/**
 * Settles every answered entry, queues again the acknowledged edits after the point
 * `keptUpTo` gives (asked once the answered entries are among the acknowledged), and
 * numbers them and the waiting entries from 1 under a new client id. With `newHistory`,
 * each keeps the field values it was made on but not their version — versions of the old
 * history mean nothing in the new one — so the server judges it by value: a conflict only
 * where someone else set a field it overwrites to a third value. In the caller's transaction
 * (every sync table).
 */
export async function startOver(
  db: PttDatabase,
  { keptUpTo, newHistory, now }: { keptUpTo: () => Promise<number>; newHistory: boolean; now: number },
): Promise<StartedOver> {
  const entries = await db.outbox.orderBy('seq').toArray();
  await takeAnswered(
    db,
    entries.filter((entry) => entry.outcome),
    now,
  );
  const lost = await db.acknowledged
    .where('cursor')
    .above(await keptUpTo())
    .sortBy('cursor');
  await db.acknowledged.bulkDelete(lost.map((edit) => edit.key));
  const waiting = entries.filter((entry) => !entry.outcome);
  const queue = [...lost.map(asEntry), ...waiting].map((entry, index): OutboxEntry => {
    const { outcome: _answered, ...unanswered } = entry;
    const base = newHistory && entry.base ? { version: 0, fields: entry.base.fields } : entry.base;
    return { ...unanswered, seq: index + 1, base };
  });
  await db.outbox.clear();
  await newClientId(db);
  await db.outbox.bulkAdd(queue);
  await db.meta.put({ key: META.nextSeq, value: queue.length + 1 });
  return { resent: lost.length, waiting: waiting.length };
}

/**
 * The edit the server refused (with its answer's status and message) becomes a sync issue; later
 * ones move down. In the same transaction the rows it changed go back to the server's copy with the
 * edits still queued re-applied on top (`rebaseAround`): the issue never shows while its edit still does
 * here, so "Try again" applies it to what the server holds, however soon it is clicked.
 */
export async function refuse(
  db: PttDatabase,
  seq: number,
  detail: { status: number; message: string },
  now: number,
): Promise<void> {
  await loadRulesForOutbox(db);
  await db.transaction('rw', db.syncTables, async () => {
    const queue = await db.outbox.orderBy('seq').toArray();
    const entry = queue.find((queued) => queued.seq === seq);
    if (!entry) return;
    await db.syncIssues.put(await refusedIssue(db, entry, detail, now));
    const later = queue.filter((queued) => queued.seq > seq);
    const earlier = queue.filter((queued) => queued.seq < seq);
    const moved = later.map((queued) => ({ ...queued, seq: queued.seq - 1 }));
    // Only the rows the refused edit changed, and those edited with them, are rebased (`rebaseAround`).
    const reapplied = await rebaseAround(db, [...earlier, ...moved], entry.touched);
    const rebased = new Map(reapplied.map((again) => [again.seq, again]));
    const written = [...earlier.filter((kept) => rebased.has(kept.seq)), ...moved].map(
      (queued) => rebased.get(queued.seq) ?? queued,
    );
    // Written over their old numbers: only the last number is left to free.
    await db.outbox.delete(queue.at(-1)!.seq);
    // After an import, thousands of entries move down a number: written in turns that let the page run.
    await pacedWrites().write(written, (slice) => db.outbox.bulkPut(slice));
    const next = (await db.meta.get(META.nextSeq))?.value as number;
    await db.meta.put({ key: META.nextSeq, value: next - 1 });
  });
}

function asEntry({ key, intent, base, acknowledgedAt }: AcknowledgedEdit): OutboxEntry {
  return { seq: 0, key, intent, base, touched: [intentTarget(intent)], createdAt: acknowledgedAt };
}
