/** The signed-in session's side of syncing: the engine's lifetime, storage, and what Exit must know. */
import { useCallback, useEffect, useState } from 'react';
import { onlineManager } from '@tanstack/react-query';
import { useStore } from 'zustand';
import { useDatabase } from '../../db/context';
import { keptData, removeAllKeptData, type KeptData } from '../../db/device-data';
import { SyncEngine } from '../../sync/engine';
import { appSyncStatus } from '../../sync/status';
import type { Session } from './session-store';

export { useIssueCount, useWaitingCount } from '../../db/hooks';

/** True when the server refused the session: the user must sign in again to sync (the queue stays). */
export function useNeedsSignIn(): boolean {
  return useStore(appSyncStatus, (status) => status.needsSignIn);
}

/**
 * Syncs the session's database while the session lasts (one engine per token: signing in
 * again starts a new one on the same queue), asks once for persistent storage, and lets
 * TanStack Query's onlineManager follow what real requests show.
 */
export function useSessionSync(session: Session): void {
  const db = useDatabase();
  useEffect(() => {
    const engine = new SyncEngine({ db, token: session.token, status: appSyncStatus });
    const unsubscribe = appSyncStatus.subscribe((status) => onlineManager.setOnline(status.connectivity !== 'offline'));
    engine.start();
    return () => {
      unsubscribe();
      void engine.stop();
      // Signed out, nothing is known about the network: let sign-in try.
      onlineManager.setOnline(true);
    };
  }, [db, session.token]);

  useEffect(() => {
    // Without it the browser may evict the queued edits under storage pressure.
    void globalThis.navigator?.storage?.persist?.().catch(() => false);
  }, []);
}

/** What this device keeps of earlier sessions (null while reading, or once removed), and the way to remove it. */
export function useKeptData(): { kept: KeptData | null; removeAll: () => Promise<void> } {
  const [kept, setKept] = useState<KeptData | null>(null);
  useEffect(() => {
    let current = true;
    void keptData().then((found) => current && setKept(found));
    return () => {
      current = false;
    };
  }, []);
  const removeAll = useCallback(async () => {
    await removeAllKeptData();
    setKept(null);
  }, []);
  return { kept, removeAll };
}
