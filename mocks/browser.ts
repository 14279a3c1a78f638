/**
 * Demo mode: the simulated PTT back-end, hosted by the page. MSW's service worker routes the
 * app's /api calls to this page's handler, which applies the fault switches and forwards each
 * request to the server core running in a dedicated worker (demo-core.ts, backend.worker.ts);
 * the page keeps only MSW, the switches and the other admins' schedules. The core's state lives
 * in its own IndexedDB database, shared by all tabs (each tab's worker runs its own copy under a
 * cross-tab lock: indexeddb-store.ts) and kept across reloads. Load this module lazily.
 */
import { setupWorker } from 'msw/browser';
import backendWorkerUrl from './backend.worker.ts?same-build-worker';
import { apiRequest, toResponse, type FetchHandler } from '../server/core/fetch';
import type { TenantSpec } from '../server/seed/demo';
import type { NewActivityEntry } from '../src/domain/activity';
import { type CallName, type FromWorker, type ToWorker } from './backend-link';
import type { DemoCoreCalls } from './demo-core';
import { createFaultController, type FaultController } from './faults';
import { createHandlers } from './handlers';
import { otherAdminOver, type OtherAdmin } from './other-admin-schedule';

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
  faults: FaultController;
  /** "Restore the server from an earlier backup". */
  disasters: { restoreBackup(tenantId: string, changes: number): Promise<{ cursor: number; undone: number }> };
  /** "Another admin" of a tenant (the signed-in one's id comes from the sign-in response); one per tenant. */
  otherAdmin(tenantId: string): OtherAdmin;
  /** Puts every demo tenant's data back to the seed; the app pulls the difference. */
  resetDemoData(): Promise<void>;
  /** Writes entries straight into a tenant's server log (the bench's 400 days of history). */
  appendActivity(tenantId: string, entries: NewActivityEntry[]): Promise<void>;
  /** Stops both workers and the other admins' schedules. */
  stop(): void;
}

type Call = <N extends CallName>(name: N, ...args: Parameters<DemoCoreCalls[N]>) => ReturnType<DemoCoreCalls[N]>;

export async function startDemoBackend(options: DemoBackendOptions = {}): Promise<DemoBackend> {
  const core = new Worker(backendWorkerUrl, { type: 'module', name: 'demo-backend' });
  const { started, call } = connect(core);
  const { dbName, seed, extraTenants = [] } = options;
  const start: ToWorker = {
    type: 'start',
    options: { ...(dbName && { dbName }), ...(seed === undefined ? {} : { seed }), extraTenants },
  };
  core.postMessage(start);
  const faults = createFaultController();
  const api: FetchHandler = async (request) => toResponse(await call('handle', await apiRequest(request)));
  const msw = setupWorker(...createHandlers(api, faults));
  // The service worker installs (a first visit precaches the app) while the core opens or seeds its
  // store: no request reaches the handler before both are done (main.tsx holds the app's until then).
  await Promise.all([
    started,
    msw.start({
      serviceWorker: { url: options.workerUrl ?? '/mockServiceWorker.js' },
      onUnhandledRequest: 'bypass',
      quiet: true,
    }),
  ]);
  const otherAdmins = new Map<string, OtherAdmin>();
  return {
    faults,
    disasters: { restoreBackup: (tenantId, changes) => call('restoreBackup', tenantId, changes) },
    otherAdmin(tenantId) {
      let admin = otherAdmins.get(tenantId);
      if (!admin) {
        admin = otherAdminOver(tenantId, {
          apply: (intent, actingAs) => call('otherAdminApply', tenantId, actingAs, intent),
          // The worker draws the edit: a random function does not cross to it.
          randomEdit: (actingAs) => call('otherAdminRandomEdit', tenantId, actingAs),
          supervisors: () => call('supervisors', tenantId),
        });
        otherAdmins.set(tenantId, admin);
      }
      return admin;
    },
    resetDemoData: () => call('resetDemoData'),
    appendActivity: (tenantId, entries) => call('appendActivity', tenantId, entries),
    stop() {
      for (const admin of otherAdmins.values()) admin.stop();
      msw.stop();
      core.terminate();
    },
  };
}

/** Calls into the worker, each answered by its number; `started` settles once the core is open. */
function connect(worker: Worker): { started: Promise<void>; call: Call } {
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  let start!: { resolve: () => void; reject: (error: Error) => void };
  const started = new Promise<void>((resolve, reject) => (start = { resolve, reject }));
  worker.onmessage = ({ data }: MessageEvent<FromWorker>) => {
    if (data.type === 'started') return start.resolve();
    if (data.type === 'startFailed') return start.reject(new Error(data.message));
    const waiting = pending.get(data.id);
    pending.delete(data.id);
    if (data.type === 'answer') waiting?.resolve(data.value);
    else waiting?.reject(new Error(data.message));
  };
  worker.onerror = (event) => {
    const error = new Error(`The back-end's worker failed: ${event.message}`);
    start.reject(error);
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  const call = ((name: CallName, ...args: unknown[]) => {
    const id = nextId++;
    const message: ToWorker = { type: 'call', id, name, args };
    return new Promise<unknown>((resolve, reject) => {
      pending.set(id, { resolve, reject });
      worker.postMessage(message);
    });
  }) as Call;
  return { started, call };
}

export { benchTenant } from '../server/seed/demo';
