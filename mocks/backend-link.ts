/**
 * The messages between the page and the demo's back-end worker: the page starts the worker with
 * its options, then calls `DemoCoreCalls` by name; each call is answered once, by its number.
 */
import type { DemoCoreCalls, DemoCoreOptions } from './demo-core';

export type CallName = keyof DemoCoreCalls;

export type ToWorker =
  { type: 'start'; options: DemoCoreOptions } | { type: 'call'; id: number; name: CallName; args: unknown[] };

export type FromWorker =
  | { type: 'started' }
  | { type: 'startFailed'; message: string }
  | { type: 'answer'; id: number; value: unknown }
  | { type: 'failed'; id: number; message: string };

export const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
