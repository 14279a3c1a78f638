/** Reactive reads for the sub-list and group screens: they follow the local store as edits and syncs land. */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { loadNameKeys, nameKeysLoaded } from '../../domain/name-key';
import type { Contact, MemberList } from '../../domain/model';
import {
  useAccess,
  useContactsByName,
  useIsPending,
  useIssueCreate,
  usePendingMembers,
  useRow,
  useRows,
} from '../../db/hooks';

/** The account's role: a supervisor manages its groups' members, nothing else here. */
export { useAccess };

/** The names of the supervisors whose scope holds the group (an administrator's device holds every scope). */
export function useSupervisorNames(groupId: string): string[] {
  const supervisors = useRows('supervisors');
  return useMemo(
    () =>
      (supervisors ?? [])
        .filter((supervisor) => supervisor.groupIds.includes(groupId))
        .map((s) => s.name)
        .sort(),
    [supervisors, groupId],
  );
}
import type { MemberListKind } from './kinds';

/** Every list of the kind, in no set order (the screens sort them for the user's language). */
export const useLists = (kind: MemberListKind): MemberList[] | undefined => useRows(kind.table);

/** One list; null when there is none with that id (or no longer), undefined while reading. */
export const useList = (kind: MemberListKind, id: string): MemberList | null | undefined => useRow(kind.table, id);

/** The member picker's candidates and the members' names, in name order. */
export const useContacts = (): Contact[] | undefined => useContactsByName();

/** Whether a list of the kind has an edit still waiting for the server. */
export const useIsListPending = (kind: MemberListKind): ((listId: string) => boolean) => useIsPending(kind.table);

/** Whether a member's addition to the list is still waiting for the server. */
export function useIsMemberPending(kind: MemberListKind, listId: string): (memberId: string) => boolean {
  const pending = usePendingMembers(kind.table, listId);
  return useCallback((memberId: string) => pending.has(memberId), [pending]);
}

/** The refused create of this kind a sync issue holds (`?issue=` on the Add New page), to enter again; null when there is none. */
export const useRefusedCreate = (kind: MemberListKind, issueKey: string | undefined) =>
  useIssueCreate(issueKey, `${kind.id}.create`);

/**
 * Loads the confusables map for the name field's live "too similar" check (it is not on the
 * first screen); the editor renders again once it is in.
 */
export function useNameKeys(): void {
  const [loaded, setLoaded] = useState(nameKeysLoaded);
  useEffect(() => {
    if (!loaded) void loadNameKeys().then(() => setLoaded(true));
  }, [loaded]);
}
