/** Reactive reads for the group screens: they follow the local store as edits and syncs land. */
import { useCallback } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Contact, Group } from '../../domain/model';
import { useDatabase } from '../../db/context';
import { rowKey, usePendingKeys } from '../../db/hooks';

/** Every group (unsorted: the screen sorts by name for the user's language). */
export function useGroups(): Group[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => db.groups.toArray(), [db]);
}

/** One group; null once it is not (or no longer) in the store. */
export function useGroup(id: string): Group | null | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => (await db.groups.get(id)) ?? null, [db, id]);
}

/** Every contact in name order: the member picker's candidates and the members' names. */
export function useContacts(): Contact[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => db.contacts.orderBy('sortKey').toArray(), [db]);
}

export function useIsGroupPending(): (id: string) => boolean {
  const keys = usePendingKeys();
  return useCallback((id: string) => keys.has(rowKey('groups', id)), [keys]);
}

/** Members of a group whose addition is still in the outbox. */
export function usePendingGroupMembers(id: string): ReadonlySet<string> {
  const db = useDatabase();
  return (
    useLiveQuery(async () => {
      const ids = new Set<string>();
      await db.outbox.each(({ intent }) => {
        if ((intent.name === 'group.create' || intent.name === 'group.addMembers') && intent.args.id === id) {
          intent.args.memberIds.forEach((memberId) => ids.add(memberId));
        }
      });
      return ids;
    }, [db, id]) ?? NONE
  );
}

const NONE: ReadonlySet<string> = new Set();
