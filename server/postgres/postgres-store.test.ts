// @vitest-environment node
/**
 * The storage contract on the PostgreSQL store: on PGlite always (one connection, so
 * tenants' transactions queue behind each other), and on a throwaway PostgreSQL server
 * whenever PostgreSQL is installed (concurrent tenants). One database per run; each test
 * starts from empty tables.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe } from 'vitest';
import { describeStorageContract, type StoreUnderTest } from '../core/storage-contract';
import type { DatabaseConfig } from './database';
import { PostgresStore } from './postgres-store';
import { findPostgresBin, startThrowawayCluster, type ThrowawayCluster } from './throwaway-cluster';
import { emptyAllTables } from './testing';

interface PostgresUnderTest extends StoreUnderTest {
  storage: PostgresStore;
}

/** One store for the whole suite; `open` empties it, `reopen` closes it and opens the same data again. */
function sharedStore(config: () => DatabaseConfig) {
  let store: PostgresStore | undefined;
  const under = (opened: PostgresStore): PostgresUnderTest => ({ storage: opened, close: () => undefined });
  return {
    start: async () => void (store = await PostgresStore.open(config())),
    stop: () => store?.close(),
    open: async () => {
      if (!store) throw new Error('the store is not open');
      await emptyAllTables(store.db);
      return under(store);
    },
    reopen: async (current: PostgresUnderTest) => {
      await current.storage.close();
      store = await PostgresStore.open(config());
      return under(store);
    },
  };
}

describe('PGlite', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ptt-pglite-'));
  const shared = sharedStore(() => ({ dataDir }));
  beforeAll(shared.start, 60_000);
  afterAll(async () => {
    await shared.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });
  describeStorageContract('PostgreSQL store on PGlite', shared.open, { concurrentTenants: false, reopen: shared.reopen });
});

describe.skipIf(!findPostgresBin())('PostgreSQL server', () => {
  let cluster: ThrowawayCluster | undefined;
  const shared = sharedStore(() => ({ url: cluster?.url ?? '' }));
  beforeAll(async () => {
    cluster = await startThrowawayCluster({ fsync: 'off' });
    await shared.start();
  }, 60_000);
  afterAll(async () => {
    await shared.stop();
    cluster?.stop();
  });
  describeStorageContract('PostgreSQL store on a PostgreSQL server', shared.open, {
    concurrentTenants: true,
    reopen: shared.reopen,
  });
});
