/** The one edit of the View Groups pane, applied locally and queued (works offline); rules throw IntentRejected. */
import { useCallback } from 'react';
import type { ScanEntry } from '../../domain/model';
import { useDatabase } from '../../db/context';
import { mutate } from '../../db/outbox/append';

export function useSaveScanning() {
  const db = useDatabase();
  return useCallback(
    async (subscriberId: string, scanningEnabled: boolean, scanList: ScanEntry[]) => {
      await mutate(db, { name: 'scanning.update', args: { subscriberId, scanningEnabled, scanList } });
    },
    [db],
  );
}
