/**
 * The built PTT server (dist-server/) as real Node processes for tests: started on a free
 * port against PGlite in a folder or a PostgreSQL URL, stopped gently or killed (-9), and
 * never left running (an exit hook kills whatever a failing test left behind). The admin
 * tool runs the same way.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { freePort } from '../../server/postgres/throwaway-cluster';

export type Database = { dataDir: string } | { url: string };

const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

function databaseEnv(database: Database): Record<string, string> {
  return 'url' in database ? { DATABASE_URL: database.url } : { PTT_DATA_DIR: database.dataDir };
}

/** A cheaper scrypt than production's: the tests sign in often and measure nothing. */
const TEST_ENV = { PTT_SCRYPT_LOG_N: '10', HOST: '127.0.0.1' };

function requireBuild() {
  if (!existsSync('dist-server/main.js'))
    throw new Error('No server build in dist-server/: run `npm run build` first.');
}

/** Runs the admin tool; `input` is its standard input (a password). Returns what it printed. */
export function admin(database: Database, args: string[], input = ''): string {
  requireBuild();
  return execFileSync('node', ['dist-server/admin.js', ...args], {
    env: { ...process.env, ...TEST_ENV, ...databaseEnv(database) },
    input,
    encoding: 'utf8',
  });
}

export const TEST_USER = { username: 'admin@essai.test', password: 'mot de passe d’essai' };

/** A small tenant with one administrator (TEST_USER) and a generated set of contacts and groups. */
export function seedTestTenant(database: Database, contacts = 40) {
  admin(database, ['load-generated', 'tenant-essai', '--contacts', String(contacts), '--name', 'Essai inc.']);
  admin(database, ['create-account', 'tenant-essai', TEST_USER.username, '--name', 'Alex Essai'], TEST_USER.password);
}

export interface ServerProcess {
  url: string;
  port: number;
  pid: number;
  /** Everything it printed so far. */
  output(): string;
  /** SIGTERM, and waits for it to exit. */
  stop(): Promise<void>;
  /** SIGKILL: no clean-up at all, as a crash or an OOM kill. */
  kill(): Promise<void>;
}

export async function startServerProcess(
  database: Database,
  { port, env = {} }: { port?: number; env?: Record<string, string> } = {},
): Promise<ServerProcess> {
  requireBuild();
  const chosen = port ?? (await freePort());
  const child = spawn('node', ['dist-server/main.js'], {
    env: { ...process.env, ...TEST_ENV, ...databaseEnv(database), PORT: String(chosen), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let printed = '';
  child.stdout?.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (printed += chunk.toString()));
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      running.delete(child);
      resolve();
    }),
  );
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start:\n${printed}`)), 90_000);
    const watch = () => {
      if (!printed.includes('listening on')) return;
      clearTimeout(timer);
      resolve();
    };
    child.stdout?.on('data', watch);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`the server exited:\n${printed}`));
    });
  });
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return {
    url: `http://127.0.0.1:${chosen}`,
    port: chosen,
    pid: child.pid ?? 0,
    output: () => printed,
    stop: () => end('SIGTERM'),
    kill: () => end('SIGKILL'),
  };
}
