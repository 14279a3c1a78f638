/** What the header and the Sync issues page read: the engine's status and the stored issues. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useStore } from 'zustand';
import { useDatabase } from '../../db/context';
import type { SyncIssue } from '../../db/database';
import { intentTarget } from '../../domain/intents';
import type { RowRef } from '../../domain/apply';
import { appSyncStatus, type SyncStatus } from '../../sync/status';

export { useIssueCount, useWaitingCount } from '../../db/hooks';

export function useSyncStatus(): SyncStatus {
  return useStore(appSyncStatus);
}

export interface ShownIssue extends SyncIssue {
  /** The row the edit was about, if it still exists here: where "Edit" leads. */
  target: (RowRef & { kind?: string }) | null;
}

/** Oldest first, as the edits were made. */
export function useSyncIssues(): ShownIssue[] | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const issues = await db.syncIssues.orderBy('seq').toArray();
    return Promise.all(
      issues.map(async (issue) => {
        const target = intentTarget(issue.intent);
        const row = await db.table(target.table).get(target.id);
        return { ...issue, target: row ? { ...target, kind: row.kind as string | undefined } : null };
      }),
    );
  }, [db]);
}
