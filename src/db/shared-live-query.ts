/**
 * A live query that every screen showing its value shares: one query per database and name,
 * run again once per write however many components show it. The shell shows the waiting and
 * issue counts twice (the sync indicator, Exit); with a query each, every offline edit made
 * them count the outbox twice, each count a transaction that the next edit waited behind.
 */
import { useSyncExternalStore } from 'react';
import { liveQuery, type Subscription } from 'dexie';
import { useDatabase } from './context';
import type { PttDatabase } from './database';

class SharedLiveQuery<T> {
  private value: T | undefined;
  private readonly listeners = new Set<() => void>();
  private subscription: Subscription | null = null;

  constructor(private readonly query: () => Promise<T>) {}

  getValue = (): T | undefined => this.value;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    this.subscription ??= liveQuery(this.query).subscribe({
      next: (value) => {
        this.value = value;
        for (const notify of this.listeners) notify();
      },
      // A closed database (sign-out): the value stays as it was until the screens go.
      error: () => undefined,
    });
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size > 0) return;
      this.subscription?.unsubscribe();
      this.subscription = null;
      // Not shown any more, so no longer followed: the next screen waits for a fresh answer.
      this.value = undefined;
    };
  };
}

const queries = new WeakMap<PttDatabase, Map<string, SharedLiveQuery<unknown>>>();

/** The value of `query` on this session's database, shared under `name`; undefined until first answered. */
export function useSharedLiveQuery<T>(name: string, query: (db: PttDatabase) => Promise<T>): T | undefined {
  const db = useDatabase();
  let byName = queries.get(db);
  if (!byName) queries.set(db, (byName = new Map()));
  let shared = byName.get(name) as SharedLiveQuery<T> | undefined;
  if (!shared) byName.set(name, (shared = new SharedLiveQuery(() => query(db))));
  return useSyncExternalStore(shared.subscribe, shared.getValue);
}
