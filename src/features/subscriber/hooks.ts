/** Reads for a subscriber's profile (View Groups and Options), from the local store. */
import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Contact, Group } from '../../domain/model';
import { useDatabase } from '../../db/context';
import { useAccess, useIsPending, useRow } from '../../db/hooks';
import { listsWithMember } from '../../db/tenant-store';

/** The account's role and scope: a supervisor changes only its own groups' scan entries. */
export { useAccess };

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
