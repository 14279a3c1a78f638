/**
 * A throwaway PostgreSQL server for tests and benchmarks: `initdb` in a temporary
 * folder, started on a free port on 127.0.0.1 with trust authentication for the `ptt`
 * role, stopped and deleted afterwards. PostgreSQL refuses to run as root, so as root it
 * runs as the `postgres` user (`runuser`), which Debian's package creates. Binaries:
 * `$PTT_PG_BIN`, else the newest `/usr/lib/postgresql/<version>/bin`.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ThrowawayCluster {
  /** `postgres://ptt@127.0.0.1:<port>/postgres` */
  url: string;
  port: number;
  stop(): void;
}

/** The folder of PostgreSQL's server binaries, or null when PostgreSQL is not installed. */
export function findPostgresBin(): string | null {
  const configured = process.env.PTT_PG_BIN;
  if (configured) return existsSync(join(configured, 'initdb')) ? configured : null;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((version) => existsSync(join(root, version, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : null;
}

function runAs(): { command: (bin: string, args: string[]) => [string, string[]]; uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return { command: (bin, args) => [bin, args] };
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  return { command: (bin, args) => ['runuser', ['-u', 'postgres', '--', bin, ...args]], uid, gid };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * Starts a cluster. `settings` are server settings (`-c name=value`); tests turn fsync
 * off for speed (what they check is the Node process dying, not the machine).
 */
export async function startThrowawayCluster(settings: Record<string, string> = {}): Promise<ThrowawayCluster> {
  const bin = findPostgresBin();
  if (!bin) throw new Error('PostgreSQL is not installed (apt-get install -y postgresql), or set PTT_PG_BIN');
  const user = runAs();
  const folder = mkdtempSync(join(tmpdir(), 'ptt-pg-'));
  if (user.uid !== undefined && user.gid !== undefined) chownSync(folder, user.uid, user.gid);
  const data = join(folder, 'data');
  const run = (tool: string, args: string[]) => {
    const [command, commandArgs] = user.command(join(bin, tool), args);
    execFileSync(command, commandArgs, { stdio: ['ignore', 'ignore', 'pipe'] });
  };
  run('initdb', ['-D', data, '-U', 'ptt', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
  const port = await freePort();
  const options = [
    `-p ${port}`,
    `-k ${folder}`,
    '-c listen_addresses=127.0.0.1',
    ...Object.entries(settings).map(([name, value]) => `-c ${name}=${value}`),
  ].join(' ');
  run('pg_ctl', ['-D', data, '-o', options, '-l', join(folder, 'server.log'), '-w', 'start']);

  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    process.off('exit', stop);
    try {
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  };
  // A test run that dies still stops its cluster: nothing is left running.
  process.on('exit', stop);
  return { url: `postgres://ptt@127.0.0.1:${port}/postgres`, port, stop };
}
