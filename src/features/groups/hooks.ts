/** Reactive reads for the group screens: they follow the local store as edits and syncs land. */
import type { Contact, Group } from '../../domain/model';
import { useContactsByName, useIsPending, usePendingMembers, useRow, useRows } from '../../db/hooks';

export const useGroups = (): Group[] | undefined => useRows('groups');
export const useGroup = (id: string): Group | null | undefined => useRow('groups', id);
/** The member picker's candidates and the members' names, in name order. */
export const useContacts = (): Contact[] | undefined => useContactsByName();
export const useIsGroupPending = (): ((id: string) => boolean) => useIsPending('groups');
export const usePendingGroupMembers = (id: string): ReadonlySet<string> => usePendingMembers('groups', id);
