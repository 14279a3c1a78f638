/**
 * The back-end for Node tests: the server core over a fresh in-memory store per call,
 * seeded with the given tenants, and an MSW `setupServer` that routes the app's fetch
 * calls to it through the fault switches. Typical use:
 *
 *   const backend = createTestBackend();
 *   beforeAll(() => backend.msw.listen({ onUnhandledRequest: 'error' }));
 *   afterAll(() => backend.msw.close());
 *   backend.faults.setOffline(true); backend.otherAdmin('tenant-gagnon').renameGroup(id, 'Urgences');
 */
import type { HttpHandler } from 'msw';
import { setupServer, type SetupServer } from 'msw/node';
import { PttCore } from '../server/core/core';
import { fetchHandler } from '../server/core/fetch';
import { DEMO_PASSWORD_HASHER, demoTenants, type TenantSpec } from '../server/seed/demo';
import type { Random } from '../server/seed/rng';
import { seededMemoryStore } from '../server/seed/seed-storage';
import { createDisasters, type Disasters } from './disasters';
import { createFaultController, serveWithFaults, type FaultController, type FaultOptions } from './faults';
import { createHandlers } from './handlers';
import { createOtherAdmin, type OtherAdmin } from './other-admin';

export interface TestBackendOptions {
  /** The tenants to serve; the two demo tenants by default. */
  tenants?: readonly TenantSpec[];
  faults?: FaultOptions;
}

export interface TestBackend {
  server: PttCore;
  /** The MSW handlers, for a test that runs its own `setupServer`. */
  handlers: HttpHandler[];
  msw: SetupServer;
  /**
   * The same back-end, through the same fault switches, as a `fetch` function without MSW
   * (a request costs a twentieth): for a test that sends thousands, such as the sync property.
   */
  fetch: (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  faults: FaultController;
  /** Restores from a backup, wipes. */
  disasters: Disasters;
  /** "Another admin" of the given tenant (e.g. 'tenant-gagnon'). */
  otherAdmin(tenantId: string, random?: Random): OtherAdmin;
}

export function createTestBackend(options: TestBackendOptions = {}): TestBackend {
  const tenants = options.tenants ?? demoTenants();
  const storage = seededMemoryStore(tenants);
  const server = new PttCore({ storage, passwords: DEMO_PASSWORD_HASHER });
  const faults = createFaultController(options.faults);
  const api = fetchHandler(server);
  const handlers = createHandlers(api, faults);
  return {
    server,
    handlers,
    msw: setupServer(...handlers),
    async fetch(input, init) {
      const request = new Request(input, init);
      request.signal.throwIfAborted();
      const served = await serveWithFaults(faults, api, request);
      request.signal.throwIfAborted();
      if (served === 'networkError') throw new TypeError('Failed to fetch');
      return served;
    },
    faults,
    disasters: createDisasters(storage, tenants),
    otherAdmin: (tenantId, random) => createOtherAdmin(server, tenantId, random),
  };
}

export { DEMO_ACCOUNTS, demoTenants, type TenantSpec } from '../server/seed/demo';
