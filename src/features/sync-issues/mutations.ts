/** Resolving a sync issue: keep mine re-queues the edit on today's data; keep theirs and dismiss drop it. */
import { resendIssue } from '../../db/outbox/append';
import type { PttDatabase, SyncIssue } from '../../db/database';

/** Throws `IntentRejected` when the edit no longer applies (e.g. the row is gone); the issue then stays. */
export async function keepMine(db: PttDatabase, issue: SyncIssue): Promise<void> {
  await resendIssue(db, issue);
}

export async function dropIssue(db: PttDatabase, key: string): Promise<void> {
  await db.syncIssues.delete(key);
}
