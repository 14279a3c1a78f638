-- The store's first schema (server/postgres/postgres-store.ts). Every table but the
-- sign-in counters is keyed by tenant first, and every query of a tenant transaction
-- filters on it. Times are milliseconds since the epoch (bigint), as the core counts them.

CREATE TABLE tenants (
  id text PRIMARY KEY,
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('small-business', 'large-enterprise')),
  -- The cursor of the tenant's latest change; its row is the tenant's lock (SELECT … FOR UPDATE).
  cursor bigint NOT NULL DEFAULT 0
);

CREATE TABLE accounts (
  id text PRIMARY KEY,
  tenant_id text NOT NULL REFERENCES tenants (id),
  -- Trimmed and lower-case (the core normalizes it): looked up exactly.
  username text NOT NULL UNIQUE,
  display_name text NOT NULL,
  -- Self-describing (scrypt$…, pbkdf2-sha256$…): never the password.
  password_hash text NOT NULL,
  -- Stored now, enforced by a later issue (#18: supervisors' group scopes).
  role text NOT NULL DEFAULT 'administrator' CHECK (role IN ('administrator', 'supervisor'))
);
CREATE INDEX accounts_by_tenant ON accounts (tenant_id);

CREATE TABLE sessions (
  -- SHA-256 of the bearer token: a copy of the database opens no session.
  token_hash text PRIMARY KEY,
  tenant_id text NOT NULL REFERENCES tenants (id),
  account_id text NOT NULL,
  expires_at bigint NOT NULL
);
CREATE INDEX sessions_by_account ON sessions (account_id);
CREATE INDEX sessions_by_expiry ON sessions (expires_at);

-- Each row's latest change: the row itself, or a tombstone (row IS NULL) after a delete.
-- `cursor` is the change's place in the tenant's log and the row's version. Rows are json,
-- not jsonb: a contact's sort key holds U+0000, which jsonb cannot.
CREATE TABLE entries (
  tenant_id text NOT NULL REFERENCES tenants (id),
  tbl text NOT NULL CHECK (tbl IN ('contacts', 'subLists', 'groups')),
  -- Code-unit order, as the snapshot pages promise (the app sorts ids the same way).
  id text COLLATE "C" NOT NULL,
  cursor bigint NOT NULL,
  row json,
  -- What applyIntent looks rows up by, copied out of live rows (NULL on tombstones).
  phone text,
  name_key text,
  member_ids text[],
  PRIMARY KEY (tenant_id, tbl, id)
);
CREATE UNIQUE INDEX entries_by_cursor ON entries (tenant_id, cursor);
CREATE INDEX entries_by_phone ON entries (tenant_id, phone) WHERE phone IS NOT NULL;
CREATE INDEX entries_by_name_key ON entries (tenant_id, tbl, name_key) WHERE name_key IS NOT NULL;
CREATE INDEX entries_by_member ON entries USING gin (member_ids);

CREATE TABLE clients (
  tenant_id text NOT NULL REFERENCES tenants (id),
  client_id text NOT NULL,
  last_applied_seq bigint NOT NULL,
  PRIMARY KEY (tenant_id, client_id)
);

CREATE TABLE outcomes (
  tenant_id text NOT NULL REFERENCES tenants (id),
  client_id text NOT NULL,
  seq bigint NOT NULL,
  -- The whole outcome, its idempotency key included.
  outcome json NOT NULL,
  PRIMARY KEY (tenant_id, client_id, seq)
);

-- Failed sign-ins per account and per client address, in fixed windows
-- (server/core/sign-in-throttle.ts): shared by every server process on the database.
CREATE TABLE sign_in_attempts (
  key text PRIMARY KEY,
  count integer NOT NULL,
  resets_at bigint NOT NULL
);
CREATE INDEX sign_in_attempts_by_reset ON sign_in_attempts (resets_at);
