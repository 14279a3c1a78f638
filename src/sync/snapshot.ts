/**
 * The first sync of a database (and the reload after the server's history changed): every
 * table, page by page, each page written in its own transaction with the position reached,
 * so an interrupted load resumes where it stopped. The pull cursor becomes the smallest
 * cursor any page was read at: changes made while the pages were read are pulled
 * afterwards, deletes included. Every page must come from one generation — the first page
 * of a new database sets it — or the history changed under the load (rebootstrap.ts).
 */
import { TABLES, type TableName } from '../domain/model';
import { API, type SnapshotResponse } from '../domain/protocol';
import { META, type PttDatabase } from '../db/database';
import { takeServerRows } from '../db/server-copies';
import { HistoryChanged } from './history-changed';
import type { Call } from './request';
import type { InitialSyncProgress } from './status';

interface SnapshotPosition {
  table: TableName;
  after: string | null;
  loaded: number;
  /** The smallest cursor a written page was read at. */
  cursor: number | null;
}

export interface SnapshotOptions {
  /** Rows per page. */
  pageSize: number;
  /** Runs before each page (tests stop the tab there). */
  beforePage: () => Promise<void>;
  onProgress: (progress: InitialSyncProgress) => void;
}

/** Rows of a load's first page: few, so that the screens show the first rows at once. */
const FIRST_PAGE = 500;

type Fetched = { ok: true; page: SnapshotResponse } | { ok: false; error: unknown };

/**
 * Throws `ApiFailure` when a request fails; the next call resumes from the last page written.
 * Each page is requested before the previous one is written (the transfer and the writes
 * overlap); a failed request surfaces only once the page before it is stored.
 */
export async function runInitialSync(
  db: PttDatabase,
  call: Call,
  { pageSize, beforePage, onProgress }: SnapshotOptions,
): Promise<void> {
  let position = ((await db.meta.get(META.snapshot))?.value as SnapshotPosition | undefined) ?? {
    table: TABLES[0],
    after: null,
    loaded: 0,
    cursor: null,
  };
  let generation = (await db.meta.get(META.generation))?.value as string | undefined;
  const request = async ({ table, after }: SnapshotPosition, limit: number): Promise<Fetched> => {
    try {
      await beforePage();
      const page = await call<SnapshotResponse>({
        path: API.snapshot,
        query: { table, limit, ...(after === null ? {} : { after }) },
      });
      return { ok: true, page };
    } catch (error) {
      return { ok: false, error };
    }
  };
  let fetching: Promise<Fetched> | null = request(position, Math.min(pageSize, FIRST_PAGE));
  while (fetching) {
    const fetched: Fetched = await fetching;
    if (!fetched.ok) throw fetched.error;
    const page: SnapshotResponse = fetched.page;
    const table = position.table;
    if (generation !== undefined && page.generation !== generation) {
      throw new HistoryChanged({ generation: { id: page.generation, lineage: [] } });
    }
    generation = page.generation;
    const loaded = position.loaded + page.rows.length;
    const next = TABLES[TABLES.indexOf(table) + 1];
    const cursor = Math.min(position.cursor ?? page.cursor, page.cursor);
    const done: boolean = page.next === null && next === undefined;
    position =
      page.next !== null
        ? { table, after: page.next, loaded, cursor }
        : { table: next ?? table, after: null, loaded: 0, cursor };
    fetching = done ? null : request(position, pageSize);
    await db.transaction('rw', [db.table(table), db.serverRows, db.meta], async () => {
      await takeServerRows(
        db,
        page.rows.map((row) => ({ table, id: row.id, row })),
      );
      await db.meta.bulkPut([
        { key: META.snapshot, value: position },
        { key: META.generation, value: page.generation },
      ]);
    });
    onProgress({ table, loaded, total: page.total });
  }
  await db.transaction('rw', db.meta, async () => {
    await db.meta.put({ key: META.cursor, value: position.cursor ?? 0 });
    await db.meta.delete(META.snapshot);
  });
}
