/** Time as the sync engine sees it: injected, so tests run backoff and polling without real waiting. */
export interface Clock {
  /** Resolves after `ms`, or at once when `signal` aborts (never rejects). */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /** A number in [0, 1), for jitter. */
  random(): number;
  /** Milliseconds since the epoch: when an edit was acknowledged, how long it is kept. */
  now(): number;
}

export const realClock: Clock = {
  sleep: (ms, signal) =>
    new Promise<void>((resolve) => {
      if (signal?.aborted) return resolve();
      const done = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal?.addEventListener('abort', done);
    }),
  random: Math.random,
  now: Date.now,
};

export interface Backoff {
  baseMs: number;
  maxMs: number;
}

/** Exponential backoff with jitter (half fixed, half random), never sooner than the server's Retry-After. */
export function retryDelay(failures: number, backoff: Backoff, random: () => number, retryAfterMs: number | null) {
  const ceiling = Math.min(backoff.maxMs, backoff.baseMs * 2 ** Math.max(0, failures - 1));
  const jittered = ceiling / 2 + random() * (ceiling / 2);
  return Math.max(jittered, retryAfterMs ?? 0);
}
