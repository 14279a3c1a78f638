/** Resolving a sync issue: keep mine re-queues the edit on today's data; keep theirs and dismiss drop it. */
import { mutate, nudgeSync } from '../../db/mutate';
import type { PttDatabase, SyncIssue } from '../../db/database';

/** Throws `IntentRejected` when the edit no longer applies (e.g. the row is gone); the issue then stays. */
export async function keepMine(db: PttDatabase, issue: SyncIssue): Promise<void> {
  await db.transaction(
    'rw',
    [db.contacts, db.subLists, db.groups, db.serverRows, db.outbox, db.meta, db.syncIssues],
    async () => {
      await mutate(db, issue.intent);
      await db.syncIssues.delete(issue.key);
    },
  );
  // mutate's own nudge ran inside the transaction, before the edit was committed.
  nudgeSync(db);
}

export async function dropIssue(db: PttDatabase, key: string): Promise<void> {
  await db.syncIssues.delete(key);
}
