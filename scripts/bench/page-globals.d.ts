/**
 * What the benchmarked page holds beside the app, for the type-check of the code the bench runs
 * in it: `__bench` (page-helpers.mjs, installed before the app runs), `__pttBench` (exposed by
 * src/main.tsx in a bench build only) and the pending timings the bench's modules park there.
 */
import type { PttDatabase } from '../../src/db/database';
import type { mutate } from '../../src/db/outbox/append';
import type { DemoHooks } from '../../src/lib/demo';

/** The session the app keeps in localStorage (src/features/session/session-store.ts), as far as the bench reads it. */
export interface BenchSession {
  tenant: { id: string };
  user: { id: string };
}

export interface BenchPageHelpers {
  afterPaint(): Promise<number>;
  until(root: () => Node, check: () => boolean, timeoutMs?: number): Promise<number>;
  watchClick(selector: string): void;
  clickTime(selector: string): number | null | undefined;
  keyDownTime(): number | null;
  inputTime(): number | null;
  session(): BenchSession | null;
  databaseName(): string | null;
  sessionToken(): Promise<string>;
  longTasks(): { stop(): number };
}

export interface MasterListOpenTiming {
  rowsAt: number;
  completeAt: number;
  clickedAt: number | null | undefined;
}

export interface KeystrokeTiming {
  updated: number;
  painted: number;
  edit: number;
  app: number;
  layout: number;
}

declare global {
  interface Window {
    __bench: BenchPageHelpers;
    __pttBench: { demo: DemoHooks; mutate: typeof mutate; PttDatabase: typeof PttDatabase };
    __benchOpen: Promise<MasterListOpenTiming>;
    __benchSearchTiming: () => Promise<KeystrokeTiming | null>;
    __benchSearch: Promise<KeystrokeTiming | null>;
    __benchFloor: Promise<{ edit: number; paint: number }>;
    __benchPicker: Promise<number>;
    __benchFirstRows: Promise<number>;
  }
}
