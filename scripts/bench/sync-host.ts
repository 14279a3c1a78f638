/**
 * The Node server as the host of the browser bench's first syncs against it
 * (scripts/bench/server-sync.mjs): a supervisor's new tablet loads its tenant from the server,
 * not from a back-end simulated in its own browser, whose answers share the browser's storage
 * engine with the writes being measured (docs/performance.md, round eight).
 *
 * On PostgreSQL when installed (default settings, fsync on), else PGlite: the bench tenant,
 * generated from the demo bench tenant's seed — at 50,000 contacts its very rows; at other sizes
 * the admin tool scales the groups and sub-lists with the contacts (a group per 25, a sub-list per
 * 50), where the demo bench keeps 2,000 and 1,000 —, one administrator, and the server serving the
 * bench build given as `PTT_DIST_DIR`.
 * Prints one JSON line — `{ url, username, password, database }` — once the server listens;
 * stops it and drops the database when its standard input closes.
 *
 * Built with the server (dist-server/sync-host.js). Environment: PTT_DIST_DIR (required),
 * BENCH_CONTACTS (default 50,000).
 */
import { once } from 'node:events';
import { BENCH_TENANT } from '../../server/seed/demo';
import { DATABASES } from '../../tests/server/databases';
import { admin, startServerProcess, TEST_USER } from '../../tests/server/processes';

const distDir = process.env.PTT_DIST_DIR;
if (!distDir) throw new Error('PTT_DIST_DIR: the bench build the server serves');
const contacts = Number(process.env.BENCH_CONTACTS ?? 50_000);
const target = DATABASES.at(-1);
if (!target) throw new Error('no database to run the server on');

const { database, drop } = await target.open({ durable: true });
try {
  admin(database, [
    'load-generated',
    BENCH_TENANT.id,
    '--contacts',
    String(contacts),
    '--seed',
    String(BENCH_TENANT.seed),
    '--name',
    BENCH_TENANT.name,
  ]);
  admin(database, ['create-account', BENCH_TENANT.id, TEST_USER.username, '--name', 'Bench'], TEST_USER.password);
  const server = await startServerProcess(database, { env: { PTT_DIST_DIR: distDir } });
  try {
    process.stdout.write(`${JSON.stringify({ url: server.url, ...TEST_USER, database: target.name })}\n`);
    process.stdin.resume();
    await once(process.stdin, 'end');
  } finally {
    await server.stop();
  }
} finally {
  drop();
}
