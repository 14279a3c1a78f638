/** Resolving a sync issue: keep mine re-queues the edit on today's data; keep theirs and dismiss drop it. */
import { useMemo } from 'react';
import { useDatabase } from '../../db/context';
import type { SyncIssue } from '../../db/database';
import { resendIssue } from '../../db/outbox/append';

export function useSyncIssueActions() {
  const db = useDatabase();
  return useMemo(
    () => ({
      /** Throws `IntentRejected` when the edit no longer applies (e.g. the row is gone); the issue then stays. */
      async keepMine(issue: SyncIssue): Promise<void> {
        await resendIssue(db, issue);
      },
      async drop(issue: SyncIssue): Promise<void> {
        await db.syncIssues.delete(issue.key);
      },
    }),
    [db],
  );
}
