/** Reads for a subscriber's profile (View Groups and Options), from the local store. */
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Contact, Group, Messaging, ScanEntry, Subscriber } from '../../domain/model';
import { useDatabase } from '../../db/context';
import { useFormDraft, type FormDraft } from '../../db/form-draft';
import { useAccess, useIsLoaded, useIsPending, useRow } from '../../db/hooks';
import { listsWithMember } from '../../db/tenant-store';

/** The account's role and scope: a supervisor changes only its own groups' scan entries. */
export { useAccess };

/** Whether this device holds the tenant's data (a first sync, or a reload, is complete). */
export { useIsLoaded };

/** The contact, null when there is none with that id, undefined while reading. */
export const useContact = (id: string): Contact | null | undefined => useRow('contacts', id);

/** Whether a contact has an edit still waiting for the server. */
export const useIsContactPending = (): ((contactId: string) => boolean) => useIsPending('contacts');

/** The groups the contact is a member of (the only ones their scan list may hold), by name for the locale. */
export function useGroupsOf(contactId: string, locale: string): Group[] | undefined {
  const db = useDatabase();
  const groups = useLiveQuery(() => listsWithMember(db, 'groups', contactId), [db, contactId]);
  return useMemo(() => {
    const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    return groups && [...groups].sort((a, b) => collator.compare(a.name, b.name));
  }, [groups, locale]);
}

export type OptionsDraft = FormDraft<Subscriber, { messaging: Messaging }>;
export type ScanningDraft = FormDraft<Subscriber, { scanningEnabled: boolean; scanList: ScanEntry[] }>;

/** Options over the live subscriber (src/db/form-draft.ts): another admin's change follows or waits behind "Use theirs". */
export const useOptionsDraft = (subscriber: Subscriber): OptionsDraft =>
  useFormDraft(subscriber, { table: 'contacts', id: subscriber.id, show: (row) => ({ messaging: row.messaging }) });

/** The same scan list whatever the order its entries were ticked in. */
export function sameScanList(a: readonly ScanEntry[], b: readonly ScanEntry[]): boolean {
  const priorities = new Map(b.map((entry) => [entry.groupId, entry.priority]));
  return a.length === b.length && a.every((entry) => priorities.get(entry.groupId) === entry.priority);
}

/** View Groups over the live subscriber: scanning on or off, and the scan list, each a field of its own. */
export const useScanningDraft = (subscriber: Subscriber): ScanningDraft =>
  useFormDraft(subscriber, {
    table: 'contacts',
    id: subscriber.id,
    show: (row) => ({ scanningEnabled: row.scanningEnabled, scanList: row.scanList }),
    same: (field, a, b) => (field === 'scanList' ? sameScanList(a as ScanEntry[], b as ScanEntry[]) : a === b),
  });
