/**
 * Demo mode: the mock back-end running in the browser. Its state lives in its own
 * IndexedDB database, shared by all tabs and kept across reloads; MSW's service worker
 * routes the app's /api calls to it. Load this module lazily: it carries the seed
 * generator and MSW.
 */
import { setupWorker, type SetupWorker } from 'msw/browser';
import { createHandlers } from './handlers';
import { DEMO_ACCOUNTS, demoTenants, type DemoAccount, type TenantSpec } from './seed/demo';
import type { FaultController } from './server/faults';
import { DEFAULT_BACKEND_DB, openIndexedDbHost } from './server/indexeddb-host';
import { createOtherAdmin, type OtherAdmin } from './server/other-admin';
import { PttServer, seedState } from './server/server';

export interface DemoBackendOptions {
  /** The service worker script; a later build serves MSW from inside /sw.js. */
  workerUrl?: string;
  dbName?: string;
  /** Another seed makes another, equally deterministic, data set. */
  seed?: number;
  /** Tenants served besides the demo ones (the benchmark's large tenant, see scripts/bench/). */
  extraTenants?: readonly TenantSpec[];
}

export interface DemoBackend {
  server: PttServer;
  faults: FaultController;
  /** "Another admin" of a tenant (the signed-in one's id comes from the sign-in response); one per tenant. */
  otherAdmin(tenantId: string): OtherAdmin;
  /** Puts every demo tenant's data back to the seed; the app pulls the difference. */
  resetDemoData(): Promise<void>;
  accounts: readonly DemoAccount[];
  /** Stops the worker and the other admins' schedules. */
  stop(): void;
}

export async function startDemoBackend(options: DemoBackendOptions = {}): Promise<DemoBackend> {
  const tenants = [...demoTenants(options.seed), ...(options.extraTenants ?? [])];
  const host = await openIndexedDbHost({
    dbName: options.dbName ?? DEFAULT_BACKEND_DB,
    seed: () => seedState(tenants),
  });
  const server = new PttServer(host, tenants);
  const worker: SetupWorker = setupWorker(...createHandlers(server));
  await worker.start({
    serviceWorker: { url: options.workerUrl ?? '/mockServiceWorker.js' },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  const otherAdmins = new Map<string, OtherAdmin>();
  return {
    server,
    faults: server.faults,
    otherAdmin(tenantId) {
      let admin = otherAdmins.get(tenantId);
      if (!admin) otherAdmins.set(tenantId, (admin = createOtherAdmin(server, tenantId)));
      return admin;
    },
    resetDemoData: () => server.resetDemoData(),
    accounts: DEMO_ACCOUNTS,
    stop() {
      for (const admin of otherAdmins.values()) admin.stop();
      worker.stop();
      host.close();
    },
  };
}

export { DEMO_ACCOUNTS, benchTenant, type DemoAccount } from './seed/demo';
