/**
 * The HTTP client for the PTT back-end. Every failure becomes an `ApiFailure` whose
 * `kind` says what the caller should do: `network` (offline, or no answer within
 * `timeoutMs`: retry later), `auth` (sign in again), `retry` (5xx / 429: back off,
 * honouring Retry-After), `client` (4xx). Aborting through `signal` rejects with the
 * signal's reason instead: the caller gave up, there is nothing to retry.
 */
import type { ApiError } from '../domain/protocol';

export type FailureKind = 'network' | 'auth' | 'retry' | 'client';

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

export async function apiRequest<T>({ timeoutMs, ...request }: ApiRequest): Promise<T> {
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
  if (response.status === 401) throw new ApiFailure('auth', 401, errorBody);
  if (response.status >= 500 || response.status === 429) {
    throw new ApiFailure('retry', response.status, errorBody, retryAfter(response));
  }
  throw new ApiFailure('client', response.status, errorBody);
}
