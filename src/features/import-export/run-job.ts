/**
 * Runs an import or export job in a worker of its own, so the main thread only sends the
 * file's bytes and receives the result (a dry run's rows in parts: worker-protocol.ts). While
 * the Import / Export page is open one worker waits, its code loaded (`useJobWorkerWarm`), so a
 * job does not wait for it; each job's worker ends with the job — or at once when the job is
 * cancelled. Where there are no workers (unit tests under jsdom) the job runs here instead.
 */
import { useEffect } from 'react';
import type { PlannedRow } from '../../domain/bulk/plan-types';
import type { DryRunProgress, Job, JobResult } from './jobs';
import type { WorkerMessage } from './worker-protocol';

export interface JobOptions {
  /** Aborting ends the worker; the job then rejects with the signal's reason. */
  signal?: AbortSignal;
  onProgress?: (progress: DryRunProgress) => void;
}

const startWorker = () => new Worker(new URL('./jobs.worker.ts', import.meta.url), { type: 'module' });

/** The waiting worker, and how many open pages want one. */
let spare: Worker | null = null;
let wanted = 0;

/** Keeps a worker ready while the calling component is mounted. */
export function useJobWorkerWarm(): void {
  useEffect(() => {
    if (typeof Worker === 'undefined') return;
    wanted++;
    spare ??= startWorker();
    return () => {
      wanted--;
      if (wanted === 0) {
        spare?.terminate();
        spare = null;
      }
    };
  }, []);
}

function takeWorker(): Worker {
  const worker = spare ?? startWorker();
  spare = null;
  return worker;
}

export async function runJobOffThread<J extends Job>(
  job: J,
  { signal, onProgress }: JobOptions = {},
): Promise<JobResult<J>> {
  signal?.throwIfAborted();
  if (typeof Worker === 'undefined') {
    const { runJob } = await import('./jobs');
    const result = await runJob(job, onProgress);
    signal?.throwIfAborted();
    return result;
  }
  const worker = takeWorker();
  const rows: PlannedRow[] = [];
  let total: number | undefined;
  let stop = () => {};
  // The rows' arrival is reported once a frame, not once a part: each report renders the page.
  let frame = 0;
  const reportRows = () => {
    frame = 0;
    onProgress?.({ step: 'preview', rows: total, done: rows.length });
  };
  try {
    const result = await new Promise<JobResult<J>>((resolve, reject) => {
      stop = () => reject(signal?.reason);
      signal?.addEventListener('abort', stop);
      worker.onmessage = ({ data }: MessageEvent<WorkerMessage>) => {
        if (data.type === 'progress') {
          if (data.progress.step === 'preview') total = data.progress.rows;
          onProgress?.(data.progress);
        } else if (data.type === 'rows') {
          rows.push(...data.items);
          frame ||= requestAnimationFrame(reportRows);
        } else if (data.type === 'failed') reject(new Error(data.message));
        else resolve(data.result as JobResult<J>);
      };
      worker.onerror = (event) => reject(new Error(event.message || 'The import worker failed to start'));
      // The file's bytes move to the worker instead of being copied.
      worker.postMessage(job, job.type === 'dryRun' ? [job.bytes] : []);
    });
    if ('plan' in result) return { ...result, plan: { ...result.plan, rows } };
    return result;
  } finally {
    cancelAnimationFrame(frame);
    signal?.removeEventListener('abort', stop);
    worker.terminate();
    // The next job's worker loads now, while the user looks at this one's result.
    if (wanted > 0) spare ??= startWorker();
  }
}
