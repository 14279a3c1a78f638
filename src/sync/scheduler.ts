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
 *   │          │ │       (edits left: the next cycle at once)
 *   │          │ └── 401 ──▶ paused   needsSignIn: the loop ends; signing in again
 *   │          │                      starts a new engine on the same queue
 *   │          │ no answer, 5xx, 429
 *   │          ▼
 *   └─── waitingToRetry   1 s × 2^n up to 60 s, half of it jitter, never under Retry-After
 *                         (60 s after a storage error or a bug); a wake-up ends the wait early
 *
 *   wake-up: an edit saved in any tab (its nudge; ignored while offline, so an offline
 *   burst of edits does not fire one doomed request each), `online`, focus, the tab
 *   shown again, or `pollMs` gone by. `initialSync` is the first part of `syncing` on a
 *   database that never synced. stop(), from any state: the request in flight is
 *   abandoned and the lock released.
 */
import type { NudgeMessage } from '../db/outbox/append';
import { ApiFailure } from '../lib/api';
import { retryDelay, type Backoff, type Clock } from './clock';
import { initialSyncStatus, type SyncStatus, type SyncStatusStore } from './status';

export interface SchedulerOptions {
  /** Names the Web Lock and the BroadcastChannel: one leader and one channel per database. */
  name: string;
  status: SyncStatusStore;
  clock: Clock;
  backoff: Backoff;
  pollMs: number;
  /** One sync cycle; throws `ApiFailure` when a request fails. */
  syncOnce: () => Promise<void>;
  /** Whether edits still wait for the server: then the next cycle runs at once. */
  hasUnsentEdits: () => Promise<boolean>;
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
    while (!this.stopped.aborted) {
      try {
        await this.options.syncOnce();
        failures = 0;
        if (!(await this.options.hasUnsentEdits())) return 'done';
      } catch (error) {
        if (this.stopped.aborted) break;
        if (!(error instanceof ApiFailure)) throw error;
        if (error.kind === 'auth') {
          this.report({ needsSignIn: true, phase: 'paused' });
          return 'needsSignIn';
        }
        failures++;
        this.report({ phase: 'waitingToRetry' });
        const { backoff, clock } = this.options;
        await this.waitForWake(retryDelay(failures, backoff, clock.random, error.retryAfterMs));
      }
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
