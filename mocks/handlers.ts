/**
 * MSW handlers: a thin adapter from HTTP to the server core. Each call goes through the
 * fault switches (`server.faults`) and then `server.handle`; a 'networkError' becomes a
 * failed fetch. Paths match on any origin, so absolute and relative URLs both work.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { API } from '../src/domain/protocol';
import { serveWithFaults } from './server/faults';
import type { PttServer } from './server/server';

export function createHandlers(server: PttServer): HttpHandler[] {
  const forward = async ({ request }: { request: Request }) => {
    const served = await serveWithFaults(server, {
      method: request.method,
      url: request.url,
      authorization: request.headers.get('Authorization'),
      body: await request.text(),
    });
    if (served === 'networkError') return HttpResponse.error();
    const init = { status: served.status, ...(served.headers ? { headers: served.headers } : {}) };
    return served.body === null ? new HttpResponse(null, init) : HttpResponse.json(served.body, init);
  };
  return [
    http.post(`*${API.session}`, forward),
    http.delete(`*${API.session}`, forward),
    http.get(`*${API.snapshot}`, forward),
    http.get(`*${API.changes}`, forward),
    http.post(`*${API.mutations}`, forward),
    // Any other /api call gets the server's own 404, not the network's.
    http.all('*/api/*', forward),
  ];
}
