/**
 * The core as a Fetch handler, `(Request) => Promise<Response>`: the one shape both hosts
 * speak — MSW's handlers in the browser and in tests, and Node HTTP servers such as Hono.
 */
import type { PttCore } from './core';

/** What the host knows about a request beyond the request itself. */
export interface RequestContext {
  /** The client's address (a Node server knows it; MSW does not). */
  clientAddress?: string | null;
}

export type FetchHandler = (request: Request, context?: RequestContext) => Promise<Response>;

export function fetchHandler(core: Pick<PttCore, 'handle'>): FetchHandler {
  return async (request, context = {}) => {
    const answer = await core.handle({
      method: request.method,
      url: request.url,
      authorization: request.headers.get('Authorization'),
      body: await request.text(),
      clientAddress: context.clientAddress ?? null,
    });
    const headers = new Headers(answer.headers);
    if (answer.body === null) return new Response(null, { status: answer.status, headers });
    headers.set('Content-Type', 'application/json');
    return new Response(JSON.stringify(answer.body), { status: answer.status, headers });
  };
}
