/**
 * The activity log between this device and the server (docs/api.md, "Activity").
 *
 * After each sync cycle, a supervisor's log cut to its scope as the pull left it (src/db/activity.ts),
 * then the entries this device lacks: the first time, newest first until
 * the local window is full (src/db/activity.ts); then the entries after the newest held,
 * oldest first. Each page is stored as it comes, so an interrupted fetch keeps what it read
 * and the next cycle goes on from there.
 *
 * On demand, a page older than what the device keeps (the Activity page's "Load older"):
 * read from the server, shown, never stored — the local window stays the recent log.
 */
import { activityReachesBack, keepSeenActivity, newestActivityId, storeActivity } from '../db/activity';
import type { PttDatabase } from '../db/database';
import type { ActivityKind } from '../domain/activity';
import type { TableName } from '../domain/model';
import { API, type ActivityResponse } from '../domain/protocol';
import { ApiFailure, apiRequest } from '../lib/api';
import type { Call } from './request';

const PAGE = 1_000;

export async function pullActivity(db: PttDatabase, call: Call, now: () => number): Promise<void> {
  // The pull just taken in may have changed a supervisor's scope: the log follows it first.
  await keepSeenActivity(db);
  const newest = await newestActivityId(db);
  if (newest === 0) {
    let before: number | undefined;
    for (;;) {
      const page = await call<ActivityResponse>({
        path: API.activity,
        query: { limit: PAGE, ...(before === undefined ? {} : { before }) },
      });
      await storeActivity(db, page.entries, now());
      before = page.entries.at(-1)?.id;
      if (!page.hasMore || before === undefined || (await activityReachesBack(db, now()))) return;
    }
  }
  for (let after = newest; ;) {
    const page = await call<ActivityResponse>({ path: API.activity, query: { after, limit: PAGE } });
    await storeActivity(db, page.entries, now());
    after = page.entries.at(-1)?.id ?? after;
    if (!page.hasMore) return;
  }
}

/** What narrows an older page on the server; the search by name stays on the device (the server has no such filter). */
export interface OlderActivityQuery {
  /** Entries numbered below it; absent: the newest. */
  before?: number;
  accountId?: string;
  kind?: ActivityKind;
  row?: { table: TableName; id: string };
  /** Milliseconds since the epoch: `from` inclusive, `to` exclusive. */
  from?: number;
  to?: number;
  limit: number;
}

export type OlderActivity =
  | { ok: true; page: ActivityResponse }
  /** `offline`: no answer; `signIn`: the session was refused; `failed`: any other error. */
  | { ok: false; problem: 'offline' | 'signIn' | 'failed' };

const OLDER_TIMEOUT_MS = 15_000;

/** One older page, as the Activity page asks for it; a failure says why in one word. */
export async function fetchOlderActivity(token: string, query: OlderActivityQuery): Promise<OlderActivity> {
  const { row, ...rest } = query;
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(rest)) if (value !== undefined) params[name] = value;
  if (row) Object.assign(params, { table: row.table, rowId: row.id });
  try {
    const page = await apiRequest<ActivityResponse>({
      path: API.activity,
      query: params,
      token,
      timeoutMs: OLDER_TIMEOUT_MS,
    });
    return { ok: true, page };
  } catch (error) {
    if (!(error instanceof ApiFailure)) return { ok: false, problem: 'failed' };
    return { ok: false, problem: error.kind === 'network' ? 'offline' : error.kind === 'auth' ? 'signIn' : 'failed' };
  }
}
