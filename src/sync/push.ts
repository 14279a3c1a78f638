/**
 * Push: sends the outbox in order, one consecutive batch per request, and files each
 * answer with its entry (the entries settle at the commit). The server applies each edit
 * once: a retried batch is answered from its stored outcomes. A `409 sequenceGap` means it
 * missed earlier edits (a lost request): the push resends from where the server stands.
 */
import { API, type PushRequest, type PushResponse } from '../domain/protocol';
import { clientIdOf, type PttDatabase } from '../db/database';
import { nextBatch } from '../db/outbox/batch';
import { fileOutcomes } from '../db/outbox/settle';
import { ApiFailure } from '../lib/api';
import type { Call } from './request';

export interface PushOptions {
  /** Edits per request (the server takes up to 500). */
  batchSize: number;
  /** Runs before each request (tests stop the tab there). */
  beforeBatch: () => Promise<void>;
}

/** Sends every unanswered edit; throws `ApiFailure` when a request fails. */
export async function push(db: PttDatabase, call: Call, { batchSize, beforeBatch }: PushOptions): Promise<void> {
  const clientId = await db.transaction('rw', db.meta, () => clientIdOf(db));
  let from: number | null = null;
  for (;;) {
    const mutations = await nextBatch(db, from, batchSize);
    if (mutations.length === 0) return;
    await beforeBatch();
    let response: PushResponse;
    try {
      response = await call<PushResponse>({
        method: 'POST',
        path: API.mutations,
        body: { clientId, mutations } satisfies PushRequest,
      });
    } catch (error) {
      const expectedSeq = error instanceof ApiFailure ? error.body?.expectedSeq : undefined;
      // Resend from there once; asked again for the same place, the failure stands.
      if (expectedSeq !== undefined && expectedSeq < mutations[0]!.seq && from !== expectedSeq) {
        from = expectedSeq;
        continue;
      }
      throw error;
    }
    from = null;
    await fileOutcomes(db, response.outcomes);
  }
}
