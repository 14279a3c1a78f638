// @ts-check
/** Progress on stderr, stamped with the seconds since the bench started (stdout is the JSON's). */
import { performance } from 'node:perf_hooks';

export const started = performance.now();

/** @param {...unknown} parts */
export function log(...parts) {
  console.error(`[bench ${((performance.now() - started) / 1000).toFixed(0)}s]`, ...parts);
}
