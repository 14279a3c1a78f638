/**
 * The directory in SQL — tenants, accounts, sessions — as the transactions of
 * postgres-store.ts run it. Records come back with exactly the fields of the storage
 * interface's types (no stray columns), as the contract compares them whole.
 */
import { freshGeneration } from '../../src/domain/generations';
import type { AccountRecord, SessionRecord, TenantRecord } from '../core/storage';
import type { SqlSession } from './database';

export async function tenantById(sql: SqlSession, id: string): Promise<TenantRecord | undefined> {
  const [row] = await sql.query<TenantRecord>('SELECT id, name, kind FROM tenants WHERE id = $1', [id]);
  return row;
}

/** Creates a tenant at cursor 0 with a fresh generation, or renames it (its cursor and generation kept). */
export async function putTenant(sql: SqlSession, { id, name, kind }: TenantRecord): Promise<void> {
  await sql.query(
    `INSERT INTO tenants (id, name, kind, generation) VALUES ($1, $2, $3, $4::text::json)
     ON CONFLICT (id) DO UPDATE SET name = excluded.name, kind = excluded.kind`,
    [id, name, kind, JSON.stringify(freshGeneration())],
  );
}

/** With its role: sign-in answers it (a supervisor signed in as an administrator without it). */
const ACCOUNT_COLUMNS = `id, tenant_id AS "tenantId", username, display_name AS "displayName",
  password_hash AS "passwordHash", role`;

type AccountRow = Omit<AccountRecord, 'role'> & { role: AccountRecord['role'] | null };

/** An account as the store gives it: no role for one stored without (an administrator, docs/architecture.md). */
function accountOf(row: AccountRow | undefined): AccountRecord | undefined {
  if (!row) return undefined;
  const { role, ...account } = row;
  return role ? { ...account, role } : account;
}

export async function accountByUsername(sql: SqlSession, username: string): Promise<AccountRecord | undefined> {
  const [row] = await sql.query<AccountRow>(`SELECT ${ACCOUNT_COLUMNS} FROM accounts WHERE username = $1`, [username]);
  return accountOf(row);
}

/** An account by id. */
export async function accountById(sql: SqlSession, id: string): Promise<AccountRecord | undefined> {
  const [row] = await sql.query<AccountRow>(`SELECT ${ACCOUNT_COLUMNS} FROM accounts WHERE id = $1`, [id]);
  return accountOf(row);
}

/**
 * Creates or replaces an account. A username held by another account fails the
 * transaction (unique index); an update without a role keeps the stored one.
 */
export async function putAccount(sql: SqlSession, account: AccountRecord): Promise<void> {
  await sql.query(
    `INSERT INTO accounts (id, tenant_id, username, display_name, password_hash, role)
     VALUES ($1, $2, $3, $4, $5, COALESCE($6, 'administrator'))
     ON CONFLICT (id) DO UPDATE SET tenant_id = excluded.tenant_id, username = excluded.username,
       display_name = excluded.display_name, password_hash = excluded.password_hash,
       role = COALESCE($6, accounts.role)`,
    [account.id, account.tenantId, account.username, account.displayName, account.passwordHash, account.role ?? null],
  );
}

export async function sessionByHash(sql: SqlSession, tokenHash: string): Promise<SessionRecord | undefined> {
  const [row] = await sql.query<SessionRecord>(
    `SELECT token_hash AS "tokenHash", tenant_id AS "tenantId", account_id AS "accountId", expires_at AS "expiresAt"
     FROM sessions WHERE token_hash = $1`,
    [tokenHash],
  );
  return row;
}

export async function putSession(sql: SqlSession, session: SessionRecord): Promise<void> {
  await sql.query(
    `INSERT INTO sessions (token_hash, tenant_id, account_id, expires_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (token_hash) DO UPDATE SET tenant_id = excluded.tenant_id, account_id = excluded.account_id,
       expires_at = excluded.expires_at`,
    [session.tokenHash, session.tenantId, session.accountId, session.expiresAt],
  );
}

export async function deleteSession(sql: SqlSession, tokenHash: string): Promise<void> {
  await sql.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
}
