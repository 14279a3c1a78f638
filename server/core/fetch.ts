/**
 * The core as a Fetch handler, `(Request) => Promise<Response>`: the one shape both hosts
 * speak — MSW's handlers in the browser and in tests, and Node HTTP servers such as Hono.
 * Its two halves stand apart for a host that runs the core elsewhere (the demo's worker,
 * mocks/backend.worker.ts): `answerText` where the core runs, `toResponse` where the request came in.
 */
import type { PttCore } from './core';
import type { ApiRequest } from './responses';

/** What the host knows about a request beyond the request itself. */
export interface RequestContext {
  /** The client's address (a Node server knows it; MSW does not). */
  clientAddress?: string | null;
}

export type FetchHandler = (request: Request, context?: RequestContext) => Promise<Response>;

/** The core's answer with its body as JSON text (null: no body), plain data that crosses a worker's boundary. */
export interface AnswerText {
  status: number;
  headers: Record<string, string>;
  text: string | null;
}

export function fetchHandler(core: Pick<PttCore, 'handle'>): FetchHandler {
  return async (request, context = {}) => toResponse(await answerText(core, await apiRequest(request, context)));
}

/** The parts of a request the core reads. */
export async function apiRequest(request: Request, context: RequestContext = {}): Promise<ApiRequest> {
  return {
    method: request.method,
    url: request.url,
    authorization: request.headers.get('Authorization'),
    body: await request.text(),
    clientAddress: context.clientAddress ?? null,
  };
}

export async function answerText(core: Pick<PttCore, 'handle'>, request: ApiRequest): Promise<AnswerText> {
  const answer = await core.handle(request);
  const text = answer.body === null ? null : JSON.stringify(answer.body);
  return { status: answer.status, headers: answer.headers ?? {}, text };
}

export function toResponse({ status, headers, text }: AnswerText): Response {
  const sent = new Headers(headers);
  if (text === null) return new Response(null, { status, headers: sent });
  sent.set('Content-Type', 'application/json');
  return new Response(text, { status, headers: sent });
}
