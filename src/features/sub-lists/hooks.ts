/** Reactive reads for the sub-list screens: they follow the local store as edits and syncs land. */
import type { Contact, SubList } from '../../domain/model';
import { useContactsByName, useIsPending, usePendingMembers, useRow, useRows } from '../../db/hooks';

export const useSubLists = (): SubList[] | undefined => useRows('subLists');
export const useSubList = (id: string): SubList | null | undefined => useRow('subLists', id);
/** The member picker's candidates and the members' names, in name order. */
export const useContacts = (): Contact[] | undefined => useContactsByName();
export const useIsSubListPending = (): ((id: string) => boolean) => useIsPending('subLists');
export const usePendingSubListMembers = (id: string): ReadonlySet<string> => usePendingMembers('subLists', id);
