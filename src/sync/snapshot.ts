/**
 * The first sync of a database (and the reload after the server's history changed): every
 * table, page by page, written in transactions that each hold whole pages and the position
 * reached, so an interrupted load resumes where it stopped. The pages are read ahead of the
 * writes (read-ahead.ts): each transaction writes every page that arrived during the one before,
 * so 50,000 contacts are a few transactions, not ten, and the database always has the next rows
 * to write. The pull cursor becomes the smallest cursor any page was read at: changes made while
 * the pages were read are pulled afterwards, deletes included; the last transaction writes it.
 * Every page must come from one generation — the first page of a new database sets it — or the
 * history changed under the load (rebootstrap.ts).
 */
import { TABLES, type TableName } from '../domain/model';
import { API, type SnapshotResponse } from '../domain/protocol';
import { META, type PttDatabase, type ServerRow } from '../db/database';
import { PendingEditMet, takeServerRows, takeSnapshotRows } from '../db/server-copies';
import { ReadAhead } from './read-ahead';
import { HistoryChanged } from './rebootstrap';
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
  /** Runs before each page is requested (tests stop the tab there). */
  beforePage: () => Promise<void>;
  onProgress: (progress: InitialSyncProgress) => void;
}

/** Rows of a load's first page: few, so that the screens show the first rows at once. */
const FIRST_PAGE = 500;
/**
 * Rows read and not yet written, at most — so also the most one transaction writes: enough that a
 * slow write takes the next pages with it, few enough that copying them into IndexedDB, one task
 * of the main thread, stays a fraction of a second.
 */
const READ_AHEAD_ROWS = 10_000;

/** A page read, with where the load stands once it is written. */
interface ReadPage {
  table: TableName;
  rows: SnapshotResponse['rows'];
  generation: string;
  reached: SnapshotPosition;
  progress: InitialSyncProgress;
  /** The load's last page. */
  last: boolean;
}

/**
 * Throws `ApiFailure` when a request fails, once every page read before it is stored; the next
 * call resumes from the last page written.
 */
export async function runInitialSync(
  db: PttDatabase,
  call: Call,
  { pageSize, beforePage, onProgress }: SnapshotOptions,
): Promise<void> {
  const from = ((await db.meta.get(META.snapshot))?.value as SnapshotPosition | undefined) ?? {
    table: TABLES[0],
    after: null,
    loaded: 0,
    cursor: null,
  };
  const generation = (await db.meta.get(META.generation))?.value as string | undefined;
  const ahead = new ReadAhead<ReadPage>(READ_AHEAD_ROWS, (page) => page.rows.length);
  const reading = readPages(call, from, generation, pageSize, beforePage, ahead);
  try {
    for (let pages = await ahead.takeAll(); pages.length > 0; pages = await ahead.takeAll()) {
      await writePages(db, pages);
      onProgress(pages.at(-1)!.progress);
    }
  } catch (error) {
    ahead.stop();
    await reading;
    throw error;
  }
  await reading;
  ahead.rethrow();
}

/** Reads the pages from `from` on into `ahead`, until the last one, a failure, or the writer stops. */
async function readPages(
  call: Call,
  from: SnapshotPosition,
  known: string | undefined,
  pageSize: number,
  beforePage: () => Promise<void>,
  ahead: ReadAhead<ReadPage>,
): Promise<void> {
  let position = from;
  let generation = known;
  let limit = Math.min(pageSize, FIRST_PAGE);
  try {
    for (;;) {
      await beforePage();
      const { table, after } = position;
      const page = await call<SnapshotResponse>({
        path: API.snapshot,
        query: { table, limit, ...(after === null ? {} : { after }) },
      });
      if (generation !== undefined && page.generation !== generation) {
        throw new HistoryChanged({ generation: { id: page.generation, lineage: [] } });
      }
      generation = page.generation;
      const loaded = position.loaded + page.rows.length;
      const next = TABLES[TABLES.indexOf(table) + 1];
      const cursor = Math.min(position.cursor ?? page.cursor, page.cursor);
      position =
        page.next !== null
          ? { table, after: page.next, loaded, cursor }
          : { table: next ?? table, after: null, loaded: 0, cursor };
      const last = page.next === null && next === undefined;
      const progress = { table, loaded, total: page.total };
      const more = await ahead.put({ table, rows: page.rows, generation, reached: position, progress, last });
      if (last || !more) break;
      limit = pageSize;
    }
    ahead.end();
  } catch (error) {
    ahead.end({ error });
  }
}

/**
 * Pages in one transaction, with the position reached; the last page's writes the pull cursor
 * instead. The rows are written without waiting to learn whether pending edits changed some
 * (`takeSnapshotRows`); when one did, the transaction is undone and made again knowing it.
 */
async function writePages(db: PttDatabase, pages: ReadPage[]): Promise<void> {
  try {
    await writePagesWith(db, pages, takeSnapshotRows);
  } catch (error) {
    if (!(error instanceof PendingEditMet)) throw error;
    await writePagesWith(db, pages, (db, rows) => takeServerRows(db, rows, true));
  }
}

async function writePagesWith(
  db: PttDatabase,
  pages: ReadPage[],
  take: (db: PttDatabase, rows: ServerRow[]) => Promise<void>,
): Promise<void> {
  const end = pages.at(-1)!;
  const tables = [...new Set(pages.map((page) => page.table))].map((table) => db.table(table));
  await db.transaction('rw', [...tables, db.serverRows, db.meta], async () => {
    // Asked before the rows: once the last row is written, nothing is left but to commit.
    const reached = end.last
      ? Promise.all([
          db.meta.put({ key: META.cursor, value: end.reached.cursor ?? 0 }),
          db.meta.delete(META.snapshot),
        ])
      : db.meta.put({ key: META.snapshot, value: end.reached });
    await Promise.all([
      db.meta.put({ key: META.generation, value: end.generation }),
      reached,
      take(
        db,
        pages.flatMap(({ table, rows }) => rows.map((row) => ({ table, id: row.id, row }))),
      ),
    ]);
  });
}
