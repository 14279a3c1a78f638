/** The MSW adapter, with real fetch calls through `setupServer`. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  API,
  type ChangesResponse,
  type PushResponse,
  type SignInResponse,
  type SnapshotResponse,
} from '../src/domain/protocol';
import { GAGNON } from '../server/core/test-kit';
import { createTestBackend } from './node';

const backend = createTestBackend({ tenants: [GAGNON] });
const BASE = 'http://ptt.test';

beforeAll(() => backend.msw.listen({ onUnhandledRequest: 'error' }));
afterEach(() => backend.faults.reset());
afterAll(() => backend.msw.close());

async function signIn(): Promise<SignInResponse> {
  const response = await fetch(`${BASE}${API.session}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'admin@gagnon.demo', password: 'demo' }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as SignInResponse;
}

const authed = (token: string, init: RequestInit = {}): RequestInit => ({
  ...init,
  headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
});

describe('MSW adapter', () => {
  it('signs in, reads a snapshot, pushes a mutation and pulls it back', async () => {
    const { token, tenant } = await signIn();
    expect(tenant.id).toBe(GAGNON.id);
    const snapshot = (await (
      await fetch(`${BASE}${API.snapshot}?table=groups`, authed(token))
    ).json()) as SnapshotResponse<'groups'>;
    const group = snapshot.rows[0];
    expect(snapshot.total).toBe(GAGNON.size.groups);

    const push = await fetch(
      `${BASE}${API.mutations}`,
      authed(token, {
        method: 'POST',
        body: JSON.stringify({
          clientId: 'tablet-1',
          mutations: [
            {
              seq: 1,
              key: 'tablet-1:1',
              intent: { name: 'group.rename', args: { id: group?.id, name: 'Chantier Lévis' } },
              base: { version: group?.version, fields: { name: group?.name } },
            },
          ],
        }),
      }),
    );
    expect(((await push.json()) as PushResponse).outcomes[0]).toMatchObject({ status: 'applied' });

    const changes = (await (
      await fetch(`${BASE}${API.changes}?since=${snapshot.cursor}&clientId=tablet-1`, authed(token))
    ).json()) as ChangesResponse;
    expect(changes).toMatchObject({ lastAppliedSeq: 1, changes: [{ id: group?.id, row: { name: 'Chantier Lévis' } }] });
  });

  it('matches relative-to-origin paths on any host and answers 401 without a token', async () => {
    const response = await fetch(`http://localhost:5173${API.changes}?since=0`);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ reason: 'unauthorized' });
  });

  it('answers malformed JSON with 400 and unknown /api calls with 404', async () => {
    const { token } = await signIn();
    const bad = await fetch(`${BASE}${API.mutations}`, authed(token, { method: 'POST', body: '{oops' }));
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ reason: 'malformed' });
    expect((await fetch(`${BASE}/api/teapot`, authed(token))).status).toBe(404);
  });

  it('signs out with 204 and no body', async () => {
    const { token } = await signIn();
    const response = await fetch(`${BASE}${API.session}`, authed(token, { method: 'DELETE' }));
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
  });

  it('turns network off and lost responses into failed fetches', async () => {
    const { token } = await signIn();
    backend.faults.setOffline(true);
    await expect(fetch(`${BASE}${API.changes}?since=0`, authed(token))).rejects.toThrow(TypeError);
    backend.faults.setOffline(false);
    backend.faults.loseNextResponses(1);
    await expect(fetch(`${BASE}${API.changes}?since=0`, authed(token))).rejects.toThrow(TypeError);
    expect((await fetch(`${BASE}${API.changes}?since=0`, authed(token))).status).toBe(200);
  });

  it('passes injected errors with their Retry-After header', async () => {
    const { token } = await signIn();
    backend.faults.failNext(1, 429);
    const response = await fetch(`${BASE}${API.changes}?since=0`, authed(token));
    expect(response.status).toBe(429);
    expect(response.headers.get('Retry-After')).toBe('2');
    expect(await response.json()).toMatchObject({ reason: 'tooManyRequests' });
  });

  it('lets the other admin edit what the app then pulls', async () => {
    const { token } = await signIn();
    const start = await backend.server.read(GAGNON.id, (tx) => tx.cursor());
    await backend.otherAdmin(GAGNON.id).createExternalContact('Garage Bélanger', '819 555 0123');
    const pulled = (await (
      await fetch(`${BASE}${API.changes}?since=${start}`, authed(token))
    ).json()) as ChangesResponse;
    expect(pulled.changes).toEqual([
      expect.objectContaining({
        op: 'put',
        row: expect.objectContaining({ name: 'Garage Bélanger', phone: '8195550123', kind: 'external' }),
      }),
    ]);
  });
});
