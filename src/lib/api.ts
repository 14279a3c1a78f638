/**
 * The HTTP client for the PTT back-end. Every failure becomes an `ApiFailure` whose `kind`
 * is the one thing its status means (docs/api.md, "What each status means"):
 * - `network`: no answer (offline, or none within `timeoutMs`) — retry later;
 * - `retry`: 5xx, 429, 408 — back off, never sooner than Retry-After;
 * - `auth`: 401 — pause, sign in again, keep the queue;
 * - `sequence`: 409 — the push's sequence numbers disagree with the server's (the body says how);
 * - `history`: 410 — the server's history is another one: load the data again;
 * - `refused`: any other 4xx — the server will not take this request as it is: the edits it
 *   carried become sync issues with the server's reason, never retried as they are.
 * Aborting through `signal` rejects with the signal's reason instead: the caller gave up.
 */
import type { ApiError } from '../domain/protocol';

export type FailureKind = 'network' | 'retry' | 'auth' | 'sequence' | 'history' | 'refused';

export class ApiFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    readonly status: number,
    readonly body: ApiError | null,
    readonly retryAfterMs: number | null = null,
  ) {
    super(`API ${kind} failure (${status})`);
    this.name = 'ApiFailure';
  }
}

export interface ApiRequest {
  method?: 'GET' | 'POST' | 'DELETE';
  path: string;
  query?: Record<string, string | number>;
  body?: unknown;
  token?: string | null;
  signal?: AbortSignal;
  /** Abandons the request after this long (the server may still act on it: send only what is safe to send twice). */
  timeoutMs?: number;
}

function retryAfter(response: Response): number | null {
  const header = response.headers.get('Retry-After');
  if (!header) return null;
  const seconds = Number(header);
  return Number.isFinite(seconds) ? seconds * 1000 : null;
}

let apiOrigin: string | null = null;

/** Sends every call to another origin than the app's (a server's `PTT_API_ORIGIN`); set once at start. */
export function setApiOrigin(origin: string) {
  apiOrigin = origin;
}

let backendReady: Promise<unknown> | null = null;

/**
 * Demo mode: the simulated back-end starts beside the app's first render, so a call made before it
 * answers waits for it (its timeout starts after); a back-end that fails to start releases the wait.
 */
export function holdRequestsUntil(ready: Promise<unknown>) {
  backendReady = ready.then(
    () => (backendReady = null),
    () => (backendReady = null),
  );
}

export async function apiRequest<T>({ timeoutMs, ...request }: ApiRequest): Promise<T> {
  if (backendReady) await backendReady;
  if (timeoutMs === undefined) return send<T>(request);
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
  try {
    return await send<T>({ ...request, signal });
  } catch (error) {
    if (timeout.aborted && !request.signal?.aborted) throw new ApiFailure('network', 0, null);
    throw error;
  }
}

async function send<T>({ method = 'GET', path, query, body, token, signal }: ApiRequest): Promise<T> {
  const url = new URL(path, apiOrigin ?? globalThis.location?.origin ?? 'http://localhost');
  for (const [name, value] of Object.entries(query ?? {})) url.searchParams.set(name, String(value));
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiFailure('network', 0, null);
  }
  if (response.status === 204) return undefined as T;
  if (response.ok) return (await response.json()) as T;
  const errorBody = (await response.json().catch(() => null)) as ApiError | null;
  throw new ApiFailure(failureKind(response.status), response.status, errorBody, retryAfter(response));
}

/** The one meaning of an error status. */
export function failureKind(status: number): FailureKind {
  if (status >= 500 || status === 429 || status === 408) return 'retry';
  if (status === 401) return 'auth';
  if (status === 409) return 'sequence';
  if (status === 410) return 'history';
  return 'refused';
}
