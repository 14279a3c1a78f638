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
 */
import { Dexie, type DexieOptions, type Table } from 'dexie';
import { firstBackup } from '../server/core/memory/backups';
import { MemoryState } from '../server/core/memory/memory-state';
import { createMutex, MemoryStore, type Exclusive, type MemoryBacked } from '../server/core/memory/memory-store';
import {
  STORE_KEYS,
  STORE_NAMES,
  type JournalBatch,
  type StateDump,
  type StoreName,
} from '../server/core/memory/records';
import { delegatingStorage, type Storage } from '../server/core/storage';

export const DEFAULT_BACKEND_DB = 'ptt-mock-backend';

const REVISION_KEY = 'revision';

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
  }

  store(name: StoreName): Table<unknown, string> {
    return this.table(name);
  }

  allTables(): Table[] {
    return [this.meta, ...STORE_NAMES.map((store) => this.store(store))];
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

export async function openIndexedDbStore(options: {
  dbName?: string;
  /** Fills a new database (its first state), through the storage interface. */
  seed: (storage: Storage) => Promise<void>;
  dexieOptions?: DexieOptions;
}): Promise<IndexedDbStore> {
  const dbName = options.dbName ?? DEFAULT_BACKEND_DB;
  const db = new BackendDatabase(dbName, options.dexieOptions);
  const exclusive = crossTabLock(dbName);
  let memory: MemoryStore | undefined;
  /** The revision `memory` was loaded at or last written as. */
  let knownRevision: string | undefined;

  const storedRevision = async () => (await db.meta.get(REVISION_KEY))?.value;

  const persist = async (batches: JournalBatch[]) => {
    const revision = crypto.randomUUID();
    await db.transaction('rw', db.allTables(), async () => {
      for (const { store, puts, deletes } of batches) {
        if (puts.length > 0) await db.store(store).bulkPut(puts);
        if (deletes.length > 0) await db.store(store).bulkDelete(deletes);
      }
      await db.meta.put({ key: REVISION_KEY, value: revision });
    });
    knownRevision = revision;
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
      await writeAll(db, state.dump());
    } else {
      const records = await Promise.all(STORE_NAMES.map(async (store) => [store, await db.store(store).toArray()]));
      state = MemoryState.fromDump(Object.fromEntries(records) as StateDump);
    }
    memory = new MemoryStore(state, persist);
    knownRevision = await storedRevision();
    return memory;
  };

  const withMemory = <T>(work: (memory: MemoryStore) => Promise<T>) => exclusive(async () => work(await current()));
  const storage = delegatingStorage(withMemory);
  await storage.transaction(async () => undefined); // opens, and seeds a new database, before the first request
  return { transaction: storage.transaction, withMemory, close: () => db.close() };
}

/** Replaces everything stored by `dump`, atomically. */
async function writeAll(db: BackendDatabase, dump: StateDump): Promise<void> {
  await db.transaction('rw', db.allTables(), async () => {
    for (const store of STORE_NAMES) {
      await db.store(store).clear();
      await db.store(store).bulkPut(dump[store]);
    }
    await db.meta.put({ key: REVISION_KEY, value: crypto.randomUUID() });
  });
}
