/**
 * The demo's store: the memory store (server/core/memory/) persisted in its own IndexedDB
 * database (`ptt-mock-backend` by default, apart from the app's), shared by every tab and
 * kept across reloads.
 *
 * Each tab runs its own copy of the back-end (MSW answers a tab's requests inside that
 * tab), so every transaction runs under a cross-tab Web Lock: it first checks the stored
 * revision and reloads the state if another tab wrote since; a transaction that wrote
 * something is committed only once its journal is written, in one IndexedDB transaction
 * with a new revision — if that fails, it is rolled back in memory too. Tabs therefore see
 * one back-end. Reloading reads every record: fine at demo sizes, and it only happens when
 * tabs alternate.
 *
 * A new database holds only what `seed` writes (the demo: tenants and accounts); the rows of the
 * tenants named in `seedLater` are made on the first transaction that reaches that tenant, so a
 * browser's first visit does not generate and write every demo tenant before its sign-in page
 * answers (issue 22). Which tenants still wait is stored with the state, in the same transaction.
 */
import { Dexie, type DexieOptions, type Table } from 'dexie';
import { TABLES } from '../src/domain/model';
import { firstBackup } from '../server/core/memory/backups';
import { unpackEntries, tenantsToRepack, withoutRepacked, writePacks, type PackRecord } from './entry-packs';
import type { TenantData } from '../server/core/memory/tenant-data';
import { MemoryState } from '../server/core/memory/memory-state';
import { createMutex, MemoryStore, type Exclusive, type MemoryBacked } from '../server/core/memory/memory-store';
import {
  STORE_KEYS,
  STORE_NAMES,
  type JournalBatch,
  type EntryRecord,
  type StateDump,
  type StoreName,
} from '../server/core/memory/records';
import type { DirectoryTx, Storage, TenantScope, TenantTx } from '../server/core/storage';

export const DEFAULT_BACKEND_DB = 'ptt-mock-backend';

const REVISION_KEY = 'revision';
/** The tenants whose seed rows are still to be made (a JSON list of ids). */
const UNSEEDED_KEY = 'unseeded';

interface MetaRecord {
  key: string;
  value: string;
}

/** The stores of version 1, which kept passwords and session tokens as they were typed and issued. */
export const VERSION_1_STORES = {
  meta: 'key',
  tenants: 'id',
  accounts: 'id',
  sessions: 'token',
  entries: 'key',
  clients: 'key',
  outcomes: 'key',
};

/** The stores of version 3 (version 4 adds the change history's, version 5 the activity log's). */
const VERSION_3_STORES = Object.fromEntries(
  (['tenants', 'accounts', 'sessions', 'entries', 'clients', 'outcomes'] as const).map((store) => [
    store,
    STORE_KEYS[store],
  ]),
);

class BackendDatabase extends Dexie {
  declare readonly meta: Table<MetaRecord, string>;
  declare readonly packs: Table<PackRecord, string>;

  constructor(name: string, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores(VERSION_1_STORES);
    // Version 2 drops both: accounts come back with hashed passwords (`provisionAccounts`),
    // sessions are signed in again. Rows, change log, client sequences and outcomes stay.
    this.version(2)
      .stores({ sessions: null })
      .upgrade((tx) => tx.table('accounts').clear());
    this.version(3).stores(VERSION_3_STORES);
    // Version 4 adds the history of the last changes (what the simulated backups go back through).
    this.version(4).stores({ history: STORE_KEYS.history });
    // Version 5 adds the activity log and its numbering (records.ts).
    this.version(5).stores({ activity: STORE_KEYS.activity, activityIds: STORE_KEYS.activityIds });
    // Version 6 keeps the change log mostly in packs (entry-packs.ts); an older database's entries are its overlay.
    this.version(6).stores({ packs: 'key' });
  }

  store(name: StoreName): Table<unknown, string> {
    return this.table(name);
  }

  allTables(): Table[] {
    return [this.meta, this.packs, ...STORE_NAMES.map((store) => this.store(store))];
  }
}

/** In-realm fallback where Web Locks are missing (Node tests): one mutex per database name. */
const localLocks = new Map<string, Exclusive>();

function crossTabLock(name: string): Exclusive {
  const locks = globalThis.navigator?.locks;
  if (locks) return (work) => locks.request(`${name}:lock`, work);
  let exclusive = localLocks.get(name);
  if (!exclusive) localLocks.set(name, (exclusive = createMutex()));
  return exclusive;
}

export interface IndexedDbStore extends MemoryBacked {
  /** Closes the database connection (tests; a tab closing does it by itself). */
  close(): void;
}

/** Tenants whose rows are made on first use, not when the database is new. */
export interface SeedLater {
  tenantIds: readonly string[];
  /** The tenant's seeded data, its record (cursor 0, its generation) given: see `seededTenant`. */
  tenant(current: TenantData): Promise<TenantData>;
}

export async function openIndexedDbStore(options: {
  dbName?: string;
  /** Fills a new database (its first state), through the storage interface. */
  seed: (storage: Storage) => Promise<void>;
  seedLater?: SeedLater;
  dexieOptions?: DexieOptions;
}): Promise<IndexedDbStore> {
  const dbName = options.dbName ?? DEFAULT_BACKEND_DB;
  const db = new BackendDatabase(dbName, options.dexieOptions);
  const exclusive = crossTabLock(dbName);
  let memory: MemoryStore | undefined;
  /** The revision `memory` was loaded at or last written as. */
  let knownRevision: string | undefined;
  /** Tenants of `memory` whose seed rows are not made yet. */
  let unseeded: string[] = [];

  const storedRevision = async () => (await db.meta.get(REVISION_KEY))?.value;

  const persist = async (batches: JournalBatch[]) => {
    const revision = crypto.randomUUID();
    const tenant = (tenantId: string) => memory?.state.tenants.get(tenantId);
    const repack = tenantsToRepack(batches, (tenantId) => {
      const data = tenant(tenantId);
      return data ? TABLES.reduce((rows, table) => rows + data.rowCount(table), 0) : 0;
    });
    await db.transaction('rw', db.allTables(), async () => {
      for (const { store, puts, deletes } of withoutRepacked(batches, repack)) {
        if (puts.length > 0) await db.store(store).bulkPut(puts);
        if (deletes.length > 0) await db.store(store).bulkDelete(deletes);
      }
      // The memory store commits a transaction with its writes already applied: the tenant's log as it now is.
      for (const tenantId of repack) {
        await writePacks(tablesOf(db), tenantId, tenant(tenantId)?.dump().entries ?? []);
      }
      await db.meta.bulkPut([
        { key: REVISION_KEY, value: revision },
        { key: UNSEEDED_KEY, value: JSON.stringify(unseeded) },
      ]);
    });
    knownRevision = revision;
  };

  /** Makes a tenant's seed rows, written with the list of those still waiting in one transaction. */
  const seedTenant = async (memory: MemoryStore, tenantId: string) => {
    const current = memory.state.tenants.get(tenantId);
    if (!options.seedLater || !current) return;
    const seeded = await options.seedLater.tenant(current);
    const waiting = unseeded;
    unseeded = waiting.filter((id) => id !== tenantId);
    try {
      await memory.replaceTenant(tenantId, () => seeded);
    } catch (error) {
      unseeded = waiting;
      throw error;
    }
  };

  /** The up-to-date store: the one in memory, or reloaded (or seeded) when another tab wrote since. */
  const current = async (): Promise<MemoryStore> => {
    const revision = await storedRevision();
    if (memory && revision === knownRevision) return memory;
    let state: MemoryState;
    if (revision === undefined) {
      const seeded = new MemoryStore();
      await options.seed(seeded);
      await firstBackup(seeded);
      state = seeded.state;
      unseeded = (options.seedLater?.tenantIds ?? []).filter((id) => state.tenants.has(id));
      await writeAll(db, state.dump(), unseeded);
    } else {
      const [records, packs] = await Promise.all([
        Promise.all(STORE_NAMES.map(async (store) => [store, await db.store(store).toArray()])),
        db.packs.toArray(),
      ]);
      const dump = Object.fromEntries(records) as StateDump;
      state = MemoryState.fromDump({ ...dump, entries: unpackEntries(packs, dump.entries) });
      unseeded = JSON.parse((await db.meta.get(UNSEEDED_KEY))?.value ?? '[]') as string[];
    }
    memory = new MemoryStore(state, persist);
    knownRevision = await storedRevision();
    return memory;
  };

  /** `current()`, with the tenants `work` may reach seeded first (all of them when `tenantId` is absent). */
  const ready = async (tenantId?: string) => {
    const store = await current();
    for (const id of unseeded) if (tenantId === undefined || id === tenantId) await seedTenant(store, id);
    return store;
  };

  const withMemory = <T>(work: (memory: MemoryStore) => Promise<T>) => exclusive(async () => work(await ready()));
  const transaction = <T>(work: (tx: TenantTx) => Promise<T>, scope?: TenantScope) =>
    exclusive(async () => {
      if (!scope) return (await current()).transaction(work as (tx: DirectoryTx) => Promise<T>);
      return (await ready(scope.tenantId)).transaction(work, scope);
    });
  await exclusive(current); // opens, and seeds a new database, before the first request
  return { transaction: transaction as Storage['transaction'], withMemory, close: () => db.close() };
}

const tablesOf = (db: BackendDatabase) => ({ packs: db.packs, entries: db.store('entries') });

/** Replaces everything stored by `dump` (the entries in packs), atomically. */
async function writeAll(db: BackendDatabase, dump: StateDump, unseeded: readonly string[]): Promise<void> {
  await db.transaction('rw', db.allTables(), async () => {
    await db.packs.clear();
    for (const store of STORE_NAMES) {
      await db.store(store).clear();
      if (store !== 'entries') await db.store(store).bulkPut(dump[store]);
    }
    for (const { id } of dump.tenants) {
      await writePacks(
        tablesOf(db),
        id,
        dump.entries.filter((entry: EntryRecord) => entry.tenantId === id),
      );
    }
    await db.meta.bulkPut([
      { key: REVISION_KEY, value: crypto.randomUUID() },
      { key: UNSEEDED_KEY, value: JSON.stringify(unseeded) },
    ]);
  });
}
