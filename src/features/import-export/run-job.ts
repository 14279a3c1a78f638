/**
 * Runs an import or export job in a worker of its own, so the main thread only sends the
 * file's bytes and receives the result (a dry run's plan packed, its rows' parts one message
 * each: worker-protocol.ts). While the Import / Export page is open one worker waits, its code
 * loaded (`useJobWorkerWarm`), so a job does not wait for it; each job's worker ends with the
 * job — or at once when the job is cancelled. Where there are no workers (unit tests under
 * jsdom) the job runs here instead.
 */
import { useEffect } from 'react';
import type { DryRunJob, DryRunProgress, ExportResult, Job } from './jobs';
import { packResult, PART_SIZE, type PreviewResult } from './packed-plan';
import type { WorkerMessage } from './worker-protocol';

/** What a job gives the page: a dry run's plan packed (packed-plan.ts). */
export type PageResult<J extends Job> = J extends DryRunJob ? PreviewResult : ExportResult;

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
): Promise<PageResult<J>> {
  signal?.throwIfAborted();
  if (typeof Worker === 'undefined') {
    const { runJob } = await import('./jobs');
    const result = await runJob(job, onProgress);
    signal?.throwIfAborted();
    return ('ok' in result ? packResult(result) : result) as PageResult<J>;
  }
  const worker = takeWorker();
  const parts: string[] = [];
  let total: number | undefined;
  let stop = () => {};
  // The rows' arrival is reported once a frame, not once a part: each report renders the page.
  let frame = 0;
  const reportRows = () => {
    frame = 0;
    onProgress?.({ step: 'preview', rows: total, done: Math.min(parts.length * PART_SIZE, total ?? 0) });
  };
  try {
    const result = await new Promise<PageResult<J>>((resolve, reject) => {
      stop = () => reject(signal?.reason);
      signal?.addEventListener('abort', stop);
      worker.onmessage = ({ data }: MessageEvent<WorkerMessage>) => {
        if (data.type === 'progress') {
          if (data.progress.step === 'preview') total = data.progress.rows;
          onProgress?.(data.progress);
        } else if (data.type === 'rows') {
          parts.push(data.part);
          frame ||= requestAnimationFrame(reportRows);
        } else if (data.type === 'failed') reject(new Error(data.message));
        else resolve(data.result as PageResult<J>);
      };
      worker.onerror = (event) => reject(new Error(event.message || 'The import worker failed to start'));
      // The file's bytes move to the worker instead of being copied.
      worker.postMessage(job, job.type === 'dryRun' ? [job.bytes] : []);
    });
    if ('plan' in result) return { ...result, plan: { ...result.plan, rows: { ...result.plan.rows, parts } } };
    return result;
  } finally {
    cancelAnimationFrame(frame);
    signal?.removeEventListener('abort', stop);
    worker.terminate();
    // The next job's worker loads now, while the user looks at this one's result.
    if (wanted > 0) spare ??= startWorker();
  }
}
