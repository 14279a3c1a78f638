/** Reactive reads for the sub-list screens: they follow the local store as edits and syncs land. */
import { useCallback } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Contact, SubList } from '../../domain/model';
import { useDatabase } from '../../db/context';
import { rowKey, usePendingKeys } from '../../db/hooks';

/** Every sub-list (unsorted: the screen sorts by name for the user's language). */
export function useSubLists(): SubList[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => db.subLists.toArray(), [db]);
}

/** One sub-list; null once it is not (or no longer) in the store. */
export function useSubList(id: string): SubList | null | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => (await db.subLists.get(id)) ?? null, [db, id]);
}

/** Every contact in name order: the member picker's candidates and the members' names. */
export function useContacts(): Contact[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => db.contacts.orderBy('sortKey').toArray(), [db]);
}

export function useIsSubListPending(): (id: string) => boolean {
  const keys = usePendingKeys();
  return useCallback((id: string) => keys.has(rowKey('subLists', id)), [keys]);
}

/** Members of a sub-list whose addition is still in the outbox. */
export function usePendingSubListMembers(id: string): ReadonlySet<string> {
  const db = useDatabase();
  return (
    useLiveQuery(async () => {
      const ids = new Set<string>();
      await db.outbox.each(({ intent }) => {
        if ((intent.name === 'subList.create' || intent.name === 'subList.addMembers') && intent.args.id === id) {
          intent.args.memberIds.forEach((memberId) => ids.add(memberId));
        }
      });
      return ids;
    }, [db, id]) ?? NONE
  );
}

const NONE: ReadonlySet<string> = new Set();
