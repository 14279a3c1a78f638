/** Reactive reads shared by every feature: they re-render when the sync engine or another tab writes. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { TableName } from '../domain/model';
import { useDatabase } from './context';

export function rowKey(table: TableName, id: string): string {
  return `${table}:${id}`;
}

/** The rows that have local edits still waiting for the server, as `table:id` keys. */
export function usePendingKeys(): ReadonlySet<string> {
  const db = useDatabase();
  return (
    useLiveQuery(async () => {
      const keys = new Set<string>();
      await db.outbox.each((entry) => entry.touched.forEach((ref) => keys.add(rowKey(ref.table, ref.id))));
      return keys;
    }, [db]) ?? EMPTY
  );
}

/** How many edits wait for the server (undefined while loading). */
export function useWaitingCount(): number | undefined {
  const db = useDatabase();
  return useLiveQuery(() => db.outbox.count(), [db]);
}

const EMPTY: ReadonlySet<string> = new Set();
