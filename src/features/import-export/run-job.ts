/**
 * Runs an import or export job in a worker of its own, so the main thread only sends the
 * file's bytes and receives the result (a dry run's rows in parts: worker-protocol.ts). Where
 * there are no workers (unit tests under jsdom) the same job runs here instead.
 */
import type { PlanUnit, PlannedRow } from '../../domain/bulk/plan-types';
import type { Job, JobResult } from './jobs';
import type { WorkerMessage } from './worker-protocol';

export async function runJobOffThread<J extends Job>(job: J): Promise<JobResult<J>> {
  if (typeof Worker === 'undefined') {
    const { runJob } = await import('./jobs');
    return runJob(job);
  }
  const worker = new Worker(new URL('./jobs.worker.ts', import.meta.url), { type: 'module' });
  const rows: PlannedRow[] = [];
  const units: PlanUnit[] = [];
  try {
    const result = await new Promise<JobResult<J>>((resolve, reject) => {
      worker.onmessage = ({ data }: MessageEvent<WorkerMessage>) => {
        if (data.type === 'rows') rows.push(...data.items);
        else if (data.type === 'units') units.push(...data.items);
        else if (data.type === 'failed') reject(new Error(data.message));
        else resolve(data.result as JobResult<J>);
      };
      worker.onerror = (event) => reject(new Error(event.message || 'The import worker failed to start'));
      // The file's bytes move to the worker instead of being copied.
      worker.postMessage(job, job.type === 'dryRun' ? [job.bytes] : []);
    });
    if ('plan' in result) return { ...result, plan: { ...result.plan, rows, units } };
    return result;
  } finally {
    worker.terminate();
  }
}
