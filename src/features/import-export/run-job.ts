/**
 * Runs an import or export job in a worker of its own, so the main thread only sends the
 * file's bytes and receives the result. Where there are no workers (unit tests under jsdom)
 * the same job runs here instead.
 */
import type { Job, JobResult } from './jobs';

type WorkerAnswer = { ok: true; result: unknown } | { ok: false; message: string };

export async function runJobOffThread<J extends Job>(job: J): Promise<JobResult<J>> {
  if (typeof Worker === 'undefined') {
    const { runJob } = await import('./jobs');
    return runJob(job);
  }
  const worker = new Worker(new URL('./jobs.worker.ts', import.meta.url), { type: 'module' });
  try {
    const answer = await new Promise<WorkerAnswer>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<WorkerAnswer>) => resolve(event.data);
      worker.onerror = (event) => reject(new Error(event.message || 'The import worker failed to start'));
      // The file's bytes move to the worker instead of being copied.
      worker.postMessage(job, job.type === 'dryRun' ? [job.bytes] : []);
    });
    if (!answer.ok) throw new Error(answer.message);
    return answer.result as JobResult<J>;
  } finally {
    worker.terminate();
  }
}
