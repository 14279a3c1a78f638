/**
 * The three sync calls of docs/api.md for one signed-in tenant: a snapshot page, the
 * changes since a cursor, and a push. Each is one storage transaction; a push batch is
 * one writing transaction, so it is applied whole or not at all, and one tenant's pushes
 * never interleave.
 */
import type { TableName } from '../../src/domain/model';
import type { ChangesResponse, MutationOutcome, PushResponse, SnapshotResponse } from '../../src/domain/protocol';
import { applyMutation } from './judge';
import { fail, ok, type ApiResponse } from './responses';
import type { Storage } from './storage';
import { changesQuery, parseJsonBody, pushBody, snapshotQuery, validate } from './validation';

export async function snapshot(storage: Storage, tenantId: string, query: Record<string, string>) {
  const parsed = validate(snapshotQuery, query);
  if (!parsed.ok) return parsed.response;
  const { table, after, limit } = parsed.value;
  return storage.transaction(
    async (tx) => {
      // One more than asked tells whether another page follows.
      const rows = await tx.rowsAfter(table, after, limit + 1);
      const page = rows.slice(0, limit);
      return ok({
        table,
        rows: page,
        next: rows.length > limit ? (page.at(-1)?.id ?? null) : null,
        cursor: await tx.cursor(),
        total: await tx.rowCount(table),
      } satisfies SnapshotResponse<TableName>);
    },
    { tenantId, mode: 'read' },
  );
}

export async function changes(storage: Storage, tenantId: string, query: Record<string, string>) {
  const parsed = validate(changesQuery, query);
  if (!parsed.ok) return parsed.response;
  const { since, clientId, limit } = parsed.value;
  return storage.transaction(
    async (tx) => {
      const entries = await tx.changesSince(since, limit + 1);
      const page = entries.slice(0, limit);
      const hasMore = entries.length > limit;
      return ok({
        changes: page,
        cursor: hasMore ? (page.at(-1)?.cursor ?? since) : Math.max(since, await tx.cursor()),
        hasMore,
        lastAppliedSeq: clientId === undefined ? 0 : await tx.lastAppliedSeq(clientId),
      } satisfies ChangesResponse);
    },
    { tenantId, mode: 'read' },
  );
}

/**
 * Each mutation in order: a seq already applied is a replay, answered from its stored
 * outcome; the next seq is judged, applied or not, and its outcome stored; a first new
 * seq past the next one is a gap (409), with nothing applied.
 */
export async function push(storage: Storage, tenantId: string, body: string | null | undefined): Promise<ApiResponse> {
  const parsed = parseJsonBody(pushBody, body);
  if (!parsed.ok) return parsed.response;
  const { clientId, mutations } = parsed.value;
  return storage.transaction(
    async (tx) => {
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
          outcomes.push(stored);
          continue;
        }
        const outcome = await applyMutation(tx, mutation);
        await tx.recordOutcome(clientId, outcome);
        lastAppliedSeq = outcome.seq;
        outcomes.push(outcome);
      }
      return ok({ outcomes, lastAppliedSeq } satisfies PushResponse);
    },
    { tenantId, mode: 'write' },
  );
}
