/**
 * The group edits the screens offer. Each goes through `mutate`: applied locally at once and
 * queued for the server in the same transaction, so they work offline.
 */
import { useMemo } from 'react';
import type { Intent } from '../../domain/intents';
import { mutate, mutateAll } from '../../db/outbox/append';
import { useDatabase } from '../../db/context';
import type { ListChanges, NewListInput } from '../../ui/member-lists/members';

export function useGroupMutations() {
  const db = useDatabase();
  return useMemo(
    () => ({
      async create({ name, memberIds }: NewListInput) {
        await mutate(db, { name: 'group.create', args: { id: crypto.randomUUID(), name, memberIds } });
      },
      /**
       * Saves an edited group as the smallest intents (rename, remove, add), all or none: each merges
       * on its own with another admin's edits. Removals go first so a full group can swap members.
       */
      async save(id: string, changes: ListChanges) {
        const intents: Intent[] = [];
        if (changes.name !== null) intents.push({ name: 'group.rename', args: { id, name: changes.name } });
        if (changes.remove.length) {
          intents.push({ name: 'group.removeMembers', args: { id, memberIds: changes.remove } });
        }
        if (changes.add.length) intents.push({ name: 'group.addMembers', args: { id, memberIds: changes.add } });
        await mutateAll(db, intents);
      },
      async remove(id: string) {
        await mutate(db, { name: 'group.delete', args: { id } });
      },
    }),
    [db],
  );
}
