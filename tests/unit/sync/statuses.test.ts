/**
 * Every answer has one meaning (docs/api.md): no answer, 5xx, 429 and 408 are retried with
 * backoff; 401 pauses; any other 4xx on a push turns the edit it refuses into a sync issue
 * and the queue goes on; on a pull it waits, telling why. A full disk makes the sync wait and
 * say so. And the watchdog: whatever a server answers, the engine never loops without a wait.
 */
import { http, HttpResponse } from 'msw';
import { Dexie, type Table } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import type { PushRequest, PushResponse } from '../../../src/domain/protocol';
import { Client, externalContact, serverRow, serverView, signIn, syncedClient, useBackend, watchdog } from './harness';

const holder = useBackend();

const refusal = (status: number) => () =>
  HttpResponse.json({ reason: 'malformed', message: `refused with ${status}` }, { status });

describe('what each status means', () => {
  it.each([408, 500, 502, 503, 429])('%i: retried after a wait, then the edit is applied once', async (status) => {
    const client = await syncedClient();
    await client.edit(externalContact('x-1', '8195550101'));
    holder.backend.msw.use(http.post('*/api/mutations', refusal(status), { once: true }));
    expect(await client.sync()).toBe('done');
    expect(client.clock.sleeps).toHaveLength(1);
    expect(await client.db.syncIssues.count()).toBe(0);
    expect(await serverRow(holder.backend, 'contacts', 'x-1')).toBeDefined();
  });

  it.each([400, 403, 404, 413, 422])(
    '%i on a push: the edit it refuses becomes a sync issue with the answer; the others go through',
    async (status) => {
      const client = await syncedClient();
      const refused = await client.edit(externalContact('x-refused', '8195550101'));
      await client.edit(externalContact('x-after', '8195550102'));
      holder.backend.msw.use(
        http.post('*/api/mutations', async ({ request }) => {
          const body = (await request.clone().json()) as PushRequest;
          return body.mutations.some((mutation) => mutation.key === refused.key) ? refusal(status)() : undefined;
        }),
      );
      expect(await client.sync()).toBe('done');
      expect(await client.db.syncIssues.toArray()).toEqual([
        expect.objectContaining({
          key: refused.key,
          outcome: expect.objectContaining({
            reason: 'refused',
            detail: { status, message: `refused with ${status}` },
          }),
        }),
      ]);
      expect(await serverRow(holder.backend, 'contacts', 'x-after')).toBeDefined();
      expect(client.clock.sleeps).toEqual([]);
      expect(await client.view()).toEqual(await serverView(holder.backend));
    },
  );

  it('404 on a pull: waits and tells why, and goes on once the server answers again', async () => {
    const client = await syncedClient();
    holder.backend.msw.use(http.get('*/api/changes', refusal(404)));
    const problems: unknown[] = [];
    client.clock.onSleep = () => {
      problems.push(client.engine.status.getState().problem);
      if (problems.length === 2) holder.backend.msw.resetHandlers();
    };
    expect(await client.sync()).toBe('done');
    expect(problems).toEqual([
      { kind: 'refused', status: 404, message: 'refused with 404' },
      { kind: 'refused', status: 404, message: 'refused with 404' },
    ]);
    expect(client.engine.status.getState().problem).toBeNull();
  });

  it('an answer about another edit is never filed: the device starts its numbering over', async () => {
    const client = await syncedClient();
    const edit = await client.edit(externalContact('x-1', '8195550101'));
    holder.backend.msw.use(
      http.post(
        '*/api/mutations',
        () =>
          HttpResponse.json({
            generation: 'whatever',
            outcomes: [{ seq: edit.seq, key: 'another-edit', status: 'rejected', reason: 'notFound' }],
            lastAppliedSeq: edit.seq,
          } satisfies PushResponse),
        { once: true },
      ),
    );
    expect(await client.sync()).toBe('done');
    expect(await client.db.syncIssues.count()).toBe(0);
    expect(await serverRow(holder.backend, 'contacts', 'x-1')).toBeDefined();
  });
});

describe('storage full during the first sync', () => {
  it('says the device is out of space, never that it is done, and finishes once space frees up', async () => {
    const client = new Client(await signIn());
    const bulkPut = client.db.Table.prototype.bulkPut;
    const full = vi.spyOn(client.db.Table.prototype, 'bulkPut').mockImplementation(function (this: Table, ...args) {
      if (this.name === 'contacts')
        return Dexie.Promise.reject(new DOMException('The quota is exceeded.', 'QuotaExceededError'));
      return bulkPut.apply(this, args);
    });
    const seen: unknown[] = [];
    client.clock.onSleep = (count) => {
      seen.push(client.engine.status.getState());
      if (count === 3) full.mockRestore();
    };
    expect(await client.sync()).toBe('done');
    expect(seen).toEqual(
      Array.from({ length: 3 }, () =>
        expect.objectContaining({ phase: 'waitingToRetry', problem: { kind: 'storageFull' } }),
      ),
    );
    expect(client.engine.status.getState()).toMatchObject({ phase: 'idle', problem: null });
    expect(await client.view()).toEqual(await serverView(holder.backend));
  });
});

describe('the watchdog: no loop without a wait, whatever the server answers', () => {
  const answers = {
    'pushes answered with no outcome': http.post('*/api/mutations', () =>
      HttpResponse.json({ generation: 'g', outcomes: [], lastAppliedSeq: 0 }),
    ),
    'a gap that never closes': http.post('*/api/mutations', () =>
      HttpResponse.json({ reason: 'sequenceGap', expectedSeq: 1 }, { status: 409 }),
    ),
    'every pull refused as another history': http.get('*/api/changes', () =>
      HttpResponse.json(
        { reason: 'generationChanged', generation: { id: 'other', lineage: [] }, cursor: 0 },
        { status: 410 },
      ),
    ),
    'a server that forgets every edit it answers': http.get('*/api/changes', () =>
      HttpResponse.json({ generation: 'g', changes: [], cursor: 1e6, hasMore: false, lastAppliedSeq: 0 }),
    ),
    'every push refused': http.post('*/api/mutations', refusal(400)),
  };

  it.each(Object.entries(answers))('%s', async (_, answer) => {
    const client = await syncedClient();
    await client.edit(externalContact('x-1', '8195550101'));
    holder.backend.msw.use(answer);
    // Ends done (the edit listed) or keeps retrying after waits (stopped at the 20th); never a run of requests without one.
    client.clock.onSleep = (count) => count === 20 && void client.engine.stop();
    expect(['done', 'stopped']).toContain(await client.sync());
    expect(watchdog.tripped).toBe(false);
  });
});
