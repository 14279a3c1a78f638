/**
 * The activity log, as the core keeps it (docs/api.md, "Activity"): one entry for each
 * edit applied or merged — never for a rejected or conflicting one, which did not happen —
 * written in the edit's own transaction with who made it (account, name, role), when, the
 * intent, and every row it touched with the fields it changed, cascades included. Older
 * entries than the retention go at the next edit. `GET /api/activity` reads it in pages —
 * a supervisor only the entries of what it sees, cut to the rows it sees (src/domain/visibility.ts).
 */
import {
  intentsOfKind,
  type ActivityActor,
  type ActivityEntry,
  type ActivityQuery,
  type ActivityRow,
} from '../../src/domain/activity';
import { INTENT_NAMES } from '../../src/domain/intent-schemas';
import { intentTarget, type Intent } from '../../src/domain/intents';
import type { ActivityResponse } from '../../src/domain/protocol';
import { activitySeenBy } from '../../src/domain/visibility';
import { ok, type ApiResponse } from './responses';
import type { DirectoryTx, Storage, TenantTx } from './storage';
import { activityQuery, validate } from './validation';
import { viewOf, type SupervisorView } from './visibility';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Who makes the edits of one call, and when: the time every entry of the call carries. */
export interface EditContext {
  actor: ActivityActor;
  at: number;
  /** Entries made before this time (ms) are dropped. */
  keepSince: number;
}

export function editContext(actor: ActivityActor, at: number, retentionDays: number): EditContext {
  return { actor, at, keepSince: at - retentionDays * DAY_MS };
}

/** The signed-in account as the log names it: its display name and role now (in the call's own transaction). */
export async function actorOf(tx: DirectoryTx, accountId: string): Promise<ActivityActor> {
  const account = await tx.accountById(accountId);
  return { accountId, name: account?.displayName ?? '', role: account?.role ?? 'administrator' };
}

/** Appends the entry of an accepted edit: its target row first, then the cascades; nothing when no row changed. */
export async function recordActivity(
  tx: TenantTx,
  context: EditContext,
  intent: Intent,
  rows: ActivityRow[],
): Promise<void> {
  if (rows.length === 0) return;
  const target = intentTarget(intent);
  const isTarget = (row: ActivityRow) => row.table === target.table && row.id === target.id;
  const ordered = [...rows.filter(isTarget), ...rows.filter((row) => !isTarget(row))];
  await tx.appendActivity({ at: context.at, actor: context.actor, intent, rows: ordered });
}

/** Drops what retention no longer keeps: once per writing call that recorded something. */
export async function trimActivity(tx: TenantTx, context: EditContext): Promise<void> {
  await tx.trimActivity(context.keepSince);
}

/** `GET /api/activity`: one page of the log, filtered, as the caller may see it. */
export async function activity(
  storage: Storage,
  { tenantId, accountId: caller }: { tenantId: string; accountId: string },
  query: Record<string, string>,
): Promise<ApiResponse> {
  const parsed = validate(activityQuery, query);
  if (!parsed.ok) return parsed.response;
  const { limit, kind, table, rowId, accountId, ...range } = parsed.value;
  const filters: ActivityQuery = {
    ...range,
    ...(accountId === undefined ? {} : { accountId }),
    ...(kind === undefined ? {} : { intents: intentsOfKind(kind, INTENT_NAMES) }),
    ...(table !== undefined && rowId !== undefined ? { row: { table, id: rowId } } : {}),
    // One more than asked tells whether another page follows.
    limit: limit + 1,
  };
  return storage.transaction(
    async (tx) => {
      const view = await viewOf(tx, caller);
      const entries = view ? await seenEntries(tx, view, filters) : await tx.activity(filters);
      return ok({ entries: entries.slice(0, limit), hasMore: entries.length > limit } satisfies ActivityResponse);
    },
    { tenantId, mode: 'read' },
  );
}

/** Entries a supervisor's reading reads through on the way to a page: enough to step over what it does not see. */
const SCAN_BATCH = 1_000;

/**
 * Up to `query.limit` entries the supervisor sees, in the query's order, each cut to what it
 * sees. The log is read in batches past the entries it does not see, so a page is as full as
 * an administrator's and `hasMore` keeps its meaning (the cost: a reading may go through the
 * whole log when the supervisor sees little of it — at most the retention's worth).
 */
async function seenEntries(tx: TenantTx, view: SupervisorView, query: ActivityQuery): Promise<ActivityEntry[]> {
  const seen: ActivityEntry[] = [];
  const { row } = query;
  const forward = query.after !== undefined;
  for (let from = forward ? query.after : query.before; ;) {
    const batch = await tx.activity({
      ...query,
      ...(forward ? { after: from } : { before: from }),
      limit: Math.max(query.limit, SCAN_BATCH),
    });
    for (const entry of batch) {
      const cut = activitySeenBy(view, entry);
      // A row's History holds the entries in which the supervisor sees that row, not only its others.
      if (cut && (!row || cut.rows.some((touched) => touched.table === row.table && touched.id === row.id)))
        seen.push(cut);
      if (seen.length === query.limit) return seen;
    }
    from = batch.at(-1)?.id;
    if (batch.length < Math.max(query.limit, SCAN_BATCH) || from === undefined) return seen;
  }
}
