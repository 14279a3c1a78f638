/** What the import and export worker sends back: a dry run's rows and edits in parts, then the result. */
import type { PlanUnit, PlannedRow } from '../../domain/bulk/plan-types';
import type { DryRunProgress, DryRunResult, ExportResult } from './jobs';

/** Rows or edits per message: each part takes the page a few milliseconds to read. */
export const RESULT_PART_SIZE = 500;

export type WorkerMessage =
  | { type: 'progress'; progress: DryRunProgress }
  | { type: 'rows'; items: PlannedRow[] }
  | { type: 'units'; items: PlanUnit[] }
  /** Last: a dry run's plan arrives here without its rows and units, which came in parts. */
  | { type: 'result'; result: DryRunResult | ExportResult }
  | { type: 'failed'; message: string };
