/**
 * The edits the external contact pages make. Each is applied locally and queued for the
 * server in one transaction (mutate), so it works offline; a rule violation throws IntentRejected.
 */
import { useMemo } from 'react';
import { useDatabase } from '../../db/context';
import { mutate } from '../../db/outbox/append';

export function useExternalContactActions() {
  const db = useDatabase();
  return useMemo(
    () => ({
      /** Returns the new contact's id (made here, so the create can be retried safely). */
      async create(values: { name: string; phone: string }): Promise<string> {
        const id = crypto.randomUUID();
        await mutate(db, { name: 'externalContact.create', args: { id, ...values } });
        return id;
      },
      /** Sends only the fields that changed, so another admin's edit of the other field is kept. */
      async update(id: string, changes: { name?: string; phone?: string }): Promise<void> {
        await mutate(db, { name: 'externalContact.update', args: { id, ...changes } });
      },
      /** Also removes the contact from every sub-list and group. */
      async remove(id: string): Promise<void> {
        await mutate(db, { name: 'externalContact.delete', args: { id } });
      },
    }),
    [db],
  );
}
