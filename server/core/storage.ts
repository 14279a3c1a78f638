/**
 * The one door between the server core and where its state lives. The core never holds
 * state between calls: every request is one transaction on a `Storage`, and every method
 * of a transaction is one query or one indexed lookup in SQL terms (nothing loads a whole
 * tenant). Implementations: the memory store (`memory/`, tests and the demo), the demo's
 * IndexedDB store (`mocks/indexeddb-store.ts`) and PostgreSQL. `storage-contract.ts` is
 * the test suite every implementation must pass.
 *
 * Change log: each row keeps only its latest change, at the tenant cursor that change
 * took; a delete leaves a tombstone. A row's `version` is that cursor, so versions only
 * grow, even across a delete and a re-create with the same id.
 *
 * Generations (docs/api.md): each tenant's history has one; `putTenant` gives a new tenant
 * a fresh one, and whoever replaces the history (a restore, a failover, a wipe) sets the
 * next one with `setGeneration`. Stored outcomes keep the mutation's `key` (replays are
 * checked against it, and an edit sent again under another client id is found by it) and
 * the `cursor` it was judged at.
 *
 * Roles and scopes (issue 18): `role` on `AccountRecord`; a supervisor's scope is its row of
 * the tenant's `supervisors` table, found by group with `supervisorsOfGroup`.
 *
 * Activity (docs/api.md, "Activity"): `appendActivity` writes an entry in the transaction
 * of the edit it describes, numbered by the store from 1 per tenant (numbers never come
 * back, even once retention trimmed every entry); `activity` reads it by number, time,
 * account, kind and row; `trimActivity` drops what retention no longer keeps.
 */
import type { ActivityEntry, ActivityQuery, AccountRole, NewActivityEntry } from '../../src/domain/activity';
import type { ListTable } from '../../src/domain/apply';
import type { Contact, MemberList, RowByTable, Supervisor, TableName } from '../../src/domain/model';
import type { Change, Generation, MutationOutcome, TenantKind } from '../../src/domain/protocol';

export type Row = RowByTable[TableName];

/** The generation of a tenant stored before generations existed: the same in every tab and every process. */
export const LEGACY_GENERATION: Generation = { id: 'legacy', lineage: [] };

export interface TenantRecord {
  id: string;
  name: string;
  kind: TenantKind;
}

export interface AccountRecord {
  id: string;
  tenantId: string;
  /** An e-mail address, stored trimmed and lower-case: looked up exactly. */
  username: string;
  displayName: string;
  /** Self-describing (`pbkdf2-sha256$…`, `scrypt$…`): see passwords.ts. Never the password. */
  passwordHash: string;
  /** Administrator when absent. A supervisor's scope is its row in the tenant's `supervisors` table. */
  role?: AccountRole;
}

export interface SessionRecord {
  /** SHA-256 of the bearer token (hex): a stolen database opens no session. */
  tokenHash: string;
  tenantId: string;
  accountId: string;
  /** Milliseconds since the epoch; the session is refused from then on. */
  expiresAt: number;
}

/** What any transaction can reach: the directory of tenants, accounts and sessions. */
export interface DirectoryTx {
  tenant(id: string): Promise<TenantRecord | undefined>;
  /** Creates a tenant (cursor 0, a fresh generation) or updates its name and kind (cursor and generation kept). */
  putTenant(record: TenantRecord): Promise<void>;
  accountByUsername(username: string): Promise<AccountRecord | undefined>;
  /** An account by its id, with its role (who made an edit, for the activity log). */
  accountById(id: string): Promise<AccountRecord | undefined>;
  /** Creates or replaces an account; usernames are unique across tenants. */
  putAccount(record: AccountRecord): Promise<void>;
  session(tokenHash: string): Promise<SessionRecord | undefined>;
  putSession(record: SessionRecord): Promise<void>;
  deleteSession(tokenHash: string): Promise<void>;
}

/**
 * One tenant's data, inside a transaction bound to that tenant: no method takes a tenant
 * id, so nothing here can reach another tenant's rows (in SQL: every query filters on it).
 * Rows handed out are the store's: callers must not mutate them.
 */
export interface TenantTx extends DirectoryTx {
  readonly tenantId: string;
  /** The cursor of the tenant's latest change; 0 before any. */
  cursor(): Promise<number>;
  /** The generation of the tenant's history. */
  generation(): Promise<Generation>;
  /** Declares a new history (after a restore, a failover or a wipe): see src/domain/generations.ts. */
  setGeneration(generation: Generation): Promise<void>;
  get<T extends TableName>(table: T, id: string): Promise<RowByTable[T] | undefined>;
  /** The indexed lookups `applyIntent` needs (src/domain/apply.ts, `TenantStore`). */
  contactByPhone(phone: string): Promise<Contact | undefined>;
  listByNameKey(table: ListTable, nameKey: string): Promise<MemberList | undefined>;
  listsWithMember(table: ListTable, memberId: string): Promise<MemberList[]>;
  /** The supervisors whose scope holds the group (issue 18; SQL: the same member index). */
  supervisorsOfGroup(groupId: string): Promise<Supervisor[]>;
  /**
   * Writes a row (`undefined` deletes it): takes the next cursor, stores the row with that
   * cursor as its `version`, and records the change as the row's latest. Returns the cursor.
   */
  write<T extends TableName>(table: T, id: string, row: RowByTable[T] | undefined): Promise<number>;
  /** Up to `limit` rows with an id greater than `after` (all when absent), by id in code-unit order (SQL: COLLATE "C"). */
  rowsAfter<T extends TableName>(table: T, after: string | undefined, limit: number): Promise<RowByTable[T][]>;
  rowCount(table: TableName): Promise<number>;
  /** Up to `limit` rows whose latest change is after `since`, oldest first; a delete comes as a tombstone. */
  changesSince(since: number, limit: number): Promise<Change[]>;
  /** The last sequence number applied for a client of this tenant; 0 when never seen. */
  lastAppliedSeq(clientId: string): Promise<number>;
  storedOutcome(clientId: string, seq: number): Promise<MutationOutcome | undefined>;
  /** The stored outcome of the mutation with this idempotency key, under any client of this tenant (SQL: an index on the key). */
  outcomeByKey(key: string): Promise<MutationOutcome | undefined>;
  /** Stores a mutation's outcome (with its key) and moves the client's last applied seq to it, as one step. */
  recordOutcome(clientId: string, outcome: MutationOutcome): Promise<void>;
  /** Appends an entry to the tenant's activity log, numbered one past the last ever given; returns it. */
  appendActivity(entry: NewActivityEntry): Promise<ActivityEntry>;
  /** Up to `query.limit` entries matching every filter: newest first, or oldest first with `after`. */
  activity(query: ActivityQuery): Promise<ActivityEntry[]>;
  /** Drops the entries made before `at` (milliseconds); returns how many. */
  trimActivity(at: number): Promise<number>;
}

export interface TenantScope {
  tenantId: string;
  /**
   * `write`: holds the tenant's lock from the start (PostgreSQL: the tenant's cursor row,
   * `SELECT … FOR UPDATE`), so one tenant's writing transactions run one at a time while
   * other tenants' go on. `read`: no lock, one consistent view of the tenant (PostgreSQL:
   * `REPEATABLE READ READ ONLY`); every write method throws.
   */
  mode: 'read' | 'write';
}

export interface Storage {
  /**
   * Runs `work` as one transaction: what it wrote is committed when it resolves, and
   * nothing at all when it throws (the error propagates). With a scope, `work` gets the
   * tenant's data too; an unknown tenant fails the transaction before `work` runs.
   */
  transaction<T>(work: (tx: DirectoryTx) => Promise<T>): Promise<T>;
  transaction<T>(work: (tx: TenantTx) => Promise<T>, scope: TenantScope): Promise<T>;
}

/** Thrown by a store for a tenant transaction on a tenant it does not have. */
export class UnknownTenant extends Error {
  constructor(readonly tenantId: string) {
    super(`Unknown tenant ${tenantId}`);
    this.name = 'UnknownTenant';
  }
}

/** Thrown by a store when a read transaction tries to write. */
export class ReadOnlyTransaction extends Error {
  constructor() {
    super('This transaction is read-only');
    this.name = 'ReadOnlyTransaction';
  }
}

/** The checks every store's transaction makes before it touches its state: still open, and writable. */
export class TransactionGate {
  private open = true;

  constructor(private readonly scope: TenantScope | undefined) {}

  close(): void {
    this.open = false;
  }

  /** `state`, unless the transaction has ended. */
  read<S>(state: S): S {
    if (!this.open) throw new Error('This transaction has ended');
    return state;
  }

  /** `state`, unless the transaction has ended or is read-only. */
  write<S>(state: S): S {
    if (this.scope?.mode === 'read') throw new ReadOnlyTransaction();
    return this.read(state);
  }
}

/**
 * A `Storage` whose every transaction `using` hands to a store it picks (after a lock, a
 * reload, a setup wait): how a host wraps a store without re-implementing it.
 */
export function delegatingStorage(using: <T>(run: (inner: Storage) => Promise<T>) => Promise<T>): Storage {
  const transaction = <T>(work: (tx: TenantTx) => Promise<T>, scope?: TenantScope) =>
    using((inner) =>
      scope ? inner.transaction(work, scope) : inner.transaction(work as (tx: DirectoryTx) => Promise<T>),
    );
  return { transaction } as Storage;
}
