/**
 * Resolving a sync issue: keep mine and try again re-queue the edit on today's data; keep
 * theirs and dismiss drop it. (The recovery notice's dismissal is in hooks.ts, with the notice.)
 */
import { useMemo } from 'react';
import { useDatabase } from '../../db/context';
import type { SyncIssue } from '../../db/database';
import { resendIssue, type Resent } from '../../db/outbox/append';

export function useSyncIssueActions() {
  const db = useDatabase();
  return useMemo(
    () => ({
      /**
       * "Keep mine" and "Try again". Throws `IntentRejected` when the edit no longer applies (e.g.
       * the row is gone) and `StorageFull`; the issue then stays. `whenReloaded`: queued to be
       * applied once the device has loaded the data again (after a server restore).
       */
      sendAgain(issue: SyncIssue): Promise<Resent> {
        return resendIssue(db, issue);
      },
      async drop(issue: SyncIssue): Promise<void> {
        await db.syncIssues.delete(issue.key);
      },
    }),
    [db],
  );
}
