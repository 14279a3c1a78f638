/**
 * Push: sends the outbox in order, one consecutive batch per request, on the generation the
 * local data comes from, and files each answer with its entry (the entries settle at the
 * commit). The server applies each edit once: a retried batch is answered from its stored
 * outcomes. What a refusal means (docs/api.md):
 * - 409 `sequenceGap`: the server missed earlier edits (a lost request): resend from where it
 *   stands — unless it forgot edits it had answered, which means its history was cut back;
 * - 409 `sequenceReused`: the server holds another edit under one of these numbers (this
 *   device's data went back in time): the genuine replays before it are sent alone first,
 *   then the sequence starts over under a new client id (rebootstrap.ts);
 * - 410: the server's history is another one (rebootstrap.ts);
 * - any other 4xx: the server will not take the request as it is. Sent one edit at a time,
 *   the edit it refuses becomes a sync issue with the server's answer, and the queue goes on.
 */
import { API, type ApiError, type PushRequest, type PushResponse } from '../domain/protocol';
import { clientIdOf, META, metaNumber, type PttDatabase } from '../db/database';
import { nextBatch } from '../db/outbox/batch';
import { refuse } from '../db/outbox/renumber';
import { AnswerForAnotherEdit, fileOutcomes } from '../db/outbox/settle';
import { ApiFailure } from '../lib/api';
import { changeOf, HistoryChanged } from './history-changed';
import type { Call } from './request';

export interface PushOptions {
  /** Edits per request (the server takes up to 500). */
  batchSize: number;
  /** Runs before each request (tests stop the tab there). */
  beforeBatch: () => Promise<void>;
  now: () => number;
}

/** Sends every unanswered edit; throws `ApiFailure` when a request fails, `HistoryChanged` when the sequence must start over. */
export async function push(db: PttDatabase, call: Call, { batchSize, beforeBatch, now }: PushOptions): Promise<void> {
  const { clientId, generation } = await db.transaction('rw', db.meta, async () => ({
    clientId: await clientIdOf(db),
    generation: (await db.meta.get(META.generation))?.value as string | undefined,
  }));
  // `from` and a smaller `size` hold for one request; `oneByOne` until a refused edit is found.
  let from: number | null = null;
  let size = batchSize;
  let oneByOne = false;
  for (;;) {
    const mutations = await nextBatch(db, from, size);
    if (mutations.length === 0) return;
    await beforeBatch();
    let response: PushResponse;
    try {
      response = await call<PushResponse>({
        method: 'POST',
        path: API.mutations,
        body: { ...(generation ? { generation } : {}), clientId, mutations } satisfies PushRequest,
      });
    } catch (error) {
      if (!(error instanceof ApiFailure)) throw error;
      const first = mutations[0]!.seq;
      const body: ApiError | null = error.body;
      if (error.kind === 'history') throw new HistoryChanged(changeOf(body));
      if (body?.reason === 'sequenceGap' && body.expectedSeq !== undefined) {
        if (body.expectedSeq <= (await metaNumber(db, META.answeredSeq))) {
          throw new HistoryChanged({ lastAppliedSeq: body.expectedSeq - 1 });
        }
        // Resend from there once; asked again for the same place, the failure stands.
        if (body.expectedSeq < first && from !== body.expectedSeq) {
          from = body.expectedSeq;
          continue;
        }
      }
      if (body?.reason === 'sequenceReused' && body.seq !== undefined) {
        if (body.seq <= first) throw new HistoryChanged({ sequenceReused: true });
        [from, size] = [first, body.seq - first];
        continue;
      }
      if (error.kind === 'refused') {
        if (mutations.length > 1) {
          // Find which edit it refuses: one at a time until it refuses one.
          [from, size, oneByOne] = [null, 1, true];
          continue;
        }
        await refuse(db, first, { status: error.status, message: body?.message ?? body?.reason ?? '' }, now());
        [from, size, oneByOne] = [null, batchSize, false];
        continue;
      }
      throw error;
    }
    if (generation !== undefined && response.generation !== generation) {
      throw new HistoryChanged({ generation: { id: response.generation, lineage: [] } });
    }
    try {
      await fileOutcomes(db, response.outcomes);
    } catch (error) {
      if (error instanceof AnswerForAnotherEdit) throw new HistoryChanged({ sequenceReused: true });
      throw error;
    }
    [from, size] = [null, oneByOne ? 1 : batchSize];
  }
}
