/**
 * What demo mode exposes to the UI: the seeded sign-ins and the simulated back-end's
 * controls (network, latency, errors, lost responses, another admin, a restore from an
 * earlier backup, reset). Set once at
 * start-up by main.tsx; null when the app talks to a real back-end. The shapes below are
 * what the UI needs, so the app does not depend on the mock back-end's code.
 */
import { create } from 'zustand';
import type { Intent } from '../domain/intents';
import type { AccountRole } from '../domain/roles';

export interface DemoAccount {
  username: string;
  password: string;
  /** Whose account it is: the button names it when a tenant has several demo logins. */
  displayName: string;
  tenantName: string;
  /** Shown beside the login: what the account may do. */
  role: AccountRole;
}

export interface DemoFaultSettings {
  offline: boolean;
  latency: { minMs: number; maxMs: number };
  errorRate: number;
  loseResponseRate: number;
}

export interface DemoFaults {
  getSettings(): DemoFaultSettings;
  subscribe(listener: () => void): () => void;
  setOffline(offline: boolean): void;
  setLatency(latency: number | { minMs: number; maxMs: number }): void;
  setErrorRate(rate: number): void;
  setLoseResponseRate(rate: number): void;
  reset(): void;
}

export interface DemoOtherAdmin {
  apply(intent: Intent): Promise<{ intent: Intent }>;
  randomEdit(): Promise<{ intent: Intent } | null>;
  start(options: { everyMs: number }): void;
  stop(): void;
  isRunning(): boolean;
  subscribe(listener: (edit: { intent: Intent }) => void): () => void;
  /** The tenant's supervisors, whom the other administrator can act as (their role and scope then apply). */
  supervisors(): Promise<{ id: string; name: string }[]>;
  actAs(supervisorId: string | null): void;
  actingAs(): string | null;
}

export interface DemoDisasters {
  /** The tenant's server restored from a backup taken `changes` changes ago; resolves to how many it undid. */
  restoreBackup(tenantId: string, changes: number): Promise<{ undone: number }>;
}

export interface DemoHooks {
  faults: DemoFaults;
  otherAdmin(tenantId: string): DemoOtherAdmin;
  disasters: DemoDisasters;
  resetDemoData(): Promise<void>;
}

/**
 * `accounts` arrive first (a small chunk: the sign-in page lists them at once), `demo` once the
 * simulated back-end answers; the app's requests wait for it meanwhile (main.tsx).
 */
export const useDemoStore = create<{ demo: DemoHooks | null; accounts: readonly DemoAccount[] }>(() => ({
  demo: null,
  accounts: [],
}));

const OFFLINE_KEY = 'ptt-admin.demo.offline';

/**
 * The demo's network switch stands for the device's network: it survives a reload and
 * holds for every tab of this browser, so "edit offline → reload offline → reconnect"
 * can be shown.
 */
export function rememberDemoNetwork(faults: DemoFaults) {
  faults.setOffline(localStorage.getItem(OFFLINE_KEY) === 'true');
  let wasOffline = faults.getSettings().offline;
  faults.subscribe(() => {
    const { offline } = faults.getSettings();
    if (localStorage.getItem(OFFLINE_KEY) !== String(offline)) localStorage.setItem(OFFLINE_KEY, String(offline));
    // A real reconnection fires `online`; so does the demo's, so the sync engine resumes at once.
    if (wasOffline && !offline) window.dispatchEvent(new Event('online'));
    wasOffline = offline;
  });
  window.addEventListener('storage', (event) => {
    if (event.key === OFFLINE_KEY) faults.setOffline(event.newValue === 'true');
  });
}
