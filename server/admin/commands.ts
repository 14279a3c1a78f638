/**
 * What the admin tool does (cli.ts reads the command line and calls these): tenants,
 * accounts, passwords, sessions, and loading data — the demo seed or a generated tenant
 * of N contacts, in bulk. Each works on an open PostgreSQL store; accounts go through the
 * storage interface like the core's own writes, passwords through the server's hasher.
 */
import { randomUUID } from 'node:crypto';
import { followingGeneration } from '../../src/domain/generations';
import type { TenantKind } from '../../src/domain/protocol';
import type { PasswordHasher } from '../core/passwords';
import { normalizeUsername } from '../core/sessions';
import { SignInThrottle } from '../core/sign-in-throttle';
import { demoTenants } from '../seed/demo';
import { generateTenant, type TenantSize } from '../seed/generate';
import { restoreRowsInBulk, seedInBulk } from '../postgres/bulk-load';
import type { AccountRole } from '../../src/domain/activity';
import type { AccountRecord } from '../core/storage';
import type { PostgresStore } from '../postgres/postgres-store';
import { sqlAttemptCounters } from '../postgres/sign-in-attempts';

export class AdminError extends Error {
  override name = 'AdminError';
}

const TENANT_ID = /^[a-z0-9][a-z0-9-]{1,62}$/;
export const PASSWORD_MIN = 10;
const PASSWORD_MAX = 200;
const USERNAME = /^[^\s@]+@[^\s@]+$/;

export async function createTenant(store: PostgresStore, id: string, name: string, kind: TenantKind) {
  if (!TENANT_ID.test(id)) throw new AdminError(`A tenant id is 2–63 characters: a-z, 0-9 and dashes (${id})`);
  if (!name.trim()) throw new AdminError('A tenant needs a name (--name)');
  if (await store.transaction((tx) => tx.tenant(id))) throw new AdminError(`Tenant ${id} exists already`);
  await store.transaction((tx) => tx.putTenant({ id, name: name.trim(), kind }));
}

export function checkPassword(password: string): void {
  if (password.length < PASSWORD_MIN) throw new AdminError(`A password has at least ${PASSWORD_MIN} characters`);
  if (password.length > PASSWORD_MAX) throw new AdminError(`A password has at most ${PASSWORD_MAX} characters`);
}

export interface NewAccount {
  tenantId: string;
  username: string;
  displayName: string;
  role: AccountRole;
  password: string;
}

export async function createAccount(store: PostgresStore, passwords: PasswordHasher, account: NewAccount) {
  const username = normalizeUsername(account.username);
  if (!USERNAME.test(username)) throw new AdminError(`A username is an e-mail address (${account.username})`);
  if (!account.displayName.trim()) throw new AdminError('An account needs a display name (--name)');
  checkPassword(account.password);
  if (!(await store.transaction((tx) => tx.tenant(account.tenantId)))) {
    throw new AdminError(`No tenant ${account.tenantId}: create it first (create-tenant)`);
  }
  if (await store.transaction((tx) => tx.accountByUsername(username))) {
    throw new AdminError(`The username ${username} is taken`);
  }
  const record: AccountRecord = {
    id: `${account.tenantId}-${randomUUID()}`,
    tenantId: account.tenantId,
    username,
    displayName: account.displayName.trim(),
    passwordHash: await passwords.hash(account.password),
    role: account.role,
  };
  await store.transaction((tx) => tx.putAccount(record));
  // A supervisor starts with an empty scope: administrators give it groups from the app.
  if (record.role === 'supervisor') {
    const scope = { id: record.id, name: record.displayName, groupIds: [], version: 0 };
    await store.transaction((tx) => tx.write('supervisors', record.id, scope), {
      tenantId: record.tenantId,
      mode: 'write',
    });
  }
  return { id: record.id, username };
}

async function accountOf(store: PostgresStore, username: string) {
  const account = await store.transaction((tx) => tx.accountByUsername(normalizeUsername(username)));
  if (!account) throw new AdminError(`No account ${username}`);
  return account;
}

/** A new password ends every session of the account and lifts its sign-in limit. Returns the sessions ended. */
export async function resetPassword(
  store: PostgresStore,
  passwords: PasswordHasher,
  username: string,
  password: string,
) {
  checkPassword(password);
  const account = await accountOf(store, username);
  const passwordHash = await passwords.hash(password);
  await store.transaction((tx) => tx.putAccount({ ...account, passwordHash }));
  await new SignInThrottle(sqlAttemptCounters(store.db)).unlockAccount(account.username);
  return store.revokeSessions(account.id);
}

/** Ends every session of the account (signed out on every device). */
export async function revokeSessions(store: PostgresStore, username: string): Promise<number> {
  return store.revokeSessions((await accountOf(store, username)).id);
}

/** The demo tenants and their accounts (password `demo`), or their rows put back to the seed. */
export async function loadDemo(store: PostgresStore, passwords: PasswordHasher) {
  const tenants = demoTenants();
  await seedInBulk(store, tenants, passwords);
  return tenants;
}

/** A tenant of `contacts` generated contacts (94% subscribers), with groups and sub-lists in proportion. */
export function sizeFor(contacts: number, seed: number): TenantSize {
  const subscribers = Math.round(contacts * 0.94);
  return {
    seed,
    subscribers,
    externals: contacts - subscribers,
    groups: Math.max(1, Math.round(contacts / 25)),
    subLists: Math.max(1, Math.round(contacts / 50)),
  };
}

/** Makes the tenant's rows a generated set (the tenant is created when missing). */
export async function loadGenerated(
  store: PostgresStore,
  tenant: { id: string; name: string; kind: TenantKind },
  contacts: number,
  seed: number,
) {
  if (!Number.isInteger(contacts) || contacts < 1 || contacts > 1_000_000) {
    throw new AdminError('--contacts is a whole number from 1 to 1,000,000');
  }
  if (!(await store.transaction((tx) => tx.tenant(tenant.id))))
    await createTenant(store, tenant.id, tenant.name, tenant.kind);
  const rows = generateTenant(sizeFor(contacts, seed));
  await restoreRowsInBulk(store.db, tenant.id, rows);
  return { contacts: rows.contacts.length, groups: rows.groups.length, subLists: rows.subLists.length };
}

/**
 * After the database was restored from a backup, or failed over to a standby that was behind:
 * the tenant's history starts a new generation, kept up to its cursor now, so every device
 * reloads and sends again the edits the restore lost (docs/sync.md). Once per restore, before
 * devices sync again; run twice, it only cuts the history at the same point again.
 */
export async function declareRestore(store: PostgresStore, tenantId: string): Promise<{ keptUpTo: number }> {
  if (!(await store.transaction((tx) => tx.tenant(tenantId)))) throw new AdminError(`No tenant ${tenantId}`);
  return store.transaction(
    async (tx) => {
      const keptUpTo = await tx.cursor();
      await tx.setGeneration(followingGeneration(await tx.generation(), keptUpTo));
      return { keptUpTo };
    },
    { tenantId, mode: 'write' },
  );
}

/** Every tenant with its row counts and accounts (no password hashes). */
export async function listTenants(store: PostgresStore) {
  return store.db.query<{ id: string; name: string; kind: string; contacts: number; accounts: string | null }>(
    `SELECT t.id, t.name, t.kind,
       (SELECT count(*)::integer FROM entries e WHERE e.tenant_id = t.id AND e.tbl = 'contacts' AND e.row IS NOT NULL)
         AS contacts,
       (SELECT string_agg(a.username || ' (' || a.role || ')', ', ' ORDER BY a.username)
          FROM accounts a WHERE a.tenant_id = t.id) AS accounts
     FROM tenants t ORDER BY t.id`,
  );
}
