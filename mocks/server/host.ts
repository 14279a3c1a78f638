/**
 * Where the server's state lives between requests. The server core only ever touches
 * the state inside `run`, one request at a time, so a push batch is never interleaved
 * with another request (in this tab or, for the IndexedDB host, in another tab).
 */
import type { ServerState } from './state';

export interface StateHost {
  /** Runs `work` alone against the current state, then makes what it wrote durable. */
  run<T>(work: (state: ServerState) => Promise<T>): Promise<T>;
}

export type Exclusive = <T>(work: () => Promise<T>) => Promise<T>;

/** Runs calls one after the other, in call order, whether they succeed or fail. */
export function createMutex(): Exclusive {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>) => {
    const result = tail.then(work, work);
    tail = result.catch(() => undefined);
    return result;
  };
}

/** State in memory only: for Node tests and benchmarks. */
export function memoryHost(state: ServerState): StateHost {
  const exclusive = createMutex();
  return {
    run: (work) =>
      exclusive(async () => {
        try {
          return await work(state);
        } finally {
          state.journal.take(); // nothing to persist
        }
      }),
  };
}
