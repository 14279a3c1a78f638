/**
 * The demo's back-end worker: opens the server core (demo-core.ts) when the page says so, then
 * answers the page's calls — in the order they come, each as soon as the core has its answer.
 */
import { messageOf, type FromWorker, type ToWorker } from './backend-link';
import { openDemoCore, type DemoCoreCalls } from './demo-core';

const post = (message: FromWorker) => self.postMessage(message);
let core: Promise<DemoCoreCalls> | undefined;

self.onmessage = async ({ data }: MessageEvent<ToWorker>) => {
  if (data.type === 'start') {
    core = openDemoCore(data.options);
    core.then(
      () => post({ type: 'started' }),
      (error: unknown) => post({ type: 'startFailed', message: messageOf(error) }),
    );
    return;
  }
  try {
    if (!core) throw new Error('The back-end was called before it was started');
    const calls = await core;
    const call = calls[data.name] as (...args: unknown[]) => Promise<unknown>;
    post({ type: 'answer', id: data.id, value: await call(...data.args) });
  } catch (error) {
    post({ type: 'failed', id: data.id, message: messageOf(error) });
  }
};
