/**
 * kill -9 in the middle of a stream of pushes loses no acknowledged edit: after the
 * restart every edit the server answered is there, sessions still hold, and the client's
 * re-sent edits (those it had no answer for) are applied exactly once.
 */
import { describe, expect, it } from 'vitest';
import type { MutationOutcome } from '../../src/domain/protocol';
import { DATABASES } from './databases';
import { allRows, envelopes, newContact, push } from './http-client';
import { seededServer } from './seeded-server';

const BATCH = 10;
const BATCHES = 40;

describe.each(DATABASES)('kill -9 on $name', (db) => {
  it('keeps every acknowledged edit and applies the re-sent ones once', async () => {
    const { server: first, token, restart } = await seededServer(db);
    let server = first;
    const clientId = 'client-kill-9';
    const intents = Array.from({ length: BATCH * BATCHES }, (_, i) => newContact('k9', i));

    // Pushes back to back; the kill lands while a push is in flight.
    let acknowledged = 0;
    const killAfter = 12 + Math.floor(Math.random() * 10);
    for (let batch = 0; batch < BATCHES; batch++) {
      const from = batch * BATCH;
      const sent = push(server.url, token, clientId, envelopes(clientId, from + 1, intents.slice(from, from + BATCH)));
      if (batch === killAfter) {
        const unanswered = sent.catch(() => null);
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 15));
        await server.kill();
        await unanswered;
        break;
      }
      const answer = await sent;
      expect(answer.outcomes.every((outcome) => outcome.status === 'applied')).toBe(true);
      acknowledged = answer.lastAppliedSeq;
    }
    expect(acknowledged).toBeGreaterThanOrEqual(12 * BATCH);

    server = await restart();
    // The session was stored, not kept in the dead process's memory.
    const afterRestart = new Set((await allRows(server.url, token, 'contacts')).map((row) => row.id));
    for (let i = 0; i < acknowledged; i++) expect(afterRestart.has(`k9-${i}`), `k9-${i}`).toBe(true);

    // The client re-sends everything it has no answer for, from its last acknowledged seq.
    const outcomes: MutationOutcome[] = [];
    for (let from = acknowledged; from < intents.length; from += BATCH) {
      const answer = await push(
        server.url,
        token,
        clientId,
        envelopes(clientId, from + 1, intents.slice(from, from + BATCH)),
      );
      outcomes.push(...answer.outcomes);
    }
    expect(outcomes.filter((outcome) => outcome.status !== 'applied')).toEqual([]);
    const created = (await allRows(server.url, token, 'contacts')).filter((row) => row.id.startsWith('k9-'));
    expect(created).toHaveLength(intents.length);
    expect(new Set(created.map((row) => row.phone)).size).toBe(intents.length);
  });
});
