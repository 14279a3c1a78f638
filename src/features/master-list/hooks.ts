/** Reads for the master list, from the local store (they follow the sync engine and other tabs). */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Contact } from '../../domain/model';
import { useDatabase } from '../../db/context';
import { useIsPending } from '../../db/hooks';

/** Enough rows to fill the first screen while the whole list loads. */
const FIRST_SCREEN = 60;

export interface MasterListRows {
  /** Sorted by name (the `sortKey` index folds accents and case); undefined until the first read. */
  contacts: Contact[] | undefined;
  /** False while only the first screen of rows is loaded. */
  complete: boolean;
  total: number | undefined;
}

/**
 * Every contact in name order. The first screen comes from the index with `limit()`, so a
 * 50,000-contact tenant shows rows at once; the full list replaces it when read.
 */
export function useMasterListRows(): MasterListRows {
  const db = useDatabase();
  const firstScreen = useLiveQuery(() => db.contacts.orderBy('sortKey').limit(FIRST_SCREEN).toArray(), [db]);
  const all = useLiveQuery(() => db.contacts.orderBy('sortKey').toArray(), [db]);
  const total = useLiveQuery(() => db.contacts.count(), [db]);
  return { contacts: all ?? firstScreen, complete: all !== undefined, total };
}

/** Identifies the signed-in database, so the remembered search is not carried to another tenant or user. */
export function useDatabaseName(): string {
  return useDatabase().name;
}

/** Whether a contact has an edit still waiting for the server. */
export const useIsContactPending = (): ((contactId: string) => boolean) => useIsPending('contacts');
