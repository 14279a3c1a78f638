/**
 * What the push sends next: the outbox in sequence order, as the envelopes the server
 * takes. A batch is a consecutive run, so the server never sees a gap it did not cause.
 */
import type { MutationEnvelope } from '../../domain/protocol';
import type { OutboxEntry, PttDatabase } from '../database';

/**
 * The next run of at most `size` consecutive entries: from `from` when the server asked
 * to resend from there (it lost earlier ones), otherwise from the first entry it has not
 * answered yet. Empty when there is nothing to send.
 */
export async function nextBatch(db: PttDatabase, from: number | null, size: number): Promise<MutationEnvelope[]> {
  const candidates =
    from === null
      ? await db.outbox
          .orderBy('seq')
          .filter((entry) => !entry.outcome)
          .limit(size)
          .toArray()
      : await db.outbox.where('seq').aboveOrEqual(from).limit(size).toArray();
  const run: OutboxEntry[] = [];
  for (const entry of candidates) {
    if (run.length > 0 && entry.seq !== run[run.length - 1]!.seq + 1) break;
    run.push(entry);
  }
  return run.map(({ seq, key, intent, base }) => ({ seq, key, intent, base }));
}
