/**
 * What the sync engine tells the UI (UI state only, no entity data): connectivity as
 * judged by real request outcomes, what it is doing, initial-sync progress, and whether
 * the user must sign in again. Counts of waiting edits and issues come from the database.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { TableName } from '../domain/model';

export type Connectivity = 'unknown' | 'online' | 'offline';
export type SyncPhase = 'idle' | 'initialSync' | 'syncing' | 'waitingToRetry' | 'paused';

export interface InitialSyncProgress {
  table: TableName;
  loaded: number;
  total: number;
}

/**
 * Why syncing waits, when the user can do something about it or should know: the device is
 * out of storage space (syncing resumes by itself once space frees up), or the server refused
 * a request with no edit to blame (its status and message).
 */
export type SyncProblem = { kind: 'storageFull' } | { kind: 'refused'; status: number; message: string };

export interface SyncStatus {
  connectivity: Connectivity;
  phase: SyncPhase;
  progress: InitialSyncProgress | null;
  /** The server refused the session (401): the queue stays until the user signs in again. */
  needsSignIn: boolean;
  problem: SyncProblem | null;
}

export type SyncStatusStore = StoreApi<SyncStatus>;

export const initialSyncStatus: SyncStatus = {
  connectivity: 'unknown',
  phase: 'idle',
  progress: null,
  needsSignIn: false,
  problem: null,
};

export function createSyncStatusStore(): SyncStatusStore {
  return createStore<SyncStatus>(() => initialSyncStatus);
}

/** The signed-in session's status, shown in the header. */
export const appSyncStatus = createSyncStatusStore();
