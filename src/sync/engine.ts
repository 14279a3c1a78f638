/**
 * The sync engine of one signed-in database (plain TypeScript, no React).
 *
 * One cycle: initial sync if the database has never synced; push the outbox in order,
 * in batches; pull the changes since the cursor; then one transaction takes the changes
 * in, settles answered edits and rebases the pending ones (rebase.ts).
 *
 * `start()` runs cycles for as long as the session lasts, in exactly one tab (Web Locks;
 * other tabs' edits nudge it through a BroadcastChannel): at once after an edit, on
 * reconnect, focus or visibility, and every `pollMs` otherwise. Failures are retried with
 * exponential backoff and jitter, never sooner than Retry-After; a 401 pauses until the
 * user signs in again (a new engine), keeping the queue.
 */
import {
  API,
  type ChangesResponse,
  type MutationEnvelope,
  type PushResponse,
  type SnapshotResponse,
} from '../domain/protocol';
import { META, clientIdOf, syncChannelName, type OutboxEntry, type PttDatabase } from '../db/database';
import { ApiFailure, apiRequest, type ApiRequest } from '../lib/api';
import { realClock, retryDelay, type Backoff, type Clock } from './clock';
import { commitPull, type PulledChanges } from './rebase';
import { runInitialSync } from './snapshot';
import { createSyncStatusStore, initialSyncStatus, type SyncStatus, type SyncStatusStore } from './status';

/** Where a sync can be interrupted; tests make the engine die there to check a fresh one recovers. */
export type SyncStep = 'snapshot' | 'push' | 'pull' | 'commit';

export interface SyncEngineOptions {
  db: PttDatabase;
  /** The session's bearer token. */
  token: string;
  status?: SyncStatusStore;
  clock?: Clock;
  /** Edits per push request (the server takes up to 500). */
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

export type SyncResult = 'done' | 'needsSignIn' | 'stopped';

/** A request abandoned after `requestTimeoutMs`: treated like a network failure. */
class Abandoned extends Error {}

type ChannelMessage = { type: 'nudge' } | { type: 'status'; status: SyncStatus } | { type: 'hello' };

export class SyncEngine {
  readonly status: SyncStatusStore;
  private readonly db: PttDatabase;
  private readonly token: string;
  private readonly clock: Clock;
  private readonly options: Required<
    Pick<SyncEngineOptions, 'batchSize' | 'snapshotPageSize' | 'changesPageSize' | 'requestTimeoutMs' | 'pollMs'>
  > & { backoff: Backoff };
  private readonly beforeStep: NonNullable<SyncEngineOptions['beforeStep']>;
  private readonly stopping = new AbortController();
  private wake = new AbortController();
  private channel: BroadcastChannel | null = null;
  private leader = false;
  private running: Promise<void> | null = null;
  private readonly cleanups: Array<() => void> = [];

  constructor(options: SyncEngineOptions) {
    this.db = options.db;
    this.token = options.token;
    this.status = options.status ?? createSyncStatusStore();
    this.clock = options.clock ?? realClock;
    this.beforeStep = options.beforeStep ?? (() => {});
    this.options = {
      batchSize: options.batchSize ?? 200,
      snapshotPageSize: options.snapshotPageSize ?? 5_000,
      changesPageSize: options.changesPageSize ?? 1_000,
      requestTimeoutMs: options.requestTimeoutMs ?? 20_000,
      pollMs: options.pollMs ?? 30_000,
      backoff: options.backoff ?? { baseMs: 1_000, maxMs: 60_000 },
    };
  }

  /** Starts syncing in the background: as the leader tab, or following the leader's status. */
  start(): void {
    if (this.running) return;
    this.status.setState(initialSyncStatus);
    this.listen();
    this.running = this.lead().catch(() => {});
  }

  /** Stops syncing (sign-out, unmount); resolves once the current request has been abandoned. */
  async stop(): Promise<void> {
    this.stopping.abort();
    this.cleanups.splice(0).forEach((cleanup) => cleanup());
    await this.running;
  }

  /** Syncs at once (after an edit, on reconnect, on focus). */
  nudge(): void {
    this.wake.abort();
  }

  /**
   * Syncs until everything queued has been sent and the pull is committed, retrying
   * failures with backoff. Ends early when the server wants a new sign-in or on stop().
   */
  async syncUntilDone(): Promise<SyncResult> {
    let failures = 0;
    while (!this.stopping.signal.aborted) {
      try {
        await this.syncOnce();
        failures = 0;
        if (!(await this.hasUnsentEdits())) return 'done';
      } catch (error) {
        if (this.stopping.signal.aborted) break;
        if (!(error instanceof ApiFailure)) throw error;
        if (error.kind === 'auth') {
          this.setStatus({ needsSignIn: true, phase: 'paused' });
          return 'needsSignIn';
        }
        failures++;
        this.setStatus({ phase: 'waitingToRetry' });
        await this.waitForWake(retryDelay(failures, this.options.backoff, this.clock.random, error.retryAfterMs));
      }
    }
    return 'stopped';
  }

  /** One cycle; throws `ApiFailure` when a request fails. */
  async syncOnce(): Promise<void> {
    try {
      if ((await this.db.meta.get(META.cursor)) === undefined) await this.initialSync();
      this.setStatus({ phase: 'syncing' });
      await this.push();
      const pulled = await this.pull();
      await this.beforeStep('commit');
      await commitPull(this.db, pulled);
      this.setStatus({ phase: 'idle' });
    } catch (error) {
      if (error instanceof ApiFailure && error.kind === 'network') this.setStatus({ connectivity: 'offline' });
      throw error;
    }
  }

  private async initialSync() {
    this.setStatus({ phase: 'initialSync' });
    await runInitialSync(
      this.db,
      (table, after) =>
        this.call<SnapshotResponse>({
          path: API.snapshot,
          query: { table, limit: this.options.snapshotPageSize, ...(after === null ? {} : { after }) },
        }),
      (progress) => this.setStatus({ progress }),
      () => Promise.resolve(this.beforeStep('snapshot')),
    );
    this.setStatus({ progress: null });
  }

  /** Sends every unanswered edit, in order; stores each outcome with its entry (settled at the commit). */
  private async push() {
    const clientId = await this.db.transaction('rw', this.db.meta, () => clientIdOf(this.db));
    let from: number | null = null;
    for (;;) {
      const batch = await this.nextBatch(from);
      if (batch.length === 0) return;
      await this.beforeStep('push');
      let response: PushResponse;
      try {
        response = await this.call<PushResponse>({
          method: 'POST',
          path: API.mutations,
          body: { clientId, mutations: batch.map(envelope) },
        });
      } catch (error) {
        const expectedSeq = error instanceof ApiFailure ? error.body?.expectedSeq : undefined;
        // The server missed earlier edits (a lost request): send again from where it stands.
        if (expectedSeq !== undefined && expectedSeq < batch[0]!.seq && from !== expectedSeq) {
          from = expectedSeq;
          continue;
        }
        throw error;
      }
      from = null;
      await this.db.transaction('rw', this.db.outbox, async () => {
        for (const outcome of response.outcomes) await this.db.outbox.update(outcome.seq, { outcome });
      });
    }
  }

  /** The next consecutive run of entries: from `from`, or from the first one without an outcome. */
  private async nextBatch(from: number | null): Promise<OutboxEntry[]> {
    const candidates =
      from === null
        ? await this.db.outbox
            .orderBy('seq')
            .filter((entry) => !entry.outcome)
            .limit(this.options.batchSize)
            .toArray()
        : await this.db.outbox.where('seq').aboveOrEqual(from).limit(this.options.batchSize).toArray();
    const run: OutboxEntry[] = [];
    for (const entry of candidates) {
      if (run.length > 0 && entry.seq !== run[run.length - 1]!.seq + 1) break;
      run.push(entry);
    }
    return run;
  }

  private async pull(): Promise<PulledChanges> {
    const since = (await this.db.meta.get(META.cursor))?.value as number;
    const clientId = (await this.db.meta.get(META.clientId))?.value as string | undefined;
    const pulled: PulledChanges = { since, cursor: since, lastAppliedSeq: 0, changes: [] };
    for (;;) {
      await this.beforeStep('pull');
      const page = await this.call<ChangesResponse>({
        path: API.changes,
        query: { since: pulled.cursor, limit: this.options.changesPageSize, ...(clientId ? { clientId } : {}) },
      });
      pulled.changes.push(...page.changes);
      pulled.cursor = page.cursor;
      // Read with the last page, so every change up to its cursor has been seen.
      pulled.lastAppliedSeq = page.lastAppliedSeq;
      if (!page.hasMore) return pulled;
    }
  }

  private async hasUnsentEdits(): Promise<boolean> {
    return (await this.db.outbox.count()) > 0;
  }

  /** One request with a timeout; any answer at all means the network works. */
  private async call<T>(request: ApiRequest): Promise<T> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new Abandoned()), this.options.requestTimeoutMs);
    const abandon = () => controller.abort(new Abandoned());
    this.stopping.signal.addEventListener('abort', abandon);
    try {
      const result = await apiRequest<T>({ ...request, token: this.token, signal: controller.signal });
      this.setStatus({ connectivity: 'online' });
      return result;
    } catch (error) {
      if (controller.signal.aborted) throw new ApiFailure('network', 0, null);
      if (error instanceof ApiFailure && error.kind !== 'network') this.setStatus({ connectivity: 'online' });
      throw error;
    } finally {
      clearTimeout(timer);
      this.stopping.signal.removeEventListener('abort', abandon);
    }
  }

  private async waitForWake(ms: number) {
    if (!this.wake.signal.aborted) {
      await this.clock.sleep(ms, AbortSignal.any([this.wake.signal, this.stopping.signal]));
    }
    this.wake = new AbortController();
  }

  private setStatus(patch: Partial<SyncStatus>) {
    this.status.setState(patch);
    if (this.leader)
      this.channel?.postMessage({ type: 'status', status: this.status.getState() } satisfies ChannelMessage);
  }

  /** Waits to become the leader (at once where Web Locks are missing), then syncs until stopped. */
  private async lead() {
    const locks = globalThis.navigator?.locks;
    if (!locks) return this.runLoop();
    this.channel?.postMessage({ type: 'hello' } satisfies ChannelMessage);
    await locks
      .request(`ptt-sync:${this.db.name}`, { signal: this.stopping.signal }, () => this.runLoop())
      .catch((error: unknown) => {
        if (!this.stopping.signal.aborted) throw error;
      });
  }

  private async runLoop() {
    this.leader = true;
    this.setStatus({});
    while (!this.stopping.signal.aborted) {
      try {
        const result = await this.syncUntilDone();
        if (result === 'needsSignIn') return;
        await this.waitForWake(this.options.pollMs);
      } catch {
        // Not a network answer (a storage error, a bug): try again later rather than stop syncing.
        this.setStatus({ phase: 'waitingToRetry' });
        await this.waitForWake(this.options.backoff.maxMs);
      }
    }
  }

  /** Nudges from edits and other tabs; the leader's status for the other tabs; reconnect and focus. */
  private listen() {
    if (typeof BroadcastChannel !== 'undefined') {
      const channel = new BroadcastChannel(syncChannelName(this.db));
      channel.onmessage = ({ data }: MessageEvent<ChannelMessage>) => {
        // An edit made while offline waits for the backoff (or a reconnection), rather than
        // sending one doomed request per keystroke-sized edit.
        if (data.type === 'nudge' && this.status.getState().connectivity !== 'offline') this.nudge();
        else if (data.type === 'hello') this.setStatus({});
        else if (data.type === 'status' && !this.leader) this.status.setState(data.status);
      };
      this.channel = channel;
      this.cleanups.push(() => channel.close());
    }
    if (typeof window === 'undefined') return;
    const nudge = () => this.nudge();
    const onVisible = () => document.visibilityState === 'visible' && this.nudge();
    window.addEventListener('online', nudge);
    window.addEventListener('focus', nudge);
    document.addEventListener('visibilitychange', onVisible);
    this.cleanups.push(() => {
      window.removeEventListener('online', nudge);
      window.removeEventListener('focus', nudge);
      document.removeEventListener('visibilitychange', onVisible);
    });
  }
}

function envelope(entry: OutboxEntry): MutationEnvelope {
  return { seq: entry.seq, key: entry.key, intent: entry.intent, base: entry.base };
}
