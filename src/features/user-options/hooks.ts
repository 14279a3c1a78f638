/** Reads for a subscriber's Options tab, from the local store. */
import type { Contact } from '../../domain/model';
import { useIsPending, useRow } from '../../db/hooks';

/** The contact, null when there is none with that id, undefined while reading. */
export const useContact = (id: string): Contact | null | undefined => useRow('contacts', id);

export const useContactPending = (contactId: string): boolean => useIsPending('contacts')(contactId);
