/** Reads for a subscriber's Options tab, from the local store. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Contact } from '../../domain/model';
import { useDatabase } from '../../db/context';
import { rowKey, usePendingKeys } from '../../db/hooks';

/** The contact, null when there is none with that id, undefined while reading. */
export function useContact(id: string): Contact | null | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => (await db.contacts.get(id)) ?? null, [db, id]);
}

export function useContactPending(contactId: string): boolean {
  return usePendingKeys().has(rowKey('contacts', contactId));
}
