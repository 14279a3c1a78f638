/**
 * The first sync of a database (and the reload after the server's history changed): every
 * table, page by page, each page written in its own transaction with the position reached,
 * so an interrupted load resumes where it stopped. The pull cursor becomes the smallest
 * cursor any page was read at: changes made while the pages were read are pulled
 * afterwards, deletes included. Every page must come from one generation — the first page
 * of a new database sets it — or the history changed under the load (rebootstrap.ts).
 *
 * What keeps IndexedDB busy (docs/performance.md, round eight): the pages are requested ahead of
 * their writes (`readAhead`), so the next one is there when a write ends; and a page writes its
 * rows at once, without waiting for the server copies' keys, when the page before found none
 * (server-copies.ts).
 */
import { TABLES, type TableName } from '../domain/model';
import { API, type SnapshotResponse } from '../domain/protocol';
import { META, type PttDatabase } from '../db/database';
import { PendingEditMet, takeServerRows } from '../db/server-copies';
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
 * Pages requested and not yet taken by the writer, at most: the one after the page being written
 * and the one after that. With one, the next page was requested as a write began and, its
 * transfer's main-thread work queued behind the write's, arrived after the write ended.
 */
const AHEAD = 2;

/** A page read, with the table's rows loaded once it is written and where the load stands then. */
interface ReadPage {
  table: TableName;
  page: SnapshotResponse;
  loaded: number;
  reached: SnapshotPosition;
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
  let position = ((await db.meta.get(META.snapshot))?.value as SnapshotPosition | undefined) ?? {
    table: TABLES[0],
    after: null,
    loaded: 0,
    cursor: null,
  };
  let generation = (await db.meta.get(META.generation))?.value as string | undefined;
  const pages = readAhead(position, pageSize, async ({ table, after }, limit) => {
    await beforePage();
    return call<SnapshotResponse>({
      path: API.snapshot,
      query: { table, limit, ...(after === null ? {} : { after }) },
    });
  });
  /** Whether the last page's transaction found server copies (the first one looks before writing). */
  let copiesKept = true;
  try {
    for (let read = await pages.next(); read; read = await pages.next()) {
      const { table, page, loaded, reached } = read;
      if (generation !== undefined && page.generation !== generation) {
        throw new HistoryChanged({ generation: { id: page.generation, lineage: [] } });
      }
      generation = page.generation;
      position = reached;
      const rows = page.rows.map((row) => ({ table, id: row.id, row }));
      const write = (atOnce: boolean) =>
        db.transaction('rw', [db.table(table), db.serverRows, db.meta], async () => {
          const kept = await takeServerRows(db, rows, atOnce);
          await db.meta.bulkPut([
            { key: META.snapshot, value: reached },
            { key: META.generation, value: page.generation },
          ]);
          return kept;
        });
      copiesKept = await write(!copiesKept).catch((error: unknown) => {
        if (error instanceof PendingEditMet) return write(false);
        throw error;
      });
      onProgress({ table, loaded, total: page.total });
    }
  } finally {
    pages.stop();
  }
  await db.transaction('rw', db.meta, async () => {
    await db.meta.put({ key: META.cursor, value: position.cursor ?? 0 });
    await db.meta.delete(META.snapshot);
  });
}

/**
 * The pages from `from` on, each requested as soon as the one before it arrived, while fewer than
 * `AHEAD` wait for the writer. `next()` gives them in order — a failed request's error once the
 * pages before it were taken (no page is requested after it) — and null after the last.
 */
function readAhead(
  from: SnapshotPosition,
  pageSize: number,
  fetchPage: (position: SnapshotPosition, limit: number) => Promise<SnapshotResponse>,
) {
  const waiting: Promise<ReadPage>[] = [];
  /** Where the next request starts; null once the last page is requested. */
  let next: SnapshotPosition | null = from;
  let limit = Math.min(pageSize, FIRST_PAGE);
  let requesting = false;
  let stopped = false;
  const request = () => {
    if (stopped || requesting || next === null || waiting.length >= AHEAD) return;
    const at = next;
    requesting = true;
    const read = fetchPage(at, limit).then((page): ReadPage => {
      requesting = false;
      const loaded = at.loaded + page.rows.length;
      const following = TABLES[TABLES.indexOf(at.table) + 1];
      const cursor = Math.min(at.cursor ?? page.cursor, page.cursor);
      const reached: SnapshotPosition =
        page.next !== null
          ? { table: at.table, after: page.next, loaded, cursor }
          : { table: following ?? at.table, after: null, loaded: 0, cursor };
      next = page.next === null && following === undefined ? null : reached;
      request();
      return { table: at.table, page, loaded, reached };
    });
    // Thrown by `next()` when the writer comes to it; not unhandled meanwhile.
    read.catch(() => undefined);
    waiting.push(read);
    limit = pageSize;
  };
  request();
  return {
    next: async (): Promise<ReadPage | null> => {
      const read = waiting.shift();
      request();
      return read ?? null;
    },
    /** The writer is done or failed: nothing more is requested. */
    stop: () => void (stopped = true),
  };
}
