/** The import and export worker: runs one job (jobs.ts) per message and answers with its result. */
import { runJob, type Job } from './jobs';

self.onmessage = async (event: MessageEvent<Job>) => {
  try {
    self.postMessage({ ok: true, result: await runJob(event.data) });
  } catch (error) {
    self.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
