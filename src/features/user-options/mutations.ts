/** The Options tab's edit, applied locally and queued (works offline); rules throw IntentRejected. */
import { useCallback } from 'react';
import type { Messaging } from '../../domain/model';
import { useDatabase } from '../../db/context';
import { mutate } from '../../db/outbox/append';

export function useSetMessaging() {
  const db = useDatabase();
  return useCallback(
    async (subscriberId: string, messaging: Messaging) => {
      await mutate(db, { name: 'options.setMessaging', args: { subscriberId, messaging } });
    },
    [db],
  );
}
