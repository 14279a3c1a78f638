/**
 * The edits the external contact pages make. Each is applied locally and queued for the
 * server in one transaction (mutate), so it works offline; a rule violation throws IntentRejected.
 */
import { useMemo } from 'react';
import { useDatabase } from '../../db/context';
import { mutate, replaceIssue, type SeenRow } from '../../db/outbox/append';

export function useExternalContactActions() {
  const db = useDatabase();
  return useMemo(
    () => ({
      /**
       * Returns the new contact's id (made here, so the create can be retried safely). Made from a
       * sync issue (`issueKey`: its refused create, corrected), it closes that issue in the same transaction.
       */
      async create(values: { name: string; phone: string }, issueKey?: string): Promise<string> {
        const id = crypto.randomUUID();
        const intent = { name: 'externalContact.create', args: { id, ...values } } as const;
        if (issueKey) await replaceIssue(db, issueKey, [intent]);
        else await mutate(db, intent);
        return id;
      },
      /**
       * Sends only the fields that changed, so another admin's edit of the other field is kept;
       * `seen`, the contact as the form showed it, is the base the server judges conflicts by.
       */
      async update(id: string, changes: { name?: string; phone?: string }, seen?: SeenRow): Promise<void> {
        await mutate(db, { name: 'externalContact.update', args: { id, ...changes } }, { seen });
      },
      /** Also removes the contact from every sub-list and group. */
      async remove(id: string): Promise<void> {
        await mutate(db, { name: 'externalContact.delete', args: { id } });
      },
    }),
    [db],
  );
}
