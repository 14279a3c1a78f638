/**
 * The databases the server process tests run on: PGlite in a temporary folder always, and
 * a throwaway PostgreSQL cluster whenever PostgreSQL is installed (`.ci/run` installs it).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findPostgresBin, startThrowawayCluster } from '../../server/postgres/throwaway-cluster';
import type { Database } from './processes';

export interface TestDatabase {
  name: string;
  /** `durable`: PostgreSQL with its default settings (fsync on), for benchmarks; tests turn fsync off. */
  open(options?: { durable?: boolean }): Promise<{ database: Database; drop(): void }>;
}

export const PGLITE: TestDatabase = {
  name: 'PGlite',
  async open() {
    const folder = mkdtempSync(join(tmpdir(), 'ptt-server-test-'));
    return {
      database: { dataDir: join(folder, 'pglite') },
      drop: () => rmSync(folder, { recursive: true, force: true }),
    };
  },
};

export const POSTGRES_INSTALLED = findPostgresBin() !== null;

export const POSTGRES: TestDatabase = {
  name: 'PostgreSQL',
  async open({ durable = false } = {}) {
    const cluster = await startThrowawayCluster(durable ? {} : { fsync: 'off' });
    return { database: { url: cluster.url }, drop: () => cluster.stop() };
  },
};

/** PGlite, and PostgreSQL when installed. */
export const DATABASES: TestDatabase[] = POSTGRES_INSTALLED ? [PGLITE, POSTGRES] : [PGLITE];
