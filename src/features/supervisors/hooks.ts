/** Reactive reads for My groups and the Supervisors section: they follow the local store as edits and syncs land. */
import { useMemo } from 'react';
import { useIntl } from 'react-intl';
import { useLiveQuery } from 'dexie-react-hooks';
import { useAccess, useContactsByName, useIsPending, useRows } from '../../db/hooks';
import { useDatabase } from '../../db/context';
import type { Group, Supervisor } from '../../domain/model';

export { useAccess };

/** Every group held here: all of them for an administrator, a supervisor's own for a supervisor. */
export const useGroups = (): Group[] | undefined => useRows('groups');

/** Every supervisor with its scope (an administrator's device holds them all). */
export const useSupervisors = (): Supervisor[] | undefined => useRows('supervisors');

/** Groups or supervisors in name order for the user's language (empty while reading). */
export function useSortedByName<T extends { name: string }>(rows: readonly T[] | undefined): T[] {
  const { locale } = useIntl();
  return useMemo(() => [...(rows ?? [])].sort((a, b) => a.name.localeCompare(b.name, locale)), [rows, locale]);
}

/** Rows by id, for cards that name other rows (a group's members, a supervisor's groups); empty while reading. */
export function useById<T extends { id: string }>(rows: readonly T[] | undefined): ReadonlyMap<string, T> {
  return useMemo(() => new Map((rows ?? []).map((row) => [row.id, row])), [rows]);
}

/** Contacts in name order: the members' names and who scans what. */
export const useContacts = useContactsByName;

/** Whether a supervisor's scope has an edit still waiting for the server. */
export const useIsSupervisorPending = (): ((id: string) => boolean) => useIsPending('supervisors');

/** When each supervisor's scope last changed, from the activity log held here (ms; absent: not in the log). */
export function useLastScopeChanges(): ReadonlyMap<string, number> | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const last = new Map<string, number>();
    const entries = await db.activity.where('rowKeys').startsWith('supervisors/').toArray();
    for (const entry of entries) {
      for (const row of entry.rows) {
        if (row.table === 'supervisors') last.set(row.id, Math.max(last.get(row.id) ?? 0, entry.at));
      }
    }
    return last;
  }, [db]);
}
