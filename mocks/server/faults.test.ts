/** The fault switches and "another admin", through `serveWithFaults` and the server core. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Group } from '../../src/domain/model';
import { API, type ChangesResponse, type PushResponse } from '../../src/domain/protocol';
import { createRandom } from '../seed/rng';
import { serveWithFaults } from './faults';
import { createOtherAdmin } from './other-admin';
import { createMemoryServer, type ApiRequest, type PttServer } from './server';
import { connect, GAGNON, type Admin } from './test-kit';

let server: PttServer;
let admin: Admin;
let group: Group;

beforeEach(async () => {
  server = createMemoryServer({ tenants: [GAGNON], faults: { random: createRandom(42) } });
  admin = await connect(server, 'admin@gagnon.demo');
  group = (await admin.snapshotAll('groups'))[0] as Group;
});

afterEach(() => vi.useRealTimers());

const pull: ApiRequest = { method: 'GET', url: `${API.changes}?since=0&limit=1` };
const serve = (request: ApiRequest = pull) =>
  serveWithFaults(server, { ...request, authorization: `Bearer ${admin.token}` });
const renameRequest = (seq: number, name: string): ApiRequest => ({
  method: 'POST',
  url: API.mutations,
  body: JSON.stringify({
    clientId: admin.clientId,
    mutations: [admin.envelope(seq, { name: 'group.rename', args: { id: group.id, name } }, null)],
  }),
});
const currentName = async () => (await admin.row('groups', group.id))?.name;

describe('fault switches', () => {
  it('a well-behaved network passes requests through', async () => {
    expect(await serve()).toMatchObject({ status: 200 });
  });

  it('network off: every request fails as a network error and reaches nothing', async () => {
    server.faults.setOffline(true);
    expect(await serve(renameRequest(1, 'Offline'))).toBe('networkError');
    expect(await currentName()).toBe(group.name);
    server.faults.setOffline(false);
    expect(await serve(renameRequest(1, 'Online'))).toMatchObject({ status: 200 });
    expect(await currentName()).toBe('Online');
  });

  it('network cut while a request waits out its latency: the request fails', async () => {
    vi.useFakeTimers();
    server.faults.setLatency(1_000);
    const pending = serve(renameRequest(1, 'Cut'));
    server.faults.setOffline(true);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await pending).toBe('networkError');
    expect(await currentName()).toBe(group.name);
  });

  it('latency: a fixed delay, or a random one within the range', async () => {
    vi.useFakeTimers();
    server.faults.setLatency(500);
    let settled = false;
    const fixed = serve().then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(499);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await fixed;
    expect(settled).toBe(true);

    server.faults.setLatency({ minMs: 200, maxMs: 400 });
    const delays = Array.from({ length: 50 }, () => server.faults.plan().delayMs);
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(200);
    expect(Math.max(...delays)).toBeLessThanOrEqual(400);
    expect(new Set(delays).size).toBeGreaterThan(10);
    server.faults.setLatency(0);
    expect(server.faults.plan().delayMs).toBe(0);
  });

  it('error rate: 500/503/429 instead of handling; 503 and 429 carry Retry-After', async () => {
    server.faults.setErrorRate(1, { statuses: [503, 429], retryAfterSeconds: 7 });
    const answers = await Promise.all(Array.from({ length: 20 }, () => serve(renameRequest(1, 'Never'))));
    for (const answer of answers) {
      expect(answer).toMatchObject({ headers: { 'Retry-After': '7' } });
      expect([503, 429]).toContain(answer !== 'networkError' && answer.status);
    }
    expect(
      new Set(answers.map((a) => a !== 'networkError' && a.body && (a.body as { reason: string }).reason)),
    ).toEqual(new Set(['unavailable', 'tooManyRequests']));
    expect(await currentName()).toBe(group.name);

    server.faults.setErrorRate(1, { statuses: [500] });
    expect(await serve()).toMatchObject({ status: 500, body: { reason: 'unavailable' } });
    expect(await serve()).not.toHaveProperty('headers');
  });

  it('error rate between 0 and 1 fails about that share of requests', async () => {
    server.faults.setErrorRate(0.3);
    const answers = await Promise.all(Array.from({ length: 200 }, () => serve()));
    const failed = answers.filter((a) => a !== 'networkError' && a.status !== 200).length;
    expect(failed).toBeGreaterThan(35);
    expect(failed).toBeLessThan(85);
  });

  it('failNext: the next requests fail with the given status, then all is well', async () => {
    server.faults.failNext(2, 429);
    expect(await serve()).toMatchObject({ status: 429 });
    expect(await serve()).toMatchObject({ status: 429 });
    expect(await serve()).toMatchObject({ status: 200 });
  });

  it('commit, then lose the response: the edit is applied once, and the retry gets the stored outcome', async () => {
    server.faults.loseNextResponses(1);
    expect(await serve(renameRequest(1, 'Committed'))).toBe('networkError');
    expect(await currentName()).toBe('Committed');
    const retry = await serve(renameRequest(1, 'Committed'));
    expect(retry).toMatchObject({ status: 200, body: { lastAppliedSeq: 1 } });
    expect(retry !== 'networkError' && (retry.body as PushResponse).outcomes[0]).toMatchObject({ status: 'applied' });
    const pulled = await admin.changes(0);
    expect(pulled.changes.filter((change) => change.id === group.id)).toHaveLength(1);
  });

  it('lose-response rate loses responses of committed requests', async () => {
    server.faults.setLoseResponseRate(1);
    expect(await serve(renameRequest(1, 'Lost'))).toBe('networkError');
    expect(await currentName()).toBe('Lost');
  });

  it('settings are observable and reset to a well-behaved network', async () => {
    const listener = vi.fn();
    const unsubscribe = server.faults.subscribe(listener);
    server.faults.setOffline(true);
    server.faults.setLatency({ minMs: 900, maxMs: 100 });
    server.faults.setErrorRate(4);
    expect(server.faults.getSettings()).toMatchObject({
      offline: true,
      latency: { minMs: 900, maxMs: 900 },
      errorRate: 1,
    });
    expect(listener).toHaveBeenCalledTimes(3);
    server.faults.reset();
    expect(server.faults.getSettings()).toMatchObject({
      offline: false,
      latency: { minMs: 0, maxMs: 0 },
      errorRate: 0,
      loseResponseRate: 0,
    });
    unsubscribe();
    server.faults.setOffline(true);
    expect(listener).toHaveBeenCalledTimes(4);
  });
});

describe('another admin', () => {
  const changedSince = async (cursor: number) => (await admin.changes(cursor)).changes;

  it('renames, re-members and deletes through the change log, so the app pulls it', async () => {
    const other = createOtherAdmin(server, GAGNON.id);
    const start = (await admin.changes(0)).cursor;
    expect(await other.renameGroup(group.id, 'Renommé par Julie')).toMatchObject({ result: { status: 'applied' } });
    const memberId = group.memberIds[0] as string;
    await other.removeMember(group.id, memberId);
    await other.addMember(group.id, memberId);
    const changes = await changedSince(start);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ id: group.id, op: 'put', row: { name: 'Renommé par Julie' } });
    expect((changes[0]?.row as Group).memberIds.at(-1)).toBe(memberId);

    await other.deleteGroup(group.id);
    expect((await changedSince(start)).find((c) => c.id === group.id)).toMatchObject({ op: 'delete' });
  });

  it('creates rows with the same rules as everyone: a refused edit changes nothing', async () => {
    const other = createOtherAdmin(server, GAGNON.id);
    const created = await other.createExternalContact('Remorquage Côté', '(613) 555-0199');
    expect(created.result.status).toBe('applied');
    const refused = await other.createGroup(group.name.toUpperCase());
    expect(refused.result).toEqual({ status: 'rejected', reason: 'name.taken' });
  });

  it("makes the user's edit of the same field a conflict", async () => {
    const staleBase = await admin.currentBase({ name: 'group.rename', args: { id: group.id, name: '' } });
    await createOtherAdmin(server, GAGNON.id).renameGroup(group.id, 'Theirs');
    expect(await admin.send({ name: 'group.rename', args: { id: group.id, name: 'Mine' } }, staleBase)).toMatchObject({
      status: 'conflict',
      server: { fields: { name: 'Theirs' } },
    });
  });

  it('random edits are plausible (mostly applied), and reproducible from a seed', async () => {
    const runOn = async () => {
      const fresh = createMemoryServer({ tenants: [GAGNON] });
      const other = createOtherAdmin(fresh, GAGNON.id);
      const random = createRandom(5);
      const edits = [];
      for (let i = 0; i < 30; i++) edits.push(await other.randomEdit(random));
      return edits;
    };
    const first = await runOn();
    const intents = first.map((edit) => edit?.intent.name);
    expect(new Set(intents).size).toBeGreaterThan(5);
    expect(first.filter((edit) => edit?.result.status === 'applied').length).toBeGreaterThan(25);
    expect((await runOn()).map((edit) => edit?.intent)).toEqual(first.map((edit) => edit?.intent));
  });

  it('edits on a schedule until stopped, and tells its listeners', async () => {
    vi.useFakeTimers();
    const other = createOtherAdmin(server, GAGNON.id, createRandom(9));
    const heard = vi.fn();
    other.subscribe(heard);
    const start = (await admin.changes(0)).cursor;
    other.start({ everyMs: 1_000 });
    expect(other.isRunning()).toBe(true);
    await vi.advanceTimersByTimeAsync(3_000);
    other.stop();
    expect(other.isRunning()).toBe(false);
    expect(heard).toHaveBeenCalledTimes(3);
    const after = ((await admin.changes(0)) as ChangesResponse).cursor;
    expect(after).toBeGreaterThan(start);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(heard).toHaveBeenCalledTimes(3);
  });
});
