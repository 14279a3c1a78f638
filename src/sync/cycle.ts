/**
 * One sync cycle of one database, start to end:
 *
 *   initial sync (only while the database has no cursor: snapshot.ts)
 *     → push the outbox (push.ts) → pull the changes since the cursor (pull.ts)
 *     → commit: settle answered edits, take the changes in, rebase the pending ones (commit.ts)
 *     → the activity entries this device lacks (activity.ts)
 *
 * When a step shows that the history this device knew is gone (`HistoryChanged`), the
 * database recovers (rebootstrap.ts) and the cycle runs once more from the top — loading the
 * data again and re-sending what the new history lacks. A second change within the same
 * cycle is left to the scheduler, which waits before trying again.
 *
 * The steps after the initial sync, and the recovery, load when a cycle first reaches them
 * (later-steps.ts): from the service worker's precache, even offline. Should that fail (an
 * update replaced the files), the cycle fails like any other and the scheduler tries again.
 *
 * It reports what it is doing through `report`; when, where and how often it runs is the
 * scheduler's business (scheduler.ts). Every step can be cut off anywhere (a closed tab)
 * and the next cycle, in a fresh engine, picks up from what the database holds.
 */
import { META, type PttDatabase } from '../db/database';
import { ApiFailure } from '../lib/api';
import { HistoryChanged } from './history-changed';
import { createCall } from './request';
import { runInitialSync } from './snapshot';
import type { SyncStatus } from './status';

/** The later steps' module; throws when the engine stopped while it loaded (a sign-out): go no further. */
async function laterSteps(signal: AbortSignal) {
  const steps = await import('./later-steps');
  signal.throwIfAborted();
  return steps;
}

/** Where a cycle can be interrupted; tests make the engine die there to check a fresh one recovers. */
export type SyncStep = 'snapshot' | 'push' | 'pull' | 'commit';

export interface SyncCycleOptions {
  db: PttDatabase;
  /** The session's bearer token. */
  token: string;
  /** Edits per push request. */
  batchSize: number;
  snapshotPageSize: number;
  changesPageSize: number;
  requestTimeoutMs: number;
  /** Aborts the request in flight (the engine stops). */
  signal: AbortSignal;
  report: (patch: Partial<SyncStatus>) => void;
  beforeStep: (step: SyncStep) => void | Promise<void>;
  now: () => number;
}

/**
 * Runs one cycle; throws `ApiFailure` when a request fails (the database keeps what was
 * done), `HistoryChanged` when the history changed again right after a recovery.
 */
export async function runSyncCycle(options: SyncCycleOptions): Promise<void> {
  try {
    await runSteps(options);
  } catch (error) {
    if (!(error instanceof HistoryChanged)) throw error;
    const { rebootstrap } = await laterSteps(options.signal);
    await rebootstrap(options.db, error.change, options.now());
    await runSteps(options);
  }
}

async function runSteps(options: SyncCycleOptions): Promise<void> {
  const { db, report } = options;
  const call = createCall({ ...options, timeoutMs: options.requestTimeoutMs });
  const before = (step: SyncStep) => async () => {
    await options.beforeStep(step);
  };
  try {
    if ((await db.meta.get(META.cursor)) === undefined) {
      report({ phase: 'initialSync' });
      await runInitialSync(db, call, {
        pageSize: options.snapshotPageSize,
        beforePage: before('snapshot'),
        onProgress: (progress) => report({ progress }),
      });
      report({ progress: null });
    }
    report({ phase: 'syncing' });
    const { push, pull, commitPull, pullActivity } = await laterSteps(options.signal);
    await push(db, call, { batchSize: options.batchSize, beforeBatch: before('push'), now: options.now });
    const pulled = await pull(db, call, { pageSize: options.changesPageSize, beforePage: before('pull') });
    await before('commit')();
    await commitPull(db, pulled, options.now());
    // A role the server answered differently dropped the data cut for the other one: load it again now.
    if ((await db.meta.get(META.cursor)) === undefined) return await runSteps(options);
    await pullActivity(db, call, options.now);
    report({ phase: 'idle' });
  } catch (error) {
    if (error instanceof ApiFailure && error.kind === 'network') report({ connectivity: 'offline' });
    throw error;
  }
}
