/**
 * The sub-list edits the screens offer. Each goes through `mutate`: applied locally at once and
 * queued for the server in the same transaction, so they work offline.
 */
import { useMemo } from 'react';
import type { Intent } from '../../domain/intents';
import { mutate, mutateAll } from '../../db/outbox/append';
import { useDatabase } from '../../db/context';
import type { ListChanges, NewListInput } from '../../ui/member-lists/members';

export function useSubListMutations() {
  const db = useDatabase();
  return useMemo(
    () => ({
      async create({ name, memberIds }: NewListInput) {
        await mutate(db, { name: 'subList.create', args: { id: crypto.randomUUID(), name, memberIds } });
      },
      /** Saves an edited sub-list as the smallest intents, all or none: each merges on its own with another admin's edits. */
      async save(id: string, changes: ListChanges) {
        const intents: Intent[] = [];
        if (changes.name !== null) intents.push({ name: 'subList.rename', args: { id, name: changes.name } });
        if (changes.remove.length) {
          intents.push({ name: 'subList.removeMembers', args: { id, memberIds: changes.remove } });
        }
        if (changes.add.length) intents.push({ name: 'subList.addMembers', args: { id, memberIds: changes.add } });
        await mutateAll(db, intents);
      },
      async remove(id: string) {
        await mutate(db, { name: 'subList.delete', args: { id } });
      },
    }),
    [db],
  );
}
