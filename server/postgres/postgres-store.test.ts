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
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MemoryStore } from '../core/memory/memory-store';
import { allTables, restoreRows } from '../core/rows';
import { describeStorageContract, type StoreUnderTest } from '../core/storage-contract';
import { generateTenant } from '../seed/generate';
import { restoreRowsInBulk } from './bulk-load';
import type { DatabaseConfig } from './database';
import { PostgresStore } from './postgres-store';
import { findPostgresBin, startThrowawayCluster, type ThrowawayCluster } from './throwaway-cluster';
import { sqlAttemptCounters } from './sign-in-attempts';
import { emptyAllTables } from './testing';

interface PostgresUnderTest extends StoreUnderTest {
  storage: PostgresStore;
}

/** One store for the whole suite; `open` empties it, `reopen` closes it and opens the same data again. */
function sharedStore(config: () => DatabaseConfig) {
  let store: PostgresStore | undefined;
  const under = (opened: PostgresStore): PostgresUnderTest => ({ storage: opened, close: () => undefined });
  return {
    current: () => {
      if (!store) throw new Error('the store is not open');
      return store;
    },
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
  describeStorageContract('PostgreSQL store on PGlite', shared.open, {
    concurrentTenants: false,
    reopen: shared.reopen,
  });
  describeStoreExtras(shared);
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
  describeStoreExtras(shared);
});

/** What the PostgreSQL store offers beyond the storage interface: bulk loads, session revocation, attempt counters. */
function describeStoreExtras(shared: { current: () => PostgresStore; open: () => Promise<unknown> }) {
  const tenant = { id: 'tenant-bulk', name: 'Bulk', kind: 'large-enterprise' } as const;
  beforeEach(async () => {
    await shared.open();
    await shared.current().transaction((tx) => tx.putTenant(tenant));
  });

  it('a bulk load and a reset give the very change log that one write per row gives', async () => {
    const memory = new MemoryStore();
    await memory.transaction((tx) => tx.putTenant(tenant));
    const first = generateTenant({ seed: 5, subscribers: 120, externals: 10, subLists: 6, groups: 9 });
    const second = generateTenant({ seed: 6, subscribers: 100, externals: 12, subLists: 4, groups: 9 });
    const store = shared.current();
    for (const rows of [first, second, { ...second, contacts: second.contacts.slice(20) }]) {
      await memory.transaction((tx) => restoreRows(tx, rows), { tenantId: tenant.id, mode: 'write' });
      await restoreRowsInBulk(store.db, tenant.id, rows);
    }
    const logOf = (storage: MemoryStore | PostgresStore) =>
      storage.transaction(async (tx) => ({ cursor: await tx.cursor(), log: await tx.changesSince(0, 5_000) }), {
        tenantId: tenant.id,
        mode: 'read',
      });
    expect(await logOf(store)).toEqual(await logOf(memory));
    const tables = await store.transaction(allTables, { tenantId: tenant.id, mode: 'read' });
    expect(tables.contacts).toHaveLength(second.contacts.length - 20);
    const member = second.groups[0]?.memberIds[0] ?? '';
    expect(
      await store.transaction((tx) => tx.listsWithMember('groups', member), { tenantId: tenant.id, mode: 'read' }),
    ).toEqual(tables.groups.filter((group) => group.memberIds.includes(member)));
  });

  it('revokes every session of one account, and drops expired sessions, leaving the others', async () => {
    const store = shared.current();
    const session = (tokenHash: string, accountId: string, expiresAt: number) => ({
      tokenHash,
      tenantId: tenant.id,
      accountId,
      expiresAt,
    });
    await store.transaction(async (tx) => {
      await tx.putSession(session('h1', 'u1', 2_000));
      await tx.putSession(session('h2', 'u1', 3_000));
      await tx.putSession(session('h3', 'u2', 1_000));
      await tx.putSession(session('h4', 'u2', 5_000));
    });
    expect(await store.revokeSessions('u1')).toBe(2);
    expect(await store.deleteExpiredSessions(1_000)).toBe(1);
    const left = await store.transaction(async (tx) =>
      Promise.all(['h1', 'h2', 'h3', 'h4'].map((hash) => tx.session(hash))),
    );
    expect(left.map((found) => found?.tokenHash)).toEqual([undefined, undefined, undefined, 'h4']);
  });

  it('counts sign-in attempts atomically, in windows that reset, and takes one back or forgets a key', async () => {
    const counters = sqlAttemptCounters(shared.current().db);
    const counts = await Promise.all(Array.from({ length: 12 }, () => counters.count('account:a', 1_000, 500)));
    expect(counts.map((window) => window.count).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 12 }, (_, i) => i + 1),
    );
    expect(new Set(counts.map((window) => window.resetsAt))).toEqual(new Set([1_500]));
    await counters.uncount('account:a');
    expect(await counters.count('account:a', 1_499, 500)).toEqual({ count: 12, resetsAt: 1_500 });
    expect(await counters.count('account:a', 1_500, 500)).toEqual({ count: 1, resetsAt: 2_000 });
    await counters.clear('account:a');
    expect(await counters.count('account:a', 1_600, 500)).toEqual({ count: 1, resetsAt: 2_100 });
  });
}
