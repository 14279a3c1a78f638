// @ts-check
/**
 * The server's figures (issue 16: `npm run bench:server`, scripts/bench/server.ts) as part of the
 * default `npm run bench`: the app, the server and its benchmark are built, run as a child process whose
 * progress goes to stderr, and its JSON becomes the report's `server` part. `BENCH_SERVER=0` skips it.
 */
import { execFileSync } from 'node:child_process';
import { log } from './log.mjs';

export const WITH_SERVER = process.env.BENCH_SERVER !== '0';

/** @returns {unknown} the figures `dist-server/bench.js` prints */
export function measureServer() {
  log('building the app, the server and its benchmark…');
  // The server bench serves dist/ too (first-screen JS in each run-time mode).
  execFileSync('npm', ['run', 'build'], { stdio: ['ignore', 2, 2] });
  const output = execFileSync(process.execPath, ['dist-server/bench.js'], {
    stdio: ['ignore', 'pipe', 2],
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(output);
}
