/** The fault switches, through `serveWithFaults` and the server core's Fetch handler. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Group } from '../src/domain/model';
import { API, type PushResponse } from '../src/domain/protocol';
import type { PttCore } from '../server/core/core';
import { fetchHandler } from '../server/core/fetch';
import { gagnonAdmin, type Admin } from '../server/core/test-kit';
import { createRandom } from '../server/seed/rng';
import { createFaultController, serveWithFaults, type FaultController } from './faults';

let server: PttCore;
let faults: FaultController;
let admin: Admin;
let group: Group;

beforeEach(async () => {
  faults = createFaultController({ random: createRandom(42) });
  ({ server, admin, group } = await gagnonAdmin());
});

afterEach(() => vi.useRealTimers());

interface Answer {
  status: number;
  body: unknown;
  headers: Record<string, string>;
}

/** One request through the switches, its answer as plain data. */
async function serve(init: { path: string; method?: string; body?: string } = pull): Promise<Answer | 'networkError'> {
  const request = new Request(`http://ptt.test${init.path}`, {
    method: init.method ?? 'GET',
    headers: { Authorization: `Bearer ${admin.token}` },
    ...(init.body === undefined ? {} : { body: init.body }),
  });
  const answer = await serveWithFaults(faults, fetchHandler(server), request);
  if (answer === 'networkError') return answer;
  const { 'content-type': _json, ...headers } = Object.fromEntries(answer.headers);
  return { status: answer.status, body: await answer.json(), headers };
}

const pull = { path: `${API.changes}?since=0&limit=1` };
const renameRequest = (seq: number, name: string) => ({
  method: 'POST',
  path: API.mutations,
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
    faults.setOffline(true);
    expect(await serve(renameRequest(1, 'Offline'))).toBe('networkError');
    expect(await currentName()).toBe(group.name);
    faults.setOffline(false);
    expect(await serve(renameRequest(1, 'Online'))).toMatchObject({ status: 200 });
    expect(await currentName()).toBe('Online');
  });

  it('network cut while a request waits out its latency: the request fails', async () => {
    vi.useFakeTimers();
    faults.setLatency(1_000);
    const pending = serve(renameRequest(1, 'Cut'));
    faults.setOffline(true);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await pending).toBe('networkError');
    expect(await currentName()).toBe(group.name);
  });

  it('latency: a fixed delay, or a random one within the range', async () => {
    vi.useFakeTimers();
    faults.setLatency(500);
    let settled = false;
    const fixed = serve().then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(499);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await fixed;
    expect(settled).toBe(true);

    faults.setLatency({ minMs: 200, maxMs: 400 });
    const delays = Array.from({ length: 50 }, () => faults.plan().delayMs);
    expect(Math.min(...delays)).toBeGreaterThanOrEqual(200);
    expect(Math.max(...delays)).toBeLessThanOrEqual(400);
    expect(new Set(delays).size).toBeGreaterThan(10);
    faults.setLatency(0);
    expect(faults.plan().delayMs).toBe(0);
  });

  it('error rate: 500/503/429 instead of handling; 503 and 429 carry Retry-After', async () => {
    faults.setErrorRate(1, { statuses: [503, 429], retryAfterSeconds: 7 });
    const answers = await Promise.all(Array.from({ length: 20 }, () => serve(renameRequest(1, 'Never'))));
    for (const answer of answers) {
      expect(answer).toMatchObject({ headers: { 'retry-after': '7' } });
      expect([503, 429]).toContain(answer !== 'networkError' && answer.status);
    }
    expect(
      new Set(answers.map((a) => a !== 'networkError' && a.body && (a.body as { reason: string }).reason)),
    ).toEqual(new Set(['unavailable', 'tooManyRequests']));
    expect(await currentName()).toBe(group.name);

    faults.setErrorRate(1, { statuses: [500] });
    expect(await serve()).toMatchObject({ status: 500, body: { reason: 'unavailable' } });
    expect(await serve()).not.toHaveProperty(['headers', 'retry-after']);
  });

  it('error rate between 0 and 1 fails about that share of requests', async () => {
    faults.setErrorRate(0.3);
    const answers = await Promise.all(Array.from({ length: 200 }, () => serve()));
    const failed = answers.filter((a) => a !== 'networkError' && a.status !== 200).length;
    expect(failed).toBeGreaterThan(35);
    expect(failed).toBeLessThan(85);
  });

  it('failNext: the next requests fail with the given status, then all is well', async () => {
    faults.failNext(2, 429);
    expect(await serve()).toMatchObject({ status: 429 });
    expect(await serve()).toMatchObject({ status: 429 });
    expect(await serve()).toMatchObject({ status: 200 });
  });

  it('commit, then lose the response: the edit is applied once, and the retry gets the stored outcome', async () => {
    faults.loseNextResponses(1);
    expect(await serve(renameRequest(1, 'Committed'))).toBe('networkError');
    expect(await currentName()).toBe('Committed');
    const retry = await serve(renameRequest(1, 'Committed'));
    expect(retry).toMatchObject({ status: 200, body: { lastAppliedSeq: 1 } });
    expect(retry !== 'networkError' && (retry.body as PushResponse).outcomes[0]).toMatchObject({ status: 'applied' });
    const pulled = await admin.changes(0);
    expect(pulled.changes.filter((change) => change.id === group.id)).toHaveLength(1);
  });

  it('lose-response rate loses responses of committed requests', async () => {
    faults.setLoseResponseRate(1);
    expect(await serve(renameRequest(1, 'Lost'))).toBe('networkError');
    expect(await currentName()).toBe('Lost');
  });

  it('settings are observable and reset to a well-behaved network', async () => {
    const listener = vi.fn();
    const unsubscribe = faults.subscribe(listener);
    faults.setOffline(true);
    faults.setLatency({ minMs: 900, maxMs: 100 });
    faults.setErrorRate(4);
    expect(faults.getSettings()).toMatchObject({
      offline: true,
      latency: { minMs: 900, maxMs: 900 },
      errorRate: 1,
    });
    expect(listener).toHaveBeenCalledTimes(3);
    faults.reset();
    expect(faults.getSettings()).toMatchObject({
      offline: false,
      latency: { minMs: 0, maxMs: 0 },
      errorRate: 0,
      loseResponseRate: 0,
    });
    unsubscribe();
    faults.setOffline(true);
    expect(listener).toHaveBeenCalledTimes(4);
  });
});
