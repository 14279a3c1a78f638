/**
 * The browser host: the server's state persisted in its own IndexedDB database
 * (`ptt-mock-backend` by default, separate from the app's), shared by every tab and
 * surviving reloads.
 *
 * Each tab runs its own copy of the server (MSW answers a tab's requests inside that
 * tab), so every request runs under a cross-tab Web Lock: it first checks the stored
 * revision and reloads the state if another tab wrote since; then, when it is done, it
 * writes what it changed (the journal) in one IndexedDB transaction with a new revision.
 * Two tabs therefore see one server. Reloading reads every record: fine at demo sizes,
 * and it only happens when tabs alternate.
 */
import { Dexie, type DexieOptions, type Table } from 'dexie';
import { createMutex, type Exclusive, type StateHost } from './host';
import { ServerState, STORE_KEYS, STORE_NAMES, type StateDump, type StoreName } from './state';

export const DEFAULT_BACKEND_DB = 'ptt-mock-backend';

const REVISION_KEY = 'revision';

interface MetaRecord {
  key: string;
  value: string;
}

class BackendDatabase extends Dexie {
  declare readonly meta: Table<MetaRecord, string>;

  constructor(name: string, options?: DexieOptions) {
    super(name, options);
    this.version(1).stores({
      meta: 'key',
      ...Object.fromEntries(STORE_NAMES.map((store) => [store, STORE_KEYS[store]])),
    });
  }

  store(name: StoreName): Table<unknown, string> {
    return this.table(name);
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

export interface IndexedDbHost extends StateHost {
  /** Closes the database connection (tests; a tab closing does it by itself). */
  close(): void;
}

export async function openIndexedDbHost(options: {
  dbName?: string;
  /** Makes the first state, when the database is new. */
  seed: () => ServerState;
  dexieOptions?: DexieOptions;
}): Promise<IndexedDbHost> {
  const dbName = options.dbName ?? DEFAULT_BACKEND_DB;
  const db = new BackendDatabase(dbName, options.dexieOptions);
  const exclusive = crossTabLock(dbName);
  let state: ServerState | undefined;
  /** The revision `state` was loaded at or last written as. */
  let knownRevision: string | undefined;

  const storedRevision = async () => (await db.meta.get(REVISION_KEY))?.value;

  const load = async (): Promise<ServerState> => {
    const entries = await Promise.all(
      STORE_NAMES.map(async (store) => [store, await db.store(store).toArray()] as const),
    );
    return ServerState.fromDump(Object.fromEntries(entries) as StateDump);
  };

  /** Writes what changed, atomically; on failure, drops the in-memory state so the next request reloads the stored one. */
  const persist = async (current: ServerState) => {
    const batches = current.journal.take();
    if (batches.length === 0) return;
    const revision = crypto.randomUUID();
    try {
      await db.transaction('rw', [db.meta, ...STORE_NAMES.map((store) => db.store(store))], async () => {
        for (const { store, puts, deletes } of batches) {
          if (puts.length > 0) await db.store(store).bulkPut(puts);
          if (deletes.length > 0) await db.store(store).bulkDelete(deletes);
        }
        await db.meta.put({ key: REVISION_KEY, value: revision });
      });
      knownRevision = revision;
    } catch (error) {
      state = undefined;
      knownRevision = undefined;
      throw error;
    }
  };

  /** The up-to-date state: the one in memory, or reloaded (or seeded) when another tab wrote since. */
  const currentState = async (): Promise<ServerState> => {
    const revision = await storedRevision();
    if (state && revision === knownRevision) return state;
    if (revision === undefined) {
      const seeded = options.seed();
      seeded.journal.take();
      await writeAll(db, seeded.dump());
      state = seeded;
    } else {
      state = await load();
    }
    knownRevision = await storedRevision();
    return state;
  };

  const host: IndexedDbHost = {
    run: (work) =>
      exclusive(async () => {
        const current = await currentState();
        try {
          return await work(current);
        } finally {
          await persist(current);
        }
      }),
    close: () => db.close(),
  };
  await host.run(async () => undefined); // opens, and seeds a new database, before the first request
  return host;
}

async function writeAll(db: BackendDatabase, dump: StateDump): Promise<void> {
  await db.transaction('rw', [db.meta, ...STORE_NAMES.map((store) => db.store(store))], async () => {
    for (const store of STORE_NAMES) {
      await db.store(store).clear();
      await db.store(store).bulkPut(dump[store]);
    }
    await db.meta.put({ key: REVISION_KEY, value: crypto.randomUUID() });
  });
}
