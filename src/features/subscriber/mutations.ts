/** The edits of a subscriber's profile, applied locally and queued (works offline); rules throw IntentRejected. */
import { useMemo } from 'react';
import type { Messaging, ScanEntry } from '../../domain/model';
import { useDatabase } from '../../db/context';
import { mutate } from '../../db/outbox/append';

export function useSubscriberActions() {
  const db = useDatabase();
  return useMemo(
    () => ({
      /** View Groups: scanning on or off, and the scan list with each group's priority. */
      async saveScanning(subscriberId: string, scanningEnabled: boolean, scanList: ScanEntry[]) {
        await mutate(db, { name: 'scanning.update', args: { subscriberId, scanningEnabled, scanList } });
      },
      /** Options: Text & multimedia. */
      async setMessaging(subscriberId: string, messaging: Messaging) {
        await mutate(db, { name: 'options.setMessaging', args: { subscriberId, messaging } });
      },
    }),
    [db],
  );
}
