/** What the Demo panel needs of this device's sync: to look at once at what the simulated server just did. */
import { useCallback } from 'react';
import { useDatabase } from '../../db/context';
import { nudgeSync } from '../../db/outbox/append';

/** Wakes this device's sync now, rather than at its next poll (30 s). */
export function useSyncNow(): () => void {
  const db = useDatabase();
  return useCallback(() => nudgeSync(db), [db]);
}
