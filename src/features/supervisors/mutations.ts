/**
 * The scope edits the Supervisors section offers: applied locally at once and queued for the
 * server in the same transaction (src/db/outbox), so an administrator can change them offline.
 */
import { useMemo } from 'react';
import { mutate } from '../../db/outbox/append';
import { useDatabase } from '../../db/context';

export function useSupervisorActions() {
  const db = useDatabase();
  return useMemo(
    () => ({
      async addGroups(supervisorId: string, groupIds: string[]) {
        await mutate(db, { name: 'supervisor.addGroups', args: { id: supervisorId, groupIds } });
      },
      async removeGroups(supervisorId: string, groupIds: string[]) {
        await mutate(db, { name: 'supervisor.removeGroups', args: { id: supervisorId, groupIds } });
      },
    }),
    [db],
  );
}
