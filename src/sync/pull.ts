/**
 * Pull: the changes since the local cursor, page by page, on the generation the local data
 * comes from, with the last sequence number the server applied for this client. Nothing is
 * written here; the commit takes it all in one transaction (commit.ts). It is also where a
 * history that changed shows (rebootstrap.ts): a 410, an answer naming another generation, a
 * cursor behind the local one, or a server that no longer has edits it had answered.
 */
import { API, type Change, type ChangesResponse } from '../domain/protocol';
import type { AccountRole } from '../domain/roles';
import { META, metaNumber, type PttDatabase } from '../db/database';
import { highestAnsweredSeq } from '../db/outbox/pending';
import { ApiFailure } from '../lib/api';
import { changeOf, HistoryChanged } from './history-changed';
import type { Call } from './request';

export interface PulledChanges {
  /** The cursor the pull started from: the commit is skipped if the local cursor moved meanwhile. */
  since: number;
  cursor: number;
  generation: string;
  lastAppliedSeq: number;
  changes: Change[];
  /** The account's role as the server answered it (undefined from a server before roles). */
  role?: AccountRole;
}

export interface PullOptions {
  /** Changes per page. */
  pageSize: number;
  /** Runs before each page (tests stop the tab there). */
  beforePage: () => Promise<void>;
}

/** Throws `ApiFailure` when a request fails, `HistoryChanged` when the server's history is not the one the data comes from. */
export async function pull(db: PttDatabase, call: Call, { pageSize, beforePage }: PullOptions): Promise<PulledChanges> {
  const since = (await db.meta.get(META.cursor))?.value as number;
  const clientId = (await db.meta.get(META.clientId))?.value as string | undefined;
  const known = (await db.meta.get(META.generation))?.value as string | undefined;
  const pulled: PulledChanges = { since, cursor: since, generation: known ?? '', lastAppliedSeq: 0, changes: [] };
  for (;;) {
    await beforePage();
    const page = await pullPage(call, {
      since: pulled.cursor,
      limit: pageSize,
      ...(known ? { generation: known } : {}),
      ...(clientId ? { clientId } : {}),
    });
    if (known !== undefined && page.generation !== known) {
      throw new HistoryChanged({ generation: { id: page.generation, lineage: [] } });
    }
    if (page.cursor < pulled.cursor) throw new HistoryChanged({ serverCursor: page.cursor });
    pulled.changes.push(...page.changes);
    pulled.cursor = page.cursor;
    pulled.generation = page.generation;
    // Read with the last page, so every change up to its cursor has been seen.
    pulled.lastAppliedSeq = page.lastAppliedSeq;
    if (page.role) pulled.role = page.role;
    if (page.hasMore) continue;
    const answered = Math.max(await metaNumber(db, META.answeredSeq), await highestAnsweredSeq(db));
    if (clientId && pulled.lastAppliedSeq < answered) {
      throw new HistoryChanged({ serverCursor: pulled.cursor, lastAppliedSeq: pulled.lastAppliedSeq });
    }
    return pulled;
  }
}

async function pullPage(call: Call, query: Record<string, string | number>): Promise<ChangesResponse> {
  try {
    return await call<ChangesResponse>({ path: API.changes, query });
  } catch (error) {
    if (error instanceof ApiFailure && error.kind === 'history') throw new HistoryChanged(changeOf(error.body));
    throw error;
  }
}
