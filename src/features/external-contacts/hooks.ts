/** Reads for the external contact pages, from the local store. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Contact, ExternalContact } from '../../domain/model';
import { formatPhone, normalizeName, parsePhone } from '../../domain/rules';
import { useDatabase } from '../../db/context';
import { useFormDraft, type FormDraft } from '../../db/form-draft';
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

export type ContactDraft = FormDraft<ExternalContact, { name: string; phone: string }>;

/** What a typed field stands for: the name as stored (spaces folded), the number's 10 digits. */
function stored(field: 'name' | 'phone', typed: unknown): unknown {
  if (field === 'name') return normalizeName(String(typed));
  const parsed = parsePhone(String(typed));
  return parsed.ok ? parsed.digits : typed;
}

/**
 * The Edit page's draft over the live contact (src/db/form-draft.ts): the number shown the way
 * the locale writes it; typed values compared with the stored ones as the rules store them.
 */
export function useContactDraft(id: string, contact: ExternalContact | null | undefined, locale: string): ContactDraft {
  return useFormDraft(contact, {
    table: 'contacts',
    id,
    show: (row) => ({ name: row.name, phone: formatPhone(row.phone, locale) }),
    same: (field, a, b) => stored(field, a) === stored(field, b),
  });
}
