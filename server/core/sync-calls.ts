/**
 * The three sync calls of docs/api.md for one signed-in tenant: a snapshot page, the
 * changes since a cursor, and a push. Each is one storage transaction; a push batch is
 * one writing transaction, so it is applied whole or not at all, and one tenant's pushes
 * never interleave. Each answer names the tenant's generation; a pull or a push made on
 * another generation's history, or from a cursor the server never reached, is refused with
 * 410 and the generation, so the client loads the data again (docs/sync.md).
 */
import type { TableName } from '../../src/domain/model';
import type { ChangesResponse, MutationOutcome, PushResponse, SnapshotResponse } from '../../src/domain/protocol';
import { trimActivity, type EditContext } from './activity';
import { applyMutation } from './judge';
import { seenBy, supervisorPage, viewOf } from './visibility';
import { fail, ok, type ApiResponse } from './responses';
import type { Storage, TenantTx } from './storage';
import { changesQuery, parseJsonBody, pushBody, snapshotQuery, validate } from './validation';

/** Who is calling: the tenant of the session, and its account (what it may see: visibility.ts). */
export interface CallerOf {
  tenantId: string;
  accountId: string;
}

export async function snapshot(storage: Storage, { tenantId, accountId }: CallerOf, query: Record<string, string>) {
  const parsed = validate(snapshotQuery, query);
  if (!parsed.ok) return parsed.response;
  const { table, after, limit } = parsed.value;
  return storage.transaction(
    async (tx) => {
      const view = await viewOf(tx, accountId);
      // One more than asked tells whether another page follows.
      const { rows, total } = view
        ? await supervisorPage(tx, view, table, after, limit + 1)
        : { rows: await tx.rowsAfter(table, after, limit + 1), total: await tx.rowCount(table) };
      const page = rows.slice(0, limit);
      return ok({
        generation: (await tx.generation()).id,
        table,
        rows: page,
        next: rows.length > limit ? (page.at(-1)?.id ?? null) : null,
        cursor: await tx.cursor(),
        total,
      } satisfies SnapshotResponse<TableName>);
    },
    { tenantId, mode: 'read' },
  );
}

export async function changes(storage: Storage, { tenantId, accountId }: CallerOf, query: Record<string, string>) {
  const parsed = validate(changesQuery, query);
  if (!parsed.ok) return parsed.response;
  const { since, generation, clientId, limit } = parsed.value;
  return storage.transaction(
    async (tx) => {
      const refusal = await otherHistory(tx, generation, since, clientId);
      if (refusal) return refusal;
      const view = await viewOf(tx, accountId);
      const entries = await tx.changesSince(since, limit + 1);
      const page = entries.slice(0, limit);
      const hasMore = entries.length > limit;
      // Filtered after paging: the cursor stays the log's, past what a supervisor does not see.
      const seen = view ? page.flatMap((change) => seenBy(view, change) ?? []) : page;
      return ok({
        generation: (await tx.generation()).id,
        changes: seen,
        cursor: hasMore ? (page.at(-1)?.cursor ?? since) : await tx.cursor(),
        hasMore,
        lastAppliedSeq: clientId === undefined ? 0 : await tx.lastAppliedSeq(clientId),
        role: view ? 'supervisor' : 'administrator',
      } satisfies ChangesResponse);
    },
    { tenantId, mode: 'read' },
  );
}

/**
 * A 410 when the caller's data comes from another history than the tenant's: another
 * generation, or a cursor past the tenant's (a history that was cut back without saying so).
 * It names the generation, the cursor and the client's last applied seq: what the client
 * needs to tell which of its acknowledged edits the history lost.
 */
async function otherHistory(tx: TenantTx, generation: string | undefined, since: number, clientId?: string) {
  const current = await tx.generation();
  const cursor = await tx.cursor();
  if ((generation === undefined || generation === current.id) && since <= cursor) return null;
  return fail(410, 'generationChanged', {
    generation: current,
    cursor,
    ...(clientId === undefined ? {} : { lastAppliedSeq: await tx.lastAppliedSeq(clientId) }),
    message: 'the server’s history is not the one this client knew: load the data again',
  });
}

/**
 * Each mutation in order: a seq already applied is a replay, answered from its stored
 * outcome — if its key is the one stored; another key means the client numbered another
 * edit the same (its sequence went back in time), refused whole with 409 `sequenceReused`.
 * The next seq is judged, applied or not, and its outcome stored with the cursor it was
 * judged at — unless its key already has an outcome here (the same edit sent again under
 * another client id), which is its answer. A first new seq past the next one is a gap
 * (409), with nothing applied.
 */
export async function push(
  storage: Storage,
  tenantId: string,
  body: string | null | undefined,
  context: (tx: TenantTx) => Promise<EditContext>,
): Promise<ApiResponse> {
  const parsed = parseJsonBody(pushBody, body);
  if (!parsed.ok) return parsed.response;
  const { generation, clientId, mutations } = parsed.value;
  return storage.transaction(
    async (tx) => {
      const refusal = await otherHistory(tx, generation, 0, clientId);
      if (refusal) return refusal;
      const editContext = await context(tx);
      let lastAppliedSeq = await tx.lastAppliedSeq(clientId);
      const first = mutations[0];
      if (first && first.seq > lastAppliedSeq + 1) {
        return fail(409, 'sequenceGap', {
          expectedSeq: lastAppliedSeq + 1,
          message: `expected seq ${lastAppliedSeq + 1}`,
        });
      }
      const outcomes: MutationOutcome[] = [];
      for (const mutation of mutations) {
        if (mutation.seq <= lastAppliedSeq) {
          const stored = await tx.storedOutcome(clientId, mutation.seq);
          if (!stored) throw new Error(`No stored outcome for ${clientId} seq ${mutation.seq}`);
          if (stored.key !== mutation.key) {
            return fail(409, 'sequenceReused', {
              seq: mutation.seq,
              message: `seq ${mutation.seq} of this client was another edit: use a new client id`,
            });
          }
          outcomes.push(stored);
          continue;
        }
        // An edit sent again under another client id (after a restore) that this history already
        // has is answered as it was, never applied twice.
        const earlier = await tx.outcomeByKey(mutation.key);
        const outcome = earlier
          ? { ...earlier, seq: mutation.seq }
          : { ...(await applyMutation(tx, mutation, editContext)), cursor: await tx.cursor() };
        await tx.recordOutcome(clientId, outcome);
        lastAppliedSeq = outcome.seq;
        outcomes.push(outcome);
      }
      await trimActivity(tx, editContext);
      return ok({ generation: (await tx.generation()).id, outcomes, lastAppliedSeq } satisfies PushResponse);
    },
    { tenantId, mode: 'write' },
  );
}
