/**
 * What the header and the Sync issues page read: the engine's status and the stored issues; and
 * the recovery notice's dismissal, here rather than with the issues' actions (mutations.ts), whose
 * outbox code the shell does not need on the first screen.
 */
import { useCallback } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useStore } from 'zustand';
import { useDatabase } from '../../db/context';
import { useIsLoaded } from '../../db/hooks';
import { META, type SyncIssue } from '../../db/database';
import { addedMembers, intentTarget } from '../../domain/intents';
import type { RowRef } from '../../domain/apply';
import type { Recovery } from '../../sync/rebootstrap';
import { appSyncStatus, type SyncStatus } from '../../sync/status';

export { useIssueCount, useWaitingCount } from '../../db/hooks';

export function useSyncStatus(): SyncStatus {
  return useStore(appSyncStatus);
}

export interface ShownIssue extends SyncIssue {
  /** The row the edit was about, if it still exists here: where "Edit" leads. */
  target: (RowRef & { kind?: string }) | null;
  /** The names of the members the edit names, as known when it was made or now (a deleted one may have none). */
  names: Record<string, string>;
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
        const contacts = await db.contacts.bulkGet(addedMembers(issue.intent));
        const names = Object.fromEntries(contacts.flatMap((contact) => (contact ? [[contact.id, contact.name]] : [])));
        return {
          ...issue,
          target: row ? { ...target, kind: row.kind as string | undefined } : null,
          names: { ...names, ...issue.memberNames },
        };
      }),
    );
  }, [db]);
}

/** Whether this device holds the tenant's data (its first sync, or a reload after a restore, is complete). */
export { useIsLoaded };

/** The last recovery from a changed history, until the user dismisses it (null: none), and its dismissal. */
export function useRecovery(): { recovery: Recovery | null; dismiss: () => Promise<void> } {
  const db = useDatabase();
  const recovery =
    useLiveQuery(async () => ((await db.meta.get(META.recovery))?.value as Recovery | undefined) ?? null, [db]) ?? null;
  const dismiss = useCallback(() => db.meta.delete(META.recovery), [db]);
  return { recovery, dismiss };
}
