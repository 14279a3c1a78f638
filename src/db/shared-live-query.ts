/**
 * A live query that every screen showing its value shares: one query per database and name,
 * run again after writes to the tables it reads however many components show it. The shell
 * shows the waiting and issue counts twice (the sync indicator, Exit); with a query each, every
 * offline edit made them count the outbox twice. A burst of writes (an offline backlog, an
 * import) counts again at the first write and then at most once per `SETTLE_MS`, not after every
 * one: each count is a read transaction of the outbox, which the next edit's transaction waited
 * behind (docs/performance.md, round five).
 */
import { useSyncExternalStore } from 'react';
import { Dexie, type ObservabilitySet } from 'dexie';
import { useDatabase } from './context';
import type { PttDatabase } from './database';

/** How long a burst of writes may leave a shown count behind before it is read again. */
const SETTLE_MS = 100;

class SharedLiveQuery<T> {
  private value: T | undefined;
  private readonly listeners = new Set<() => void>();
  private stopWatching: (() => void) | null = null;
  private settling: ReturnType<typeof setTimeout> | undefined;
  /** A write came while settling: read once more when it ends. */
  private changedMeanwhile = false;
  /** The latest read asked for: an earlier one that answers late is ignored. */
  private reads = 0;

  constructor(
    private readonly db: PttDatabase,
    private readonly tables: readonly string[],
    private readonly query: () => Promise<T>,
  ) {}

  getValue = (): T | undefined => this.value;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    if (!this.stopWatching) this.start();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.stop();
    };
  };

  private start() {
    const prefixes = this.tables.map((table) => `idb://${this.db.name}/${table}/`);
    // Dexie reports every committed write, of this tab or another, by the tables and keys it touched.
    const onMutated = (parts: ObservabilitySet) => {
      if (Object.keys(parts).some((part) => prefixes.some((prefix) => part.startsWith(prefix)))) this.changed();
    };
    Dexie.on('storagemutated', onMutated);
    this.stopWatching = () => Dexie.on('storagemutated').unsubscribe(onMutated);
    this.read();
  }

  private stop() {
    this.stopWatching?.();
    this.stopWatching = null;
    clearTimeout(this.settling);
    this.settling = undefined;
    this.changedMeanwhile = false;
    // Not shown any more, so no longer followed: the next screen waits for a fresh answer.
    this.value = undefined;
  }

  private changed() {
    if (this.settling !== undefined) {
      this.changedMeanwhile = true;
      return;
    }
    this.read();
    this.settling = setTimeout(() => {
      this.settling = undefined;
      if (!this.changedMeanwhile) return;
      this.changedMeanwhile = false;
      this.changed();
    }, SETTLE_MS);
  }

  private read() {
    const read = ++this.reads;
    this.query().then(
      (value) => {
        if (read !== this.reads || !this.stopWatching) return;
        this.value = value;
        for (const notify of this.listeners) notify();
      },
      // A closed database (sign-out): the value stays as it was until the screens go.
      () => undefined,
    );
  }
}

const queries = new WeakMap<PttDatabase, Map<string, SharedLiveQuery<unknown>>>();

/**
 * The value of `query`, which reads only `tables`, on this session's database, shared under `name`;
 * undefined until first answered.
 */
export function useSharedLiveQuery<T>(
  name: string,
  tables: readonly string[],
  query: (db: PttDatabase) => Promise<T>,
): T | undefined {
  const db = useDatabase();
  let byName = queries.get(db);
  if (!byName) queries.set(db, (byName = new Map()));
  let shared = byName.get(name) as SharedLiveQuery<T> | undefined;
  if (!shared) byName.set(name, (shared = new SharedLiveQuery(db, tables, () => query(db))));
  return useSyncExternalStore(shared.subscribe, shared.getValue);
}
