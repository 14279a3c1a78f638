/**
 * The mock back-end for Node tests: a fresh in-memory server per call, and an MSW
 * `setupServer` that routes the app's fetch calls to it. Typical use:
 *
 *   const backend = createTestBackend();
 *   beforeAll(() => backend.msw.listen({ onUnhandledRequest: 'error' }));
 *   afterAll(() => backend.msw.close());
 *   backend.faults.setOffline(true); backend.otherAdmin('tenant-gagnon').renameGroup(id, 'Urgences');
 */
import { setupServer, type SetupServer } from 'msw/node';
import { createHandlers } from './handlers';
import { createOtherAdmin, type OtherAdmin } from './server/other-admin';
import { createMemoryServer, type PttServer, type ServerOptions } from './server/server';
import type { FaultController } from './server/faults';
import type { Random } from './seed/rng';

export interface TestBackend {
  server: PttServer;
  msw: SetupServer;
  faults: FaultController;
  /** "Another admin" of the given tenant (e.g. 'tenant-gagnon'). */
  otherAdmin(tenantId: string, random?: Random): OtherAdmin;
}

export function createTestBackend(options: ServerOptions = {}): TestBackend {
  const server = createMemoryServer(options);
  return {
    server,
    msw: setupServer(...createHandlers(server)),
    faults: server.faults,
    otherAdmin: (tenantId, random) => createOtherAdmin(server, tenantId, random),
  };
}

export { DEMO_ACCOUNTS, demoTenants, type TenantSpec } from './seed/demo';
