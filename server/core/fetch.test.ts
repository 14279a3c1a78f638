/** The core as a Fetch handler, as a Node HTTP server would call it (no MSW in between). */
import { describe, expect, it } from 'vitest';
import { API, type SignInResponse } from '../../src/domain/protocol';
import { fetchHandler } from './fetch';
import { GAGNON, memoryCore } from './test-kit';

const api = fetchHandler(memoryCore([GAGNON]));
const call = (path: string, init: RequestInit = {}) => api(new Request(`http://127.0.0.1:8080${path}`, init));

describe('fetchHandler', () => {
  it('answers JSON with the status, reads the body and the bearer token, and answers 204 with no body', async () => {
    const signIn = await call(API.session, {
      method: 'POST',
      body: JSON.stringify({ username: 'admin@gagnon.demo', password: 'demo' }),
    });
    expect(signIn.status).toBe(200);
    expect(signIn.headers.get('Content-Type')).toBe('application/json');
    const { token } = (await signIn.json()) as SignInResponse;

    const page = await call(`${API.snapshot}?table=groups&limit=2`, { headers: { Authorization: `Bearer ${token}` } });
    expect(await page.json()).toMatchObject({ table: 'groups', total: GAGNON.size.groups, rows: [{}, {}] });

    const signOut = await call(API.session, { method: 'DELETE', headers: { Authorization: `Bearer ${token}` } });
    expect(signOut.status).toBe(204);
    expect(await signOut.text()).toBe('');
    const after = await call(`${API.changes}?since=0`, { headers: { Authorization: `Bearer ${token}` } });
    expect([after.status, await after.json()]).toEqual([401, { reason: 'unauthorized' }]);
  });
});
