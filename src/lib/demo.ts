/**
 * What demo mode exposes to the UI: the seeded sign-ins and the simulated back-end's
 * controls (network, latency, errors, another admin, reset). Set once at start-up by
 * main.tsx; null when the app talks to a real back-end.
 */
import { create } from 'zustand';

export interface DemoAccount {
  username: string;
  password: string;
  tenantName: string;
}

export interface DemoHooks {
  accounts: DemoAccount[];
}

export const useDemoStore = create<{ demo: DemoHooks | null }>(() => ({ demo: null }));
