/**
 * A request of a sync cycle: it carries the session's token, is abandoned after a timeout
 * (and retried later: every push is safe to send twice) or at once when the engine stops,
 * and tells what it shows of the network — any answer at all, even an error, means the
 * network works; only a request that got no answer means offline.
 */
import { ApiFailure, apiRequest, type ApiRequest } from '../lib/api';
import type { SyncStatus } from './status';

export type Call = <T>(request: Omit<ApiRequest, 'token' | 'signal' | 'timeoutMs'>) => Promise<T>;

export interface CallOptions {
  token: string;
  timeoutMs: number;
  /** Aborts the request in flight (the engine stops). */
  signal: AbortSignal;
  report: (patch: Partial<SyncStatus>) => void;
}

export function createCall({ token, timeoutMs, signal, report }: CallOptions): Call {
  return async <T>(request: Omit<ApiRequest, 'token' | 'signal' | 'timeoutMs'>) => {
    try {
      const result = await apiRequest<T>({ ...request, token, signal, timeoutMs });
      report({ connectivity: 'online' });
      return result;
    } catch (error) {
      if (error instanceof ApiFailure && error.kind !== 'network') report({ connectivity: 'online' });
      throw error;
    }
  };
}
