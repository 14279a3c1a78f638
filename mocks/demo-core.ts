/**
 * The demo's server core and everything it holds: its IndexedDB store (seeded on a browser's
 * first visit), the core over it, the "other admins" and the simulated disasters. It runs in
 * a dedicated worker (backend.worker.ts), so that loading the store and answering the app's
 * requests — a 5,000-row snapshot page is megabytes of JSON — never takes the page's main
 * thread; the page only forwards requests (browser.ts). `DemoCoreCalls` is all the page can ask.
 */
import type { NewActivityEntry } from '../src/domain/activity';
import type { Intent } from '../src/domain/intents';
import type { AdminEdit } from '../server/core/core';
import { PttCore } from '../server/core/core';
import { answerText, type AnswerText } from '../server/core/fetch';
import type { Restored } from '../server/core/memory/backups';
import type { ApiRequest } from '../server/core/responses';
import type { Storage } from '../server/core/storage';
import { DEMO_PASSWORD_HASHER, demoTenants, type TenantSpec } from '../server/seed/demo';
import { provisionAccounts, resetToSeed, seedDirectory, seededTenant } from '../server/seed/seed-storage';
import { createDisasters } from './disasters';
import { DEFAULT_BACKEND_DB, openIndexedDbStore } from './indexeddb-store';
import { coreAdminEdits } from './other-admin';

export interface DemoCoreOptions {
  /** `ptt-mock-backend` by default. */
  dbName?: string;
  /** Another seed makes another, equally deterministic, data set. */
  seed?: number;
  /** Tenants served besides the demo ones (the benchmark's large tenant, see scripts/bench/). */
  extraTenants: readonly TenantSpec[];
}

/** What the page asks of the core; every argument and result is plain data (it crosses the worker's boundary). */
export interface DemoCoreCalls {
  handle(request: ApiRequest): Promise<AnswerText>;
  /** The other admin's edits; `actingAs` is the supervisor it acts as (null: an administrator). */
  otherAdminApply(tenantId: string, actingAs: string | null, intent: Intent): Promise<AdminEdit>;
  otherAdminRandomEdit(tenantId: string, actingAs: string | null): Promise<AdminEdit | null>;
  supervisors(tenantId: string): Promise<{ id: string; name: string }[]>;
  restoreBackup(tenantId: string, changes: number): Promise<Restored>;
  resetDemoData(): Promise<void>;
  /** Writes entries straight into a tenant's log, in one transaction (the bench's 400 days of history). */
  appendActivity(tenantId: string, entries: NewActivityEntry[]): Promise<void>;
}

export async function openDemoCore(options: DemoCoreOptions): Promise<DemoCoreCalls> {
  const tenants = [...demoTenants(options.seed), ...options.extraTenants];
  const store = await openIndexedDbStore({
    dbName: options.dbName ?? DEFAULT_BACKEND_DB,
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
  const disasters = createDisasters(store, tenants);
  void seedEachInTurn(store, demoTenants(options.seed)).catch(() => undefined);
  return {
    handle: (request) => answerText(server, request),
    otherAdminApply: (tenantId, actingAs, intent) => coreAdminEdits(server, tenantId).apply(intent, actingAs),
    otherAdminRandomEdit: (tenantId, actingAs) => coreAdminEdits(server, tenantId).randomEdit(actingAs, Math.random),
    supervisors: (tenantId) => coreAdminEdits(server, tenantId).supervisors(),
    restoreBackup: (tenantId, changes) => disasters.restoreBackup(tenantId, changes),
    resetDemoData: () => resetToSeed(store, tenants),
    appendActivity: (tenantId, entries) =>
      store.transaction(
        async (tx) => {
          for (const entry of entries) await tx.appendActivity(entry);
        },
        { tenantId, mode: 'write' },
      ),
  };
}

/**
 * Makes the demo tenants' rows (a first visit's database has none yet) one tenant at a time, in the
 * worker, so that a sign-in a few seconds later finds them made; a request that comes first is
 * answered first (it holds the store's lock) or waits for the one tenant being made.
 */
async function seedEachInTurn(store: Storage, tenants: readonly TenantSpec[]): Promise<void> {
  for (const { id } of tenants) await store.transaction(async () => undefined, { tenantId: id, mode: 'read' });
}
