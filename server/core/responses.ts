/**
 * A request and its answer as plain data: what the core takes and gives, whatever
 * carries it (MSW in the browser and in tests, a Node HTTP server; see fetch.ts).
 */
import type { ApiError } from '../../src/domain/protocol';

export interface ApiRequest {
  method: string;
  /** Absolute, or a path with its query string. */
  url: string;
  authorization?: string | null;
  /** The raw body text, parsed (and validated) by the core. */
  body?: string | null;
  /** Who is calling, as the host sees it (for sign-in limits per address); absent when unknown. */
  clientAddress?: string | null;
}

export interface ApiResponse {
  status: number;
  /** JSON-serialisable; null for 204. */
  body: unknown;
  headers?: Record<string, string>;
}

export function ok(body: unknown): ApiResponse {
  return { status: 200, body };
}

export function fail(status: number, reason: ApiError['reason'], extra: Omit<ApiError, 'reason'> = {}): ApiResponse {
  return { status, body: { reason, ...extra } satisfies ApiError };
}
