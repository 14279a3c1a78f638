// @vitest-environment node
/**
 * The admin tool's commands against the real server on PGlite: a tenant and its accounts
 * made from nothing can sign in with their role; a new password ends every session and
 * the old password; revoking signs the account out everywhere; bad input is refused with
 * a reason and writes nothing. The rules of each command, called in this process; the built
 * tool as the operator runs it (its arguments, both databases) is tests/server/admin-accounts.test.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API, type SignInResponse } from '../../src/domain/protocol';
import { scryptPasswordHasher } from '../http/scrypt';
import { startServer, type RunningServer } from '../http/start';
import { emptyAllTables } from '../postgres/testing';
import { AdminError, createAccount, createTenant, resetPassword, revokeSessions } from './commands';

const folder = mkdtempSync(join(tmpdir(), 'ptt-admin-'));
const cheapCost = { logN: 10, r: 8, p: 1 };
const passwords = scryptPasswordHasher(cheapCost);
let server: RunningServer;

beforeAll(async () => {
  server = await startServer({
    database: { dataDir: join(folder, 'pglite') },
    host: '127.0.0.1',
    port: 0,
    trustedProxies: 0,
    corsOrigins: [],
    scryptCost: cheapCost,
  });
  await emptyAllTables(server.store.db);
}, 90_000);

afterAll(async () => {
  await server?.close();
  rmSync(folder, { recursive: true, force: true });
});

const signIn = (username: string, password: string) =>
  fetch(`${server.url}${API.session}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });

async function tokenOf(username: string, password: string): Promise<string> {
  const response = await signIn(username, password);
  expect(response.status).toBe(200);
  return ((await response.json()) as SignInResponse).token;
}

const pull = (token: string) =>
  fetch(`${server.url}${API.changes}?since=0&limit=1`, { headers: { Authorization: `Bearer ${token}` } });

describe('the admin tool', () => {
  it('makes a tenant and its accounts, which sign in with their role', async () => {
    await createTenant(server.store, 'acme', 'Acme Inc.', 'small-business');
    await createAccount(server.store, passwords, {
      tenantId: 'acme',
      username: 'Admin@Acme.example',
      displayName: 'Alex Tremblay',
      role: 'administrator',
      password: 'phrase de passe 1',
    });
    await createAccount(server.store, passwords, {
      tenantId: 'acme',
      username: 'chef@acme.example',
      displayName: 'Chloé Roy',
      role: 'supervisor',
      password: 'phrase de passe 2',
    });
    const admin = (await (await signIn('admin@acme.example', 'phrase de passe 1')).json()) as SignInResponse;
    expect(admin.tenant).toMatchObject({ id: 'acme', name: 'Acme Inc.' });
    expect(admin.user).toMatchObject({ username: 'admin@acme.example', role: 'administrator' });
    const supervisor = (await (await signIn('chef@acme.example', 'phrase de passe 2')).json()) as SignInResponse;
    expect(supervisor.user.role).toBe('supervisor');
  });

  it('a new password ends every session and the old password', async () => {
    const token = await tokenOf('admin@acme.example', 'phrase de passe 1');
    expect((await pull(token)).status).toBe(200);
    expect(await resetPassword(server.store, passwords, 'admin@acme.example', 'nouvelle phrase 3')).toBeGreaterThan(0);
    expect((await pull(token)).status).toBe(401);
    expect((await signIn('admin@acme.example', 'phrase de passe 1')).status).toBe(401);
    expect((await pull(await tokenOf('admin@acme.example', 'nouvelle phrase 3'))).status).toBe(200);
  });

  it('revoking signs the account out on every device, and only that account', async () => {
    const desk = await tokenOf('admin@acme.example', 'nouvelle phrase 3');
    const tablet = await tokenOf('admin@acme.example', 'nouvelle phrase 3');
    const other = await tokenOf('chef@acme.example', 'phrase de passe 2');
    expect(await revokeSessions(server.store, 'ADMIN@acme.example')).toBeGreaterThanOrEqual(2);
    expect((await pull(desk)).status).toBe(401);
    expect((await pull(tablet)).status).toBe(401);
    expect((await pull(other)).status).toBe(200);
  });

  it('refuses bad input with a reason, writing nothing', async () => {
    const account = {
      tenantId: 'acme',
      username: 'new@acme.example',
      displayName: 'Nouveau',
      role: 'administrator',
      password: 'assez longue',
    } as const;
    await expect(createTenant(server.store, 'Acme Two', 'Acme 2', 'small-business')).rejects.toThrow(AdminError);
    await expect(createTenant(server.store, 'acme', 'Acme again', 'small-business')).rejects.toThrow(/exists/);
    await expect(createAccount(server.store, passwords, { ...account, password: 'court' })).rejects.toThrow(
      /at least 10/,
    );
    await expect(createAccount(server.store, passwords, { ...account, tenantId: 'nowhere' })).rejects.toThrow(
      /No tenant/,
    );
    await expect(
      createAccount(server.store, passwords, { ...account, username: 'ADMIN@acme.example' }),
    ).rejects.toThrow(/taken/);
    await expect(resetPassword(server.store, passwords, 'nobody@acme.example', 'assez longue')).rejects.toThrow(
      /No account/,
    );
    expect((await signIn('new@acme.example', 'assez longue')).status).toBe(401);
    expect(await server.store.transaction((tx) => tx.tenant('acme-two'))).toBeUndefined();
  });
});
