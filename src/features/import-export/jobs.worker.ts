/**
 * The import and export worker: runs one job (jobs.ts) per message and answers with its result.
 * A dry run's rows go back in parts: the page takes each part in a task of its own, so reading
 * a 10,000-row preview never holds the main thread for long (docs/performance.md); its edits
 * are packed text (packed-units.ts), sent with the result.
 */
import { runJob, type Job } from './jobs';
import { RESULT_PART_SIZE, type WorkerMessage } from './worker-protocol';

const post = (message: WorkerMessage) => self.postMessage(message);

self.onmessage = async (event: MessageEvent<Job>) => {
  try {
    const result = await runJob(event.data, (progress) => post({ type: 'progress', progress }));
    if (!('plan' in result)) {
      post({ type: 'result', result });
      return;
    }
    const { rows, ...plan } = result.plan;
    post({ type: 'progress', progress: { step: 'preview', rows: rows.length, done: 0 } });
    for (let at = 0; at < rows.length; at += RESULT_PART_SIZE) {
      post({ type: 'rows', items: rows.slice(at, at + RESULT_PART_SIZE) });
    }
    post({ type: 'result', result: { ...result, plan: { ...plan, rows: [] } } });
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
