/** What the import and export worker sends back: a dry run's packed rows part by part, then the result. */
import type { ExportResult, DryRunProgress } from './jobs';
import type { PreviewResult } from './packed-plan';

export type WorkerMessage =
  | { type: 'progress'; progress: DryRunProgress }
  /** One part of a dry run's rows (packed-plan.ts), in order. */
  | { type: 'rows'; part: string }
  /** Last: a dry run's plan arrives here without its rows' parts, which came before. */
  | { type: 'result'; result: PreviewResult | ExportResult }
  | { type: 'failed'; message: string };
