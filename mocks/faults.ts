/**
 * Misbehaviour on demand, between the network and the server core: network off,
 * latency, an error rate (500/503/429 with Retry-After), "commit, then lose the
 * response", and a gateway that refuses (400) every push carrying a given edit. Tests call the controller's methods directly; the Demo panel can render
 * `getSettings()` and re-render on `subscribe()` (it fits React's useSyncExternalStore).
 * Settings live in memory only: a reload starts with a well-behaved network.
 */
import type { FetchHandler } from '../server/core/fetch';
import type { Random } from '../server/seed/rng';

export const INJECTED_STATUSES = [500, 503, 429] as const;
export type InjectedStatus = (typeof INJECTED_STATUSES)[number];

export interface FaultSettings {
  /** Every request fails as a network error, before reaching the server. */
  offline: boolean;
  /** Delay before each request is handled, drawn in [minMs, maxMs] (equal: fixed). */
  latency: { minMs: number; maxMs: number };
  /** Share of requests (0–1) answered with an error status instead of being handled. */
  errorRate: number;
  /** The statuses an injected error is drawn from. */
  errorStatuses: InjectedStatus[];
  /** Sent as `Retry-After` with 503 and 429. */
  retryAfterSeconds: number;
  /** Share of requests (0–1) handled (and committed) whose response is then lost. */
  loseResponseRate: number;
  /** Errors still to inject on the next requests, whatever the rate (one-shot switches). */
  pendingErrors: InjectedStatus[];
  /** Responses still to lose on the next requests, whatever the rate. */
  pendingLostResponses: number;
  /** Keys of edits whose every push is refused with 400, before reaching the server. */
  refusedEdits: string[];
}

export interface FaultController {
  getSettings(): FaultSettings;
  /** Calls `listener` after every change of the settings; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  setOffline(offline: boolean): void;
  /** A fixed delay in ms, or a random one in a range. 0 turns latency off. */
  setLatency(latency: number | { minMs: number; maxMs: number }): void;
  setErrorRate(rate: number, options?: { statuses?: InjectedStatus[]; retryAfterSeconds?: number }): void;
  setLoseResponseRate(rate: number): void;
  /** The next `count` requests get `status` (503 by default), then the rate applies again. */
  failNext(count?: number, status?: InjectedStatus): void;
  /** The next `count` requests are committed and their responses lost. */
  loseNextResponses(count?: number): void;
  /** Every push carrying the edit with this key gets a 400, as from a gateway that will not pass it. */
  refuseEdit(key: string): void;
  /** Back to a well-behaved network. */
  reset(): void;
  /** Used by `serveWithFaults`: what to do with one request. */
  plan(): RequestPlan;
}

/** The fate of one request, decided when it arrives. */
export interface RequestPlan {
  delayMs: number;
  error: InjectedStatus | null;
  loseResponse: boolean;
}

export interface FaultOptions {
  /** Draws latencies and decides rates; seed it for reproducible tests. */
  random?: Random;
}

function wellBehaved(): FaultSettings {
  return {
    offline: false,
    latency: { minMs: 0, maxMs: 0 },
    errorRate: 0,
    errorStatuses: [...INJECTED_STATUSES],
    retryAfterSeconds: 2,
    loseResponseRate: 0,
    pendingErrors: [],
    pendingLostResponses: 0,
    refusedEdits: [],
  };
}

const clampRate = (rate: number) => Math.min(1, Math.max(0, Number.isFinite(rate) ? rate : 0));
const clampMs = (ms: number) => Math.max(0, Number.isFinite(ms) ? Math.round(ms) : 0);

export function createFaultController({ random = Math.random }: FaultOptions = {}): FaultController {
  let settings = wellBehaved();
  const listeners = new Set<() => void>();
  const update = (patch: Partial<FaultSettings>) => {
    settings = { ...settings, ...patch };
    for (const listener of listeners) listener();
  };

  return {
    getSettings: () => settings,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setOffline: (offline) => update({ offline }),
    setLatency(latency) {
      const { minMs, maxMs } = typeof latency === 'number' ? { minMs: latency, maxMs: latency } : latency;
      const min = clampMs(minMs);
      update({ latency: { minMs: min, maxMs: Math.max(min, clampMs(maxMs)) } });
    },
    setErrorRate(rate, options = {}) {
      update({
        errorRate: clampRate(rate),
        errorStatuses: options.statuses?.length ? [...options.statuses] : settings.errorStatuses,
        retryAfterSeconds: options.retryAfterSeconds ?? settings.retryAfterSeconds,
      });
    },
    setLoseResponseRate: (rate) => update({ loseResponseRate: clampRate(rate) }),
    failNext: (count = 1, status = 503) =>
      update({ pendingErrors: [...settings.pendingErrors, ...Array.from({ length: count }, () => status)] }),
    loseNextResponses: (count = 1) => update({ pendingLostResponses: settings.pendingLostResponses + count }),
    refuseEdit: (key) => update({ refusedEdits: [...settings.refusedEdits, key] }),
    reset: () => update(wellBehaved()),
    plan() {
      const { latency, errorRate, errorStatuses, loseResponseRate, pendingErrors, pendingLostResponses } = settings;
      const delayMs = latency.minMs + Math.round(random() * (latency.maxMs - latency.minMs));
      const [pendingError, ...laterErrors] = pendingErrors;
      if (pendingError !== undefined) {
        update({ pendingErrors: laterErrors });
        return { delayMs, error: pendingError, loseResponse: false };
      }
      if (errorRate > 0 && random() < errorRate) {
        return {
          delayMs,
          error: errorStatuses[Math.floor(random() * errorStatuses.length)] ?? 503,
          loseResponse: false,
        };
      }
      if (pendingLostResponses > 0) {
        update({ pendingLostResponses: pendingLostResponses - 1 });
        return { delayMs, error: null, loseResponse: true };
      }
      return { delayMs, error: null, loseResponse: loseResponseRate > 0 && random() < loseResponseRate };
    },
  };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Sends one request through the fault switches to the back-end; the MSW adapter turns 'networkError' into a failed fetch. */
export async function serveWithFaults(
  faults: FaultController,
  handle: FetchHandler,
  request: Request,
): Promise<Response | 'networkError'> {
  if (faults.getSettings().offline) return 'networkError';
  const plan = faults.plan();
  if (plan.delayMs > 0) await sleep(plan.delayMs);
  // The network may have been cut while the request was on its way.
  if (faults.getSettings().offline) return 'networkError';
  if (plan.error !== null) return injectedError(plan.error, faults.getSettings().retryAfterSeconds);
  if (await carriesRefusedEdit(faults, request)) {
    return Response.json({ reason: 'malformed', message: 'refused by the gateway (fault switch)' }, { status: 400 });
  }
  const response = await handle(request);
  return plan.loseResponse ? 'networkError' : response;
}

async function carriesRefusedEdit(faults: FaultController, request: Request): Promise<boolean> {
  const { refusedEdits } = faults.getSettings();
  if (refusedEdits.length === 0 || request.method !== 'POST' || !new URL(request.url).pathname.endsWith('/mutations')) {
    return false;
  }
  const body = (await request
    .clone()
    .json()
    .catch(() => null)) as { mutations?: Array<{ key?: unknown }> } | null;
  return (body?.mutations ?? []).some((mutation) => refusedEdits.includes(String(mutation.key)));
}

function injectedError(status: InjectedStatus, retryAfterSeconds: number): Response {
  const headers = new Headers({ 'Content-Type': 'application/json' });
  if (status === 500) {
    return new Response(JSON.stringify({ reason: 'unavailable', message: 'injected server error' }), {
      status,
      headers,
    });
  }
  headers.set('Retry-After', String(retryAfterSeconds));
  const reason = status === 429 ? 'tooManyRequests' : 'unavailable';
  return new Response(JSON.stringify({ reason, message: 'injected by the fault switches' }), { status, headers });
}
