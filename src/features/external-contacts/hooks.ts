/** Reads for the external contact pages, from the local store. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Contact } from '../../domain/model';
import { useDatabase } from '../../db/context';
import { useIsPending, useIssueCreate, useRow } from '../../db/hooks';
import { listsWithMember } from '../../db/tenant-store';

/** The contact, null when there is none with that id, undefined while reading. */
export const useContact = (id: string): Contact | null | undefined => useRow('contacts', id);

/** Who already has this number (null: nobody); skipped while the number is not complete. */
export function usePhoneHolder(digits: string | null): Contact | null | undefined {
  const db = useDatabase();
  return useLiveQuery(
    async () => (digits ? ((await db.contacts.where('phone').equals(digits).first()) ?? null) : null),
    [db, digits],
  );
}

/** How many sub-lists and groups hold the contact: what deleting it changes. */
export function useListsHolding(contactId: string): { subLists: number; groups: number } | undefined {
  const db = useDatabase();
  return useLiveQuery(
    async () => ({
      subLists: (await listsWithMember(db, 'subLists', contactId)).length,
      groups: (await listsWithMember(db, 'groups', contactId)).length,
    }),
    [db, contactId],
  );
}

/** Whether a contact has an edit still waiting for the server. */
export const useIsContactPending = (): ((contactId: string) => boolean) => useIsPending('contacts');

/** The refused create a sync issue holds (`?issue=` on the Add page), to enter again; null when there is none. */
export const useRefusedCreate = (issueKey: string | undefined) => useIssueCreate(issueKey, 'externalContact.create');
