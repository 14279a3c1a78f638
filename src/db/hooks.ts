/**
 * Reactive reads shared by every feature: they re-render when the sync engine or another
 * tab writes. Features wrap them in their own hooks with the names their screens use.
 */
import { useCallback, useState, useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Contact, RowByTable, TableName } from '../domain/model';
import type { ListTable } from '../domain/apply';
import { contactListOf, type ContactListState } from './contact-list';
import { useSharedLiveQuery } from './shared-live-query';
import { useDatabase } from './context';
import { META } from './database';
import type { IntentArgs } from '../domain/intents';
import { pendingMembers, pendingRowKeys, rowKey, waitingCount } from './outbox/pending';

export { useAccess, type Access } from './access';

/**
 * One row; null once it is not (or no longer) in the store, undefined while reading. While this
 * device loads the data (no cursor: its first sync, or the reload after a server restore dropped
 * the rows), a row that is not here may only be not back yet: the last one this page showed is
 * kept, so an open form keeps its values and the user's changes, and a row never seen reads as
 * loading. Once loaded, a row still absent is null ("deleted", "not found").
 */
export function useRow<T extends TableName>(table: T, id: string): RowByTable[T] | null | undefined {
  const db = useDatabase();
  const read = useLiveQuery(async () => {
    const [row, cursor] = await Promise.all([db.table<RowByTable[T], string>(table).get(id), db.meta.get(META.cursor)]);
    return { row: row ?? null, loaded: cursor !== undefined };
  }, [db, table, id]);
  const key = `${table}/${id}`;
  const [last, setLast] = useState<{ key: string; row: RowByTable[T] } | null>(null);
  if (read?.row && (last?.key !== key || last.row !== read.row)) setLast({ key, row: read.row });
  if (!read) return undefined;
  if (read.row || read.loaded) return read.row;
  return last?.key === key ? last.row : undefined;
}

/** Whether this device holds the tenant's data: its first sync, or the reload after a server restore, is complete. */
export function useIsLoaded(): boolean | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => (await db.meta.get(META.cursor)) !== undefined, [db]);
}

/** Every row of a table, in no set order (screens sort by name for the user's language). */
export function useRows<T extends TableName>(table: T): RowByTable[T][] | undefined {
  const db = useDatabase();
  return useLiveQuery(() => db.table<RowByTable[T], string>(table).toArray(), [db, table]);
}

/**
 * Every contact in name order (the `sortKey` index folds accents and case), the first screen
 * of them while the rest loads; one list in memory that later writes patch (contact-list.ts).
 */
export function useContactList(): ContactListState {
  const list = contactListOf(useDatabase());
  return useSyncExternalStore(list.subscribe, list.getState);
}

/** Every contact in name order; undefined until all are read. */
export function useContactsByName(): Contact[] | undefined {
  const { contacts, complete } = useContactList();
  return complete ? contacts : undefined;
}

/** The rows that have local edits still waiting for the server, as `rowKey`s. */
export function usePendingKeys(): ReadonlySet<string> {
  const db = useDatabase();
  return useLiveQuery(() => pendingRowKeys(db), [db]) ?? EMPTY;
}

/** Whether a row of the table has a local edit still waiting for the server. */
export function useIsPending(table: TableName): (id: string) => boolean {
  const keys = usePendingKeys();
  return useCallback((id: string) => keys.has(rowKey(table, id)), [keys, table]);
}

/** Members of a sub-list or group whose addition is still in the outbox. */
export function usePendingMembers(table: ListTable, id: string): ReadonlySet<string> {
  const db = useDatabase();
  return useLiveQuery(() => pendingMembers(db, table, id), [db, table, id]) ?? EMPTY;
}

/** How many conflicts and refusals wait on the Sync issues page. */
export function useIssueCount(): number {
  return useSharedLiveQuery('issueCount', ['syncIssues'], (db) => db.syncIssues.count()) ?? 0;
}

/** How many edits wait for the server (undefined while loading). */
export function useWaitingCount(): number | undefined {
  return useSharedLiveQuery('waitingCount', ['outbox'], waitingCount);
}

type CreateName = 'externalContact.create' | 'subList.create' | 'group.create';

/**
 * The create a sync issue holds — what the user entered, for an Add New page to start from —
 * when the issue `key` is a create named `name`; null when it is not (or no longer), undefined
 * while reading or without a key.
 */
export function useIssueCreate<N extends CreateName>(
  key: string | undefined,
  name: N,
): IntentArgs<N> | null | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    if (key === undefined) return undefined;
    const intent = (await db.syncIssues.get(key))?.intent;
    return intent?.name === name ? (intent.args as IntentArgs<N>) : null;
  }, [db, key, name]);
}

const EMPTY: ReadonlySet<string> = new Set();
