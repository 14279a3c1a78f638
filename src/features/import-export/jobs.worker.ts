/**
 * The import and export worker: runs one job (jobs.ts) per message and answers with its result.
 * A dry run's plan goes back packed (packed-plan.ts), its rows' parts one message each so the
 * page can show them arriving, then the rest.
 */
import { runJob, type Job } from './jobs';
import { packPlan } from './packed-plan';
import type { WorkerMessage } from './worker-protocol';

const post = (message: WorkerMessage) => self.postMessage(message);

self.onmessage = async (event: MessageEvent<Job>) => {
  try {
    const result = await runJob(event.data, (progress) => post({ type: 'progress', progress }));
    if (!('plan' in result)) {
      post({ type: 'result', result });
      return;
    }
    const plan = packPlan(result.plan);
    post({ type: 'progress', progress: { step: 'preview', rows: plan.rows.fates.length, done: 0 } });
    for (const part of plan.rows.parts) post({ type: 'rows', part });
    post({ type: 'result', result: { ...result, plan: { ...plan, rows: { ...plan.rows, parts: [] } } } });
  } catch (error) {
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
};
