/**
 * The sub-list and group edits the screens offer. Each is applied locally at once and queued for
 * the server in the same transaction (the outbox, src/db/outbox), so they work offline.
 */
import { useMemo } from 'react';
import type { Intent } from '../../domain/intents';
import { mutate, mutateAll, replaceIssue, type SeenRow } from '../../db/outbox/append';
import { useDatabase } from '../../db/context';
import type { MemberListKind } from './kinds';
import type { ListChanges, NewListInput } from './lists';

export function useMemberListActions({ id: kind }: MemberListKind) {
  const db = useDatabase();
  return useMemo(
    () => ({
      /** Made from a sync issue (`issueKey`: its refused create, corrected), it closes that issue in the same transaction. */
      async create({ name, memberIds }: NewListInput, issueKey?: string) {
        const intent: Intent = { name: `${kind}.create`, args: { id: crypto.randomUUID(), name, memberIds } };
        if (issueKey) await replaceIssue(db, issueKey, [intent]);
        else await mutate(db, intent);
      },
      /**
       * Saves an edited list as the smallest intents (rename, remove, add), all or none: each merges
       * on its own with another admin's edits. Removals go first so a full group can swap members.
       * `seen`: the list as the page showed it, the base the server judges a rename's conflict by.
       */
      async save(id: string, changes: ListChanges, seen?: SeenRow) {
        const intents: Intent[] = [];
        if (changes.name !== null) intents.push({ name: `${kind}.rename`, args: { id, name: changes.name } });
        if (changes.remove.length)
          intents.push({ name: `${kind}.removeMembers`, args: { id, memberIds: changes.remove } });
        if (changes.add.length) intents.push({ name: `${kind}.addMembers`, args: { id, memberIds: changes.add } });
        await mutateAll(db, intents, { seen });
      },
      async remove(id: string) {
        await mutate(db, { name: `${kind}.delete`, args: { id } });
      },
    }),
    [db, kind],
  );
}
