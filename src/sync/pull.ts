/**
 * Pull: the changes since the local cursor, page by page, with the last sequence number
 * the server applied for this client. Nothing is written here; the commit takes it all in
 * one transaction (commit.ts).
 */
import { API, type Change, type ChangesResponse } from '../domain/protocol';
import { META, type PttDatabase } from '../db/database';
import type { Call } from './request';

export interface PulledChanges {
  /** The cursor the pull started from: the commit is skipped if the local cursor moved meanwhile. */
  since: number;
  cursor: number;
  lastAppliedSeq: number;
  changes: Change[];
}

export interface PullOptions {
  /** Changes per page. */
  pageSize: number;
  /** Runs before each page (tests stop the tab there). */
  beforePage: () => Promise<void>;
}

/** Throws `ApiFailure` when a request fails. */
export async function pull(db: PttDatabase, call: Call, { pageSize, beforePage }: PullOptions): Promise<PulledChanges> {
  const since = (await db.meta.get(META.cursor))?.value as number;
  const clientId = (await db.meta.get(META.clientId))?.value as string | undefined;
  const pulled: PulledChanges = { since, cursor: since, lastAppliedSeq: 0, changes: [] };
  for (;;) {
    await beforePage();
    const page = await call<ChangesResponse>({
      path: API.changes,
      query: { since: pulled.cursor, limit: pageSize, ...(clientId ? { clientId } : {}) },
    });
    pulled.changes.push(...page.changes);
    pulled.cursor = page.cursor;
    // Read with the last page, so every change up to its cursor has been seen.
    pulled.lastAppliedSeq = page.lastAppliedSeq;
    if (!page.hasMore) return pulled;
  }
}
