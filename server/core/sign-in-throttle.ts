/**
 * Sign-in rate limits, per account and per client address, so a password cannot be
 * guessed by trying many. Every attempt is counted against both BEFORE its password is
 * checked — so a burst of parallel attempts cannot slip past the limit — in fixed windows
 * that open at a key's first attempt. Over a limit the answer is 429 with `Retry-After`
 * until the window ends, whatever the password. A successful sign-in clears its account's
 * count and gives its attempt back to the address (an office behind one address signs in
 * all day); failures stay counted. Unknown usernames are counted like known ones, so the
 * answers tell nothing about which exist. Where counts live is the host's choice
 * (`AttemptCounters`): memory for one process, the database when processes share it.
 */
export interface AttemptWindow {
  /** Attempts counted in the window, this one included. */
  count: number;
  /** When the window ends (ms since the epoch). */
  resetsAt: number;
}

export interface AttemptCounters {
  /** Counts one attempt for `key`, opening a window of `windowMs` when none is open at `now`. */
  count(key: string, now: number, windowMs: number): Promise<AttemptWindow>;
  /** Takes one attempt back. */
  uncount(key: string): Promise<void>;
  /** Forgets the key's window. */
  clear(key: string): Promise<void>;
}

export interface AttemptLimit {
  attempts: number;
  windowMs: number;
}

export interface SignInLimits {
  perAccount: AttemptLimit;
  perAddress: AttemptLimit;
}

export const SIGN_IN_LIMITS: SignInLimits = {
  perAccount: { attempts: 10, windowMs: 15 * 60_000 },
  perAddress: { attempts: 50, windowMs: 15 * 60_000 },
};

export interface SignInAttempt {
  /** Normalized (trimmed, lower-case). */
  username: string;
  /** The client's address as the host sees it (null when it cannot tell: no per-address limit). */
  address: string | null;
}

const accountKey = (username: string) => `account:${username}`;
const addressKey = (address: string) => `address:${address}`;

export class SignInThrottle {
  constructor(
    private readonly counters: AttemptCounters,
    private readonly limits: SignInLimits = SIGN_IN_LIMITS,
  ) {}

  /** Counts the attempt; null when it may go on, else how many seconds to wait. */
  async admit({ username, address }: SignInAttempt, now: number): Promise<number | null> {
    const checks: Array<[string, AttemptLimit]> = [[accountKey(username), this.limits.perAccount]];
    if (address) checks.push([addressKey(address), this.limits.perAddress]);
    let waitMs = 0;
    for (const [key, limit] of checks) {
      const window = await this.counters.count(key, now, limit.windowMs);
      if (window.count > limit.attempts) waitMs = Math.max(waitMs, window.resetsAt - now);
    }
    return waitMs > 0 ? Math.max(1, Math.ceil(waitMs / 1000)) : null;
  }

  async succeeded({ username, address }: SignInAttempt): Promise<void> {
    await this.counters.clear(accountKey(username));
    if (address) await this.counters.uncount(addressKey(address));
  }

  /** Lifts an account's limit (an administrator reset its password). */
  unlockAccount(username: string): Promise<void> {
    return this.counters.clear(accountKey(username));
  }
}

/** Counters in this process's memory; expired windows are dropped as new ones open. */
export function memoryAttemptCounters(): AttemptCounters {
  const windows = new Map<string, AttemptWindow>();
  const dropExpired = (now: number) => {
    for (const [key, window] of windows) if (window.resetsAt <= now) windows.delete(key);
  };
  return {
    async count(key, now, windowMs) {
      let window = windows.get(key);
      if (!window || window.resetsAt <= now) {
        if (windows.size >= 10_000) dropExpired(now);
        window = { count: 0, resetsAt: now + windowMs };
        windows.set(key, window);
      }
      window.count += 1;
      return { ...window };
    },
    async uncount(key) {
      const window = windows.get(key);
      if (window && window.count > 0) window.count -= 1;
    },
    async clear(key) {
      windows.delete(key);
    },
  };
}
