/** The edits of a subscriber's profile, applied locally and queued (works offline); rules throw IntentRejected. */
import { useMemo } from 'react';
import type { Messaging, ScanEntry } from '../../domain/model';
import { useDatabase } from '../../db/context';
import { mutate, type SeenRow } from '../../db/outbox/append';

export function useSubscriberActions() {
  const db = useDatabase();
  return useMemo(
    () => ({
      /**
       * View Groups: scanning on or off, and the scan list with each group's priority. `seen` (for
       * both edits): the subscriber as the form showed it, the base the server judges conflicts by.
       */
      async saveScanning(subscriberId: string, scanningEnabled: boolean, scanList: ScanEntry[], seen?: SeenRow) {
        await mutate(db, { name: 'scanning.update', args: { subscriberId, scanningEnabled, scanList } }, { seen });
      },
      /** Options: Text & multimedia. */
      async setMessaging(subscriberId: string, messaging: Messaging, seen?: SeenRow) {
        await mutate(db, { name: 'options.setMessaging', args: { subscriberId, messaging } }, { seen });
      },
    }),
    [db],
  );
}
