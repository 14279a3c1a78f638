/** Reads for a subscriber's View Groups pane, from the local store. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Contact, Group } from '../../domain/model';
import { useDatabase } from '../../db/context';
import { useIsPending, useRow } from '../../db/hooks';

/** The contact, null when there is none with that id, undefined while reading. */
export const useContact = (id: string): Contact | null | undefined => useRow('contacts', id);

/** The groups the contact is a member of (the only ones their scan list may hold), in no set order. */
export function useGroupsOf(contactId: string): Group[] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => db.groups.where('memberIds').equals(contactId).toArray(), [db, contactId]);
}

export const useContactPending = (contactId: string): boolean => useIsPending('contacts')(contactId);
