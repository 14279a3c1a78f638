/**
 * MSW handlers: every /api call goes through the fault switches, then to the server
 * core's Fetch handler; a 'networkError' becomes a failed fetch. Paths match on any
 * origin, so absolute and relative URLs both work, and an unknown /api call gets the
 * core's own 404, not the network's.
 */
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { FetchHandler } from '../server/core/fetch';
import { serveWithFaults, type FaultController } from './faults';

export function createHandlers(api: FetchHandler, faults: FaultController): HttpHandler[] {
  return [
    http.all('*/api/*', async ({ request }) => {
      const served = await serveWithFaults(faults, api, request);
      return served === 'networkError' ? HttpResponse.error() : served;
    }),
  ];
}
