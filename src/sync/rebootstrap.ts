/**
 * When the history this device knew is gone — the server was restored from a backup, failed
 * over to a standby that was behind, or wiped (a new generation, or a server behind what it
 * had answered) — or when this device's own numbering went back in time (its data restored
 * from an older copy, so the server holds other edits under its sequence numbers).
 *
 * Recovery, in one transaction: every answered edit is settled; the acknowledged edits the
 * new history lacks, and every edit still waiting, are queued again under a new client id
 * (db/outbox/renumber.ts); when the server's history changed, the local rows and activity log
 * are dropped so the next steps load them again (initial sync, activity), and the rebase puts the waiting edits back
 * on top. The user is told in plain words (`META.recovery`, shown until dismissed).
 */
import { keptUpTo } from '../domain/generations';
import { META, type PttDatabase } from '../db/database';
import { startOver } from '../db/outbox/renumber';
import type { HistoryChange } from './history-changed';

/** What the user is told after a recovery (summed until they dismiss it). */
export interface Recovery {
  /** `server`: the server's history changed; `device`: this device's data was restored from an older copy. */
  cause: 'server' | 'device';
  /** Edits the server had acknowledged and then lost, sent again. */
  resent: number;
  at: number;
}

export async function rebootstrap(db: PttDatabase, change: HistoryChange, now = Date.now()): Promise<Recovery> {
  return db.transaction('rw', [...db.syncTables, db.activity], async () => {
    const newHistory = !change.sequenceReused;
    const kept = async () => (newHistory ? keptPoint(db, change) : Infinity);
    const { resent } = await startOver(db, { keptUpTo: kept, newHistory, now });
    if (newHistory) {
      // The activity log goes too: a restored server numbers its entries again from its backup's.
      await Promise.all([forgetServerData(db), db.activity.clear()]);
      if (change.generation) await db.meta.put({ key: META.generation, value: change.generation.id });
    }
    const cause = newHistory ? 'server' : 'device';
    const earlier = (await db.meta.get(META.recovery))?.value as Recovery | undefined;
    const recovery: Recovery = { cause, resent: resent + (earlier?.cause === cause ? earlier.resent : 0), at: now };
    await db.meta.put({ key: META.recovery, value: recovery });
    return recovery;
  });
}

/**
 * Drops every row the server sent, and the cursor, in the caller's transaction: the next sync
 * loads them all again (its initial sync) and the rebase puts the waiting edits back on top.
 */
export async function forgetServerData(db: PttDatabase): Promise<void> {
  await Promise.all([
    db.contacts.clear(),
    db.subLists.clear(),
    db.groups.clear(),
    db.supervisors.clear(),
    db.serverRows.clear(),
    db.meta.bulkDelete([META.cursor, META.snapshot]),
  ]);
}

/**
 * Up to which cursor the server's history still holds the one this device knew. A new
 * generation says so itself (its lineage). A server that cut its history back without a new
 * generation says nothing: the point is then below its own cursor and below this device's
 * first edit it no longer has applied — this device's edits are exact; another device's, made
 * before a rotation of client id, are assumed lost past the server's cursor.
 */
async function keptPoint(db: PttDatabase, change: HistoryChange): Promise<number> {
  const known = (await db.meta.get(META.generation))?.value as string | undefined;
  if (change.generation && known !== undefined && change.generation.id !== known) {
    return keptUpTo(change.generation, known);
  }
  let point = change.serverCursor ?? Infinity;
  if (change.lastAppliedSeq !== undefined) {
    const clientId = (await db.meta.get(META.clientId))?.value as string;
    const forgotten = await db.acknowledged.filter((edit) => edit.clientId === clientId).toArray();
    for (const edit of forgotten) if (edit.seq > change.lastAppliedSeq) point = Math.min(point, edit.cursor - 1);
  }
  return point;
}
