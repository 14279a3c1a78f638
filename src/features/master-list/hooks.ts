/** Reads for the master list, from the local store (they follow the sync engine and other tabs). */
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useStore } from 'zustand';
import type { Contact } from '../../domain/model';
import { useDatabase } from '../../db/context';
import { useAccess, useContactList, useIsLoaded, useIsPending } from '../../db/hooks';
import { appSyncStatus } from '../../sync/status';

/**
 * Whether the master list is read only: a supervisor's (no external contact to add or edit), and
 * anyone's while the role is read, so no administrator's button flashes on a supervisor's screen.
 */
export const useReadOnly = (): boolean => useAccess()?.role !== 'administrator';

export interface MasterListRows {
  /** Sorted by name (the `sortKey` index folds accents and case); undefined until the first read. */
  contacts: Contact[] | undefined;
  /** False while only the first screen of rows is loaded. */
  complete: boolean;
  total: number | undefined;
  /**
   * While the first sync is still receiving the tenant (the database has no pull cursor yet): the
   * server's contact count when the sync is on that table. Null once complete, undefined before known.
   */
  receiving: { total: number | undefined } | null | undefined;
}

/**
 * Every contact in name order: the first screen at once (a 50,000-contact tenant shows rows
 * while the rest loads), then the whole list, which later writes patch instead of re-reading.
 */
export function useMasterListRows(): MasterListRows {
  const db = useDatabase();
  const { contacts, complete } = useContactList();
  // Counted in the store only until the whole list is read: a count live query would run again after every write.
  const counted = useLiveQuery<number | null>(() => (complete ? null : db.contacts.count()), [db, complete]);
  const total = complete ? contacts?.length : (counted ?? undefined);
  const synced = useIsLoaded();
  const serverTotal = useStore(appSyncStatus, ({ progress }) =>
    progress?.table === 'contacts' ? progress.total : undefined,
  );
  const receiving = useMemo(
    () => (synced === undefined ? undefined : synced ? null : { total: serverTotal }),
    [synced, serverTotal],
  );
  return { contacts, complete, total, receiving };
}

/** Identifies the signed-in database, so the remembered search is not carried to another tenant or user. */
export function useDatabaseName(): string {
  return useDatabase().name;
}

/** Whether a contact has an edit still waiting for the server. */
export const useIsContactPending = (): ((contactId: string) => boolean) => useIsPending('contacts');
