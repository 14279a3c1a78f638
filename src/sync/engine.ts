/**
 * The sync engine of one signed-in database — what the app and the tests hold: the
 * scheduler (scheduler.ts: who syncs, when, backoff) driving one sync cycle at a time
 * (cycle.ts: initial sync → push → pull → commit), with the settings of both.
 */
import { syncChannelName, type PttDatabase } from '../db/database';
import { waitingCount } from '../db/outbox/pending';
import { realClock, type Backoff, type Clock } from './clock';
import { runSyncCycle, type SyncStep } from './cycle';
import { SyncScheduler, type SyncResult } from './scheduler';
import { createSyncStatusStore, type SyncStatusStore } from './status';

export type { SyncResult, SyncStep };

export interface SyncEngineOptions {
  db: PttDatabase;
  /** The session's bearer token. */
  token: string;
  status?: SyncStatusStore;
  clock?: Clock;
  /** Edits per push request: by default as many as the server takes (500), so a 5,000-row import is 10 requests. */
  batchSize?: number;
  /** Rows per snapshot page and changes per pull page. */
  snapshotPageSize?: number;
  changesPageSize?: number;
  /** A request that takes longer is abandoned and retried (its edits are idempotent). */
  requestTimeoutMs?: number;
  pollMs?: number;
  backoff?: Backoff;
  beforeStep?: (step: SyncStep) => void | Promise<void>;
}

export class SyncEngine {
  readonly status: SyncStatusStore;
  private readonly scheduler: SyncScheduler;
  private readonly cycle: () => Promise<void>;

  constructor({ db, token, ...options }: SyncEngineOptions) {
    this.status = options.status ?? createSyncStatusStore();
    const clock = options.clock ?? realClock;
    this.cycle = () =>
      runSyncCycle({
        db,
        token,
        batchSize: options.batchSize ?? 500,
        snapshotPageSize: options.snapshotPageSize ?? 5_000,
        changesPageSize: options.changesPageSize ?? 1_000,
        requestTimeoutMs: options.requestTimeoutMs ?? 20_000,
        signal: this.scheduler.stopped,
        report: (patch) => this.scheduler.report(patch),
        beforeStep: options.beforeStep ?? (() => {}),
        now: () => clock.now(),
      });
    this.scheduler = new SyncScheduler({
      name: syncChannelName(db),
      status: this.status,
      clock,
      backoff: options.backoff ?? { baseMs: 1_000, maxMs: 60_000 },
      pollMs: options.pollMs ?? 30_000,
      syncOnce: this.cycle,
      waitingEdits: () => waitingCount(db),
    });
  }

  /** Starts syncing in the background: as the leader tab, or following the leader's status. */
  start(): void {
    this.scheduler.start();
  }

  /** Stops syncing (sign-out, unmount); resolves once the current request has been abandoned. */
  stop(): Promise<void> {
    return this.scheduler.stop();
  }

  /** Syncs at once (after an edit, on reconnect, on focus). */
  nudge(): void {
    this.scheduler.nudge();
  }

  /** One cycle; throws `ApiFailure` when a request fails. */
  syncOnce(): Promise<void> {
    return this.cycle();
  }

  /** Cycles until everything queued is sent and pulled back, with backoff; see `SyncScheduler.syncUntilDone`. */
  syncUntilDone(): Promise<SyncResult> {
    return this.scheduler.syncUntilDone();
  }
}
