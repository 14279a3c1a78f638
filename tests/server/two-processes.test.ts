/**
 * Two server processes on one PostgreSQL database give what one gives: clients hammer
 * one tenant through both at once — the same group from every client, and the same batch
 * sometimes sent to both processes together, as a retry racing the original — and every
 * edit is applied exactly once, cursors strictly increase, and no outcome is lost.
 */
import { describe, expect, it, onTestFinished } from 'vitest';
import type { Intent } from '../../src/domain/intents';
import type { MutationOutcome } from '../../src/domain/protocol';
import { POSTGRES, POSTGRES_INSTALLED } from './databases';
import { allChanges, allRows, envelopes, newContact, push, signIn } from './http-client';
import { seedTestTenant, startServerProcess, TEST_USER } from './processes';

const CLIENTS = 6;
const BATCHES = 12;
const BATCH = 5;

describe.skipIf(!POSTGRES_INSTALLED)('two server processes on one PostgreSQL', () => {
  it('apply every edit once, in one order, and keep every outcome', async () => {
    const { database, drop } = await POSTGRES.open();
    onTestFinished(drop);
    seedTestTenant(database);
    const servers = [await startServerProcess(database), await startServerProcess(database)];
    onTestFinished(() => Promise.all(servers.map((server) => server.stop())).then(() => undefined));
    const urls = servers.map((server) => server.url);
    const { token } = await signIn(urls[0] ?? '', TEST_USER.username, TEST_USER.password);
    const groups = await allRows(urls[1] ?? '', token, 'groups');
    const target = groups[0];
    if (!target) throw new Error('the demo tenant has no group');

    // Each client creates contacts and adds each one to the same group, through both processes.
    const received = new Map<string, MutationOutcome[]>();
    const run = async (client: number) => {
      const clientId = `client-${client}`;
      const outcomes: MutationOutcome[] = [];
      for (let batch = 0; batch < BATCHES; batch++) {
        const intents: Intent[] = [];
        for (let i = 0; i < BATCH; i++) {
          const n = client * 1_000 + batch * BATCH + i;
          intents.push(newContact('tp', n));
          if (i % 2 === 1)
            intents.push({ name: 'group.addMembers', args: { id: target.id, memberIds: [`tp-${n}`] } } as Intent);
        }
        const mutations = envelopes(clientId, outcomes.length + 1, intents);
        const first = urls[(client + batch) % 2] ?? '';
        const second = urls[(client + batch + 1) % 2] ?? '';
        // Every third batch also goes to the other process at the same moment: a retry racing its original.
        const answers = await Promise.all(
          batch % 3 === 0
            ? [push(first, token, clientId, mutations), push(second, token, clientId, mutations)]
            : [push(first, token, clientId, mutations)],
        );
        for (const answer of answers) expect(answer.outcomes).toEqual(answers[0]?.outcomes);
        outcomes.push(...(answers[0]?.outcomes ?? []));
      }
      received.set(clientId, outcomes);
    };
    await Promise.all(Array.from({ length: CLIENTS }, (_, client) => run(client)));

    const perClient = BATCHES * (BATCH + Math.floor(BATCH / 2));
    for (const [clientId, outcomes] of received) {
      expect(outcomes.map((outcome) => outcome.seq)).toEqual(Array.from({ length: perClient }, (_, i) => i + 1));
      expect(outcomes.filter((outcome) => outcome.status !== 'applied' && outcome.status !== 'merged')).toEqual([]);
      // No lost outcome: replaying the whole history through either process answers the very same outcomes.
      const replayed = await push(
        urls[1] ?? '',
        token,
        clientId,
        envelopes(clientId, 1, Array(perClient).fill(newContact('tp', 0))),
      );
      expect(replayed.outcomes).toEqual(outcomes);
    }

    const { changes, lastAppliedSeq } = await allChanges(urls[0] ?? '', token, 'client-0');
    expect(lastAppliedSeq).toBe(perClient);
    const cursors = changes.map((change) => change.cursor);
    expect(cursors).toEqual([...cursors].sort((a, b) => a - b));
    expect(new Set(cursors).size).toBe(cursors.length);

    const created = (await allRows(urls[1] ?? '', token, 'contacts')).filter((row) => row.id.startsWith('tp-'));
    expect(created).toHaveLength(CLIENTS * BATCHES * BATCH);
    const group = (await allRows(urls[0] ?? '', token, 'groups')).find((row) => row.id === target.id);
    const added = group?.memberIds.filter((id) => id.startsWith('tp-')) ?? [];
    expect(added).toHaveLength(CLIENTS * BATCHES * Math.floor(BATCH / 2));
    expect(new Set(added).size).toBe(added.length);
  });
});
