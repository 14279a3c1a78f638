/**
 * The first sync of a database: every table, page by page, each page written in its own
 * transaction with the position reached, so an interrupted load resumes where it stopped.
 * The pull cursor becomes the smallest cursor any page was read at: changes made while
 * the pages were read are pulled afterwards, deletes included.
 */
import { TABLES, type TableName } from '../domain/model';
import type { SnapshotResponse } from '../domain/protocol';
import { META, type PttDatabase } from '../db/database';
import { takeServerRows } from './rebase';
import type { InitialSyncProgress } from './status';

interface SnapshotPosition {
  table: TableName;
  after: string | null;
  loaded: number;
  /** The smallest cursor a written page was read at. */
  cursor: number | null;
}

export type FetchSnapshotPage = (table: TableName, after: string | null) => Promise<SnapshotResponse>;

export async function runInitialSync(
  db: PttDatabase,
  fetchPage: FetchSnapshotPage,
  onProgress: (progress: InitialSyncProgress) => void,
  beforePage: () => Promise<void>,
): Promise<void> {
  let position = ((await db.meta.get(META.snapshot))?.value as SnapshotPosition | undefined) ?? {
    table: TABLES[0],
    after: null,
    loaded: 0,
    cursor: null,
  };
  for (let index = TABLES.indexOf(position.table); index < TABLES.length; index++) {
    const table = TABLES[index]!;
    for (;;) {
      await beforePage();
      const page = await fetchPage(table, position.after);
      const loaded = position.loaded + page.rows.length;
      const next = TABLES[index + 1];
      const cursor = Math.min(position.cursor ?? page.cursor, page.cursor);
      position =
        page.next !== null
          ? { table, after: page.next, loaded, cursor }
          : { table: next ?? table, after: null, loaded: 0, cursor };
      await db.transaction('rw', [db.table(table), db.serverRows, db.meta], async () => {
        await takeServerRows(
          db,
          page.rows.map((row) => ({ table, id: row.id, row })),
        );
        await db.meta.put({ key: META.snapshot, value: position });
      });
      onProgress({ table, loaded, total: page.total });
      if (page.next === null) break;
    }
  }
  await db.transaction('rw', db.meta, async () => {
    await db.meta.put({ key: META.cursor, value: position.cursor ?? 0 });
    await db.meta.delete(META.snapshot);
  });
}
