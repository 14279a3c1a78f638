/**
 * The sync scheduler of one database: who runs sync cycles (cycle.ts), when, and what
 * happens after a failure. Plain TypeScript, no React.
 *
 * Who: the tab holding the Web Lock `ptt-sync:<database>` leads (where Web Locks are
 * missing, every tab does). It posts its status on the BroadcastChannel of the same name;
 * the other tabs follow — they show that status, ask for it with a hello when they open,
 * and wait for the lock, which passes on when the leader's tab closes.
 *
 * When (the states after `following` are the status store's `phase`):
 *
 *   start() ──▶ following ── Web Lock granted ──▶ syncing
 *
 *              ┌────────────── wake-up ───────────────┐
 *              ▼                                      │
 *   ┌──────▶ syncing ── outbox sent, pull committed ──▶ idle
 *   │          │ │       (edits left and fewer than before the cycle: the next cycle at once)
 *   │          │ └── 401 ──▶ paused   needsSignIn: the loop ends; signing in again
 *   │          │                      starts a new engine on the same queue
 *   │          │ no answer, 5xx, 429, 408; any other 4xx on a pull or a snapshot (`problem`:
 *   │          │ refused); storage full (`problem`: storageFull); the history changed twice
 *   │          │ in one cycle; a cycle that left as many edits waiting as it found
 *   │          ▼
 *   └─── waitingToRetry   1 s × 2^n up to 60 s, half of it jitter, never under Retry-After
 *                         (60 s after any other error: a bug); a wake-up ends the wait early
 *
 *   Every way back to `syncing` goes through a wait or makes headway (fewer edits waiting),
 *   so no loop runs without a wait (tests/unit/sync: the watchdog). A 410 or a sequence that
 *   went back in time is handled inside the cycle (rebootstrap.ts); a 4xx on a push turns the
 *   refused edit into a sync issue inside the cycle (push.ts): neither stops the queue.
 *
 *   wake-up: an edit saved in any tab (its nudge; ignored while offline, so an offline
 *   burst of edits does not fire one doomed request each), `online`, focus, the tab
 *   shown again, or `pollMs` gone by. `initialSync` is the first part of `syncing` on a
 *   database that never synced. stop(), from any state: the request in flight is
 *   abandoned and the lock released.
 */
import type { NudgeMessage } from '../db/outbox/append';
import { isQuotaError } from '../db/storage-full';
import { ApiFailure } from '../lib/api';
import { retryDelay, type Backoff, type Clock } from './clock';
import { HistoryChanged } from './history-changed';
import { initialSyncStatus, type SyncProblem, type SyncStatus, type SyncStatusStore } from './status';

export interface SchedulerOptions {
  /** Names the Web Lock and the BroadcastChannel: one leader and one channel per database. */
  name: string;
  status: SyncStatusStore;
  clock: Clock;
  backoff: Backoff;
  pollMs: number;
  /** One sync cycle; throws `ApiFailure` when a request fails. */
  syncOnce: () => Promise<void>;
  /** How many edits wait for the server: fewer after a cycle, the next runs at once; as many, it waits. */
  waitingEdits: () => Promise<number>;
}

export type SyncResult = 'done' | 'needsSignIn' | 'stopped';

type ChannelMessage = NudgeMessage | { type: 'status'; status: SyncStatus } | { type: 'hello' };

export class SyncScheduler {
  private readonly stopping = new AbortController();
  /** Aborts on stop(): the cycle abandons its request in flight. */
  readonly stopped: AbortSignal = this.stopping.signal;
  private wake = new AbortController();
  private channel: BroadcastChannel | null = null;
  private leader = false;
  private running: Promise<void> | null = null;
  private readonly cleanups: Array<() => void> = [];

  constructor(private readonly options: SchedulerOptions) {}

  /** Starts syncing in the background: as the leader tab, or following the leader's status. */
  start(): void {
    if (this.running) return;
    this.options.status.setState(initialSyncStatus);
    this.listen();
    this.running = this.lead().catch(() => {});
  }

  /** Stops syncing (sign-out, unmount); resolves once the current request has been abandoned. */
  async stop(): Promise<void> {
    this.stopping.abort();
    this.cleanups.splice(0).forEach((cleanup) => cleanup());
    await this.running;
  }

  /** Ends the current wait: syncs at once. */
  nudge(): void {
    this.wake.abort();
  }

  /**
   * Runs cycles until everything queued has been sent and the pull is committed, retrying
   * failures with backoff. Ends early when the server wants a new sign-in or on stop().
   */
  async syncUntilDone(): Promise<SyncResult> {
    let failures = 0;
    let waitingBefore = await this.options.waitingEdits();
    while (!this.stopped.aborted) {
      let retryAfterMs: number | null = null;
      try {
        await this.options.syncOnce();
        this.report({ problem: null });
        const waiting = await this.options.waitingEdits();
        if (waiting === 0) return 'done';
        const headway = waiting < waitingBefore;
        waitingBefore = waiting;
        if (headway) {
          failures = 0;
          continue;
        }
      } catch (error) {
        if (this.stopped.aborted) break;
        if (error instanceof ApiFailure && error.kind === 'auth') {
          this.report({ needsSignIn: true, phase: 'paused' });
          return 'needsSignIn';
        }
        if (!(error instanceof ApiFailure || error instanceof HistoryChanged || isQuotaError(error))) throw error;
        retryAfterMs = error instanceof ApiFailure ? error.retryAfterMs : null;
        this.report({ problem: problemOf(error) });
      }
      failures++;
      this.report({ phase: 'waitingToRetry' });
      const { backoff, clock } = this.options;
      await this.waitForWake(retryDelay(failures, backoff, clock.random, retryAfterMs));
    }
    return 'stopped';
  }

  /** Updates the status; the leader relays it to the other tabs. */
  report(patch: Partial<SyncStatus>): void {
    this.options.status.setState(patch);
    if (this.leader) {
      this.channel?.postMessage({ type: 'status', status: this.options.status.getState() } satisfies ChannelMessage);
    }
  }

  private async waitForWake(ms: number) {
    if (!this.wake.signal.aborted) {
      await this.options.clock.sleep(ms, AbortSignal.any([this.wake.signal, this.stopped]));
    }
    this.wake = new AbortController();
  }

  /** Waits to become the leader (at once where Web Locks are missing), then syncs until stopped. */
  private async lead() {
    const locks = globalThis.navigator?.locks;
    if (!locks) return this.loop();
    this.channel?.postMessage({ type: 'hello' } satisfies ChannelMessage);
    await locks
      .request(this.options.name, { signal: this.stopped }, () => this.loop())
      .catch((error: unknown) => {
        if (!this.stopped.aborted) throw error;
      });
  }

  private async loop() {
    this.leader = true;
    this.report({});
    while (!this.stopped.aborted) {
      try {
        const result = await this.syncUntilDone();
        if (result === 'needsSignIn') return;
        await this.waitForWake(this.options.pollMs);
      } catch {
        // Not a network answer (a storage error, a bug): try again later rather than stop syncing.
        this.report({ phase: 'waitingToRetry' });
        await this.waitForWake(this.options.backoff.maxMs);
      }
    }
  }

  /** Wake-ups: nudges from edits in any tab, reconnect, focus, visibility; the leader's status for followers. */
  private listen() {
    if (typeof BroadcastChannel !== 'undefined') {
      const channel = new BroadcastChannel(this.options.name);
      channel.onmessage = ({ data }: MessageEvent<ChannelMessage>) => {
        if (data.type === 'nudge' && this.options.status.getState().connectivity !== 'offline') this.nudge();
        else if (data.type === 'hello') this.report({});
        else if (data.type === 'status' && !this.leader) this.options.status.setState(data.status);
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

/** What the user should know of a failure that makes the sync wait (null: the connectivity shown says it). */
function problemOf(error: unknown): SyncProblem | null {
  if (isQuotaError(error)) return { kind: 'storageFull' };
  if (error instanceof ApiFailure && error.kind === 'refused') {
    return { kind: 'refused', status: error.status, message: error.body?.message ?? error.body?.reason ?? '' };
  }
  return null;
}
