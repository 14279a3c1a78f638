/**
 * Demo mode: the server core running in the browser. Its state lives in its own
 * IndexedDB database, shared by all tabs and kept across reloads; MSW's service worker
 * routes the app's /api calls to it through the fault switches. Load this module lazily:
 * it carries the seed generator and MSW.
 */
import { setupWorker, type SetupWorker } from 'msw/browser';
import { PttCore } from '../server/core/core';
import { fetchHandler, type FetchHandler } from '../server/core/fetch';
import { DEMO_PASSWORD_HASHER, demoTenants, type TenantSpec } from '../server/seed/demo';
import { provisionAccounts, resetToSeed, seedDirectory, seededTenant } from '../server/seed/seed-storage';
import { createDisasters, type Disasters } from './disasters';
import { createFaultController, type FaultController } from './faults';
import { createHandlers } from './handlers';
import { DEFAULT_BACKEND_DB, openIndexedDbStore } from './indexeddb-store';
import type { Storage } from '../server/core/storage';
import { createOtherAdmin, type OtherAdmin } from './other-admin';

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
  server: PttCore;
  faults: FaultController;
  /** "Restore the server from an earlier backup", and a wipe. */
  disasters: Disasters;
  /** "Another admin" of a tenant (the signed-in one's id comes from the sign-in response); one per tenant. */
  otherAdmin(tenantId: string): OtherAdmin;
  /** Puts every demo tenant's data back to the seed; the app pulls the difference. */
  resetDemoData(): Promise<void>;
  /** Stops the worker and the other admins' schedules. */
  stop(): void;
}

export async function startDemoBackend(options: DemoBackendOptions = {}): Promise<DemoBackend> {
  const tenants = [...demoTenants(options.seed), ...(options.extraTenants ?? [])];
  const faults = createFaultController();
  // The service worker installs (a first visit precaches the app) while the store opens or seeds:
  // no request reaches the handler before both are done (main.tsx holds the app's until then).
  const opening = openBackend(tenants, options.dbName ?? DEFAULT_BACKEND_DB);
  const api: FetchHandler = async (request, context) => (await opening).handle(request, context);
  const worker: SetupWorker = setupWorker(...createHandlers(api, faults));
  const [{ store, server }] = await Promise.all([
    opening,
    worker.start({
      serviceWorker: { url: options.workerUrl ?? '/mockServiceWorker.js' },
      onUnhandledRequest: 'bypass',
      quiet: true,
    }),
  ]);
  seedWhenIdle(store, demoTenants(options.seed));
  const otherAdmins = new Map<string, OtherAdmin>();
  return {
    server,
    faults,
    disasters: createDisasters(store, tenants),
    otherAdmin(tenantId) {
      let admin = otherAdmins.get(tenantId);
      if (!admin) otherAdmins.set(tenantId, (admin = createOtherAdmin(server, tenantId)));
      return admin;
    },
    resetDemoData: () => resetToSeed(store, tenants),
    stop() {
      for (const admin of otherAdmins.values()) admin.stop();
      worker.stop();
      store.close();
    },
  };
}

/**
 * Makes the demo tenants' rows (a first visit's database has none yet) once the page is idle, one
 * tenant at a time, so that a sign-in a few seconds later finds them made; a request that comes
 * first is answered first (it holds the store's lock) or waits for the one tenant being made.
 */
function seedWhenIdle(store: Storage, tenants: readonly TenantSpec[]) {
  const reach = (tenantId: string) => store.transaction(async () => undefined, { tenantId, mode: 'read' });
  const idle = (work: () => void) =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(work, { timeout: 2_000 }) : setTimeout(work, 0);
  const next = ([tenant, ...rest]: readonly TenantSpec[]) => {
    if (!tenant) return;
    idle(
      () =>
        void reach(tenant.id).then(
          () => next(rest),
          () => undefined,
        ),
    );
  };
  next(tenants);
}

/** The store (seeded on a browser's first visit) and the core over it. */
async function openBackend(tenants: readonly TenantSpec[], dbName: string) {
  const store = await openIndexedDbStore({
    dbName,
    // A first visit answers the sign-in page at once; each tenant's rows are made when it is first reached.
    seed: (storage) => seedDirectory(storage, tenants, DEMO_PASSWORD_HASHER),
    seedLater: {
      tenantIds: tenants.map((tenant) => tenant.id),
      tenant: (current) => seededTenant(tenants, current),
    },
  });
  // A database made by an older demo lacks the accounts (they were stored differently).
  await provisionAccounts(store, tenants, DEMO_PASSWORD_HASHER);
  const server = new PttCore({ storage: store, passwords: DEMO_PASSWORD_HASHER });
  return { store, server, handle: fetchHandler(server) };
}

export { benchTenant } from '../server/seed/demo';
