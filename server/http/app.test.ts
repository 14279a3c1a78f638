// @vitest-environment node
/**
 * The Node server over HTTP, in this process, on PGlite: what a browser and an attacker
 * meet — security headers everywhere, the app's pages and files, server mode announced,
 * sign-out that ends the token, no password or token kept as given, sign-in limits per
 * account and per address (with and without a trusted proxy), hostile input answered 400
 * and never 500.
 */
import { request as httpRequest } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API } from '../../src/domain/protocol';
import { MALFORMED_REQUESTS } from '../core/malformed-requests';
import { hashToken } from '../core/sessions';
import { SIGN_IN_LIMITS } from '../core/sign-in-throttle';
import { createAccount } from '../admin/commands';
import { demoTenants } from '../seed/demo';
import { seedInBulk } from '../postgres/bulk-load';
import { emptyAllTables } from '../postgres/testing';
import { scryptPasswordHasher } from './scrypt';
import { startServer, type RunningServer } from './start';

const folder = mkdtempSync(join(tmpdir(), 'ptt-http-'));
const distDir = join(folder, 'dist');
const cheapCost = { logN: 10, r: 8, p: 1 };
let direct: RunningServer;
let proxied: RunningServer;

beforeAll(async () => {
  mkdirSync(join(distDir, 'assets'), { recursive: true });
  writeFileSync(join(distDir, 'index.html'), '<!doctype html><title>PTT Admin</title>');
  writeFileSync(join(distDir, 'assets', 'index-abc123.js'), 'console.log(1)');
  // What the build makes for demo mode only (src/domain/page-policy.ts).
  writeFileSync(join(distDir, 'mockServiceWorker.js'), 'self.msw = true');
  writeFileSync(join(distDir, 'assets', 'demo-browser-abc123.js'), 'export const demo = true');
  const common = { host: '127.0.0.1', port: 0, distDir, scryptCost: cheapCost, corsOrigins: [] };
  direct = await startServer({ ...common, database: { dataDir: join(folder, 'pglite') }, trustedProxies: 0 });
  await emptyAllTables(direct.store.db);
  await seedInBulk(direct.store, [demoTenants()[0]!], scryptPasswordHasher(cheapCost));
  // A second server as if behind one reverse proxy, and called by an app on another origin.
  proxied = await startServer({
    ...common,
    database: { dataDir: join(folder, 'pglite-2') },
    trustedProxies: 1,
    corsOrigins: ['https://app.example'],
  });
  await seedInBulk(proxied.store, [demoTenants()[0]!], scryptPasswordHasher(cheapCost));
}, 90_000);

afterAll(async () => {
  await direct?.close();
  await proxied?.close();
  rmSync(folder, { recursive: true, force: true });
});

/** A request exactly as written (fetch would tidy `..` away), on its own connection. */
function rawRequest(server: RunningServer, method: string, path: string, body?: string) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const outgoing = httpRequest(`${server.url}${path}`, { method, agent: false, path }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text }));
    });
    // The server may answer (413) and close before the whole body is sent.
    outgoing.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' ? undefined : reject(error)));
    outgoing.end(body);
  });
}

const signIn = (server: RunningServer, username: string, password: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${API.session}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify({ username, password }),
  });

describe('pages and headers', () => {
  it('serves every answer with the security headers: CSP without inline script, nosniff, no framing, no referrer', async () => {
    for (const path of ['/', '/master-list', '/config.json', API.snapshot, '/assets/index-abc123.js']) {
      const response = await fetch(`${direct.url}${path}`);
      const csp = response.headers.get('Content-Security-Policy') ?? '';
      expect(csp, path).toContain("script-src 'self';");
      expect(csp, path).toContain("connect-src 'self';");
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(response.headers.get('X-Content-Type-Options'), path).toBe('nosniff');
      expect(response.headers.get('X-Frame-Options'), path).toBe('DENY');
      expect(response.headers.get('Referrer-Policy'), path).toBe('no-referrer');
    }
  });

  it('says it is a server, and serves the app: hashed files for good, pages fresh, a missing file 404', async () => {
    const config = await fetch(`${direct.url}/config.json`);
    expect(await config.json()).toEqual({ mode: 'server' });
    expect(config.headers.get('Cache-Control')).toBe('no-store');
    const asset = await fetch(`${direct.url}/assets/index-abc123.js`);
    expect(asset.headers.get('Cache-Control')).toContain('immutable');
    const deepLink = await fetch(`${direct.url}/groups/g-1`);
    expect(await deepLink.text()).toContain('<title>PTT Admin</title>');
    expect(deepLink.headers.get('Cache-Control')).toBe('no-cache');
    expect((await fetch(`${direct.url}/assets/missing.js`)).status).toBe(404);
    for (const path of [
      '/../package.json',
      '/assets/../../package.json',
      '/..%2fpackage.json',
      '/%2e%2e/package.json',
    ]) {
      const answer = await rawRequest(direct, 'GET', path);
      expect(answer.body, path).not.toContain('"name": "ptt-admin"');
    }
  });

  it('serves none of the demo’s files: MSW’s worker and the simulated back-end answer 404', async () => {
    for (const path of ['/mockServiceWorker.js', '/assets/demo-browser-abc123.js']) {
      const answer = await fetch(`${direct.url}${path}`);
      expect(answer.status, path).toBe(404);
      expect(await answer.text(), path).not.toContain('msw');
    }
  });
});

describe('another origin', () => {
  it('lets only the configured app origin call the API (CORS), and no origin by default', async () => {
    const preflight = (server: RunningServer, origin: string) =>
      fetch(`${server.url}${API.mutations}`, {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'authorization',
        },
      });
    const allowed = await preflight(proxied, 'https://app.example');
    expect(allowed.headers.get('Access-Control-Allow-Origin')).toBe('https://app.example');
    expect(allowed.headers.get('Access-Control-Allow-Headers')).toContain('Authorization');
    expect((await preflight(proxied, 'https://evil.example')).headers.get('Access-Control-Allow-Origin')).toBeNull();
    expect((await preflight(direct, 'https://app.example')).headers.get('Access-Control-Allow-Origin')).toBeNull();
  });
});

describe('sessions', () => {
  it('signs in against the database, and sign-out ends the token for good', async () => {
    const response = await signIn(direct, 'Admin@Gagnon.demo', 'demo');
    expect(response.status).toBe(200);
    const { token } = (await response.json()) as { token: string };
    const snapshot = () =>
      fetch(`${direct.url}${API.snapshot}?table=groups`, { headers: { Authorization: `Bearer ${token}` } });
    expect((await snapshot()).status).toBe(200);
    expect(
      (await fetch(`${direct.url}${API.session}`, { method: 'DELETE', headers: { Authorization: `Bearer ${token}` } }))
        .status,
    ).toBe(204);
    expect((await snapshot()).status).toBe(401);
  });

  it('keeps neither a password nor a session token as given, in any table of the database', async () => {
    const password = 'phrase secrète du quai 7';
    await createAccount(direct.store, scryptPasswordHasher(cheapCost), {
      tenantId: demoTenants()[0]!.id,
      username: 'quai7@gagnon.demo',
      displayName: 'Quai Sept',
      role: 'administrator',
      password,
    });
    const response = await signIn(direct, 'quai7@gagnon.demo', password);
    expect(response.status).toBe(200);
    const { token } = (await response.json()) as { token: string };

    const tables = await direct.store.db.query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public'",
    );
    const everything = (
      await Promise.all(
        tables.map(({ tablename }) =>
          direct.store.db.query(`SELECT row_to_json(t)::text AS row FROM "${tablename}" t`),
        ),
      )
    )
      .flat()
      .map(({ row }) => String(row))
      .join('\n');
    expect(everything).toContain('quai7@gagnon.demo'); // the dump does hold the account…
    expect(everything).toContain(await hashToken(token)); // …and its session, by the token's SHA-256
    expect(everything).not.toContain(password);
    expect(everything).not.toContain(token);
  });
});

describe('hostile input', () => {
  it.each(MALFORMED_REQUESTS)('%s: 400, never a 500 from the database', async (_label, method, url, body) => {
    const { token } = (await (await signIn(direct, 'admin@gagnon.demo', 'demo')).json()) as { token: string };
    const response = await fetch(`${direct.url}${url}`, {
      method,
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    expect(response.status).toBe(400);
  });

  it('refuses a body over 2 MB before reading it all', async () => {
    const body = JSON.stringify({ clientId: 'c', mutations: [], padding: 'x'.repeat(3 * 1024 * 1024) });
    expect((await rawRequest(direct, 'POST', API.mutations, body)).status).toBe(413);
  });
});

describe('sign-in limits over HTTP', () => {
  it('one address trying many usernames gets 429 with Retry-After, whatever X-Forwarded-For it writes', async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.perAddress.attempts; i++) {
      const response = await signIn(direct, `nobody${i}@spray.test`, 'wrong', { 'X-Forwarded-For': `198.51.100.${i}` });
      expect(response.status).toBe(401);
    }
    const refused = await signIn(direct, 'admin@gagnon.demo', 'demo', { 'X-Forwarded-For': '192.0.2.99' });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('Retry-After'))).toBeGreaterThan(800);
    expect(await refused.json()).toMatchObject({ reason: 'tooManyRequests' });
  });

  it('behind a trusted proxy, counts the address the proxy saw, not the ones the client wrote', async () => {
    const viaProxy = (address: string, written = '6.6.6.6') =>
      signIn(proxied, 'nobody@spray.test', 'wrong', { 'X-Forwarded-For': `${written}, ${address}` });
    for (let i = 0; i < SIGN_IN_LIMITS.perAddress.attempts; i++) {
      const response = await signIn(proxied, `user${i}@spray.test`, 'wrong', {
        'X-Forwarded-For': `10.9.9.${i}, 203.0.113.5`,
      });
      expect(response.status).toBe(401);
    }
    expect((await viaProxy('203.0.113.5', '1.1.1.1')).status).toBe(429);
    expect((await signIn(proxied, 'admin@gagnon.demo', 'demo', { 'X-Forwarded-For': '203.0.113.6' })).status).toBe(200);
  });
});
