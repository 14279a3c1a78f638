/** What the import and export worker sends back: a dry run's rows in parts, then the result. */
import type { PlannedRow } from '../../domain/bulk/plan-types';
import type { DryRunProgress, DryRunResult, ExportResult } from './jobs';

/** Rows per message: each part takes the page a few milliseconds to read. */
export const RESULT_PART_SIZE = 500;

export type WorkerMessage =
  | { type: 'progress'; progress: DryRunProgress }
  | { type: 'rows'; items: PlannedRow[] }
  /** Last: a dry run's plan arrives here without its rows, which came in parts (its edits are packed text). */
  | { type: 'result'; result: DryRunResult | ExportResult }
  | { type: 'failed'; message: string };
