/**
 * The PostgreSQL store: the storage interface (server/core/storage.ts) over one SQL
 * database, PGlite or a real server (database.ts), with the same SQL on both. Each storage
 * transaction is one SQL transaction:
 * - directory: READ COMMITTED;
 * - tenant `write`: starts by locking the tenant's row (`SELECT … FOR UPDATE`), so one
 *   tenant's writers run one at a time across every process on the database, while other
 *   tenants' go on; holding the lock, it counts cursors itself and stores the last one
 *   before committing;
 * - tenant `read`: `REPEATABLE READ READ ONLY`, one consistent view, no lock.
 */
import type { ActivityEntry, ActivityQuery, NewActivityEntry } from '../../src/domain/activity';
import type { ListTable } from '../../src/domain/apply';
import type { RowByTable, TableName } from '../../src/domain/model';
import type { Generation, MutationOutcome } from '../../src/domain/protocol';
import {
  TransactionGate,
  type AccountRecord,
  type DirectoryTx,
  type SessionRecord,
  type Storage,
  type TenantRecord,
  type TenantScope,
  type TenantTx,
} from '../core/storage';
import * as activitySql from './activity-sql';
import { openDatabase, type DatabaseConfig, type SqlDatabase, type SqlSession } from './database';
import * as directory from './directory-sql';
import { migrate } from './migrate';
import * as tenantSql from './tenant-sql';

export class PostgresStore implements Storage {
  constructor(readonly db: SqlDatabase) {}

  /** Opens the database and brings its schema up to date. */
  static async open(config: DatabaseConfig): Promise<PostgresStore> {
    const db = await openDatabase(config);
    try {
      await migrate(db);
    } catch (error) {
      await db.close();
      throw error;
    }
    return new PostgresStore(db);
  }

  transaction<T>(work: (tx: DirectoryTx) => Promise<T>): Promise<T>;
  transaction<T>(work: (tx: TenantTx) => Promise<T>, scope: TenantScope): Promise<T>;
  transaction<T>(work: (tx: TenantTx) => Promise<T>, scope?: TenantScope): Promise<T> {
    return this.db.transaction(async (sql) => {
      const tx = await SqlTx.begin(sql, scope);
      try {
        const result = await work(tx);
        await tx.beforeCommit();
        return result;
      } finally {
        tx.close();
      }
    });
  }

  /** Ends every session of an account (sign-out everywhere; after a password reset). Returns how many. */
  async revokeSessions(accountId: string): Promise<number> {
    const rows = await this.db.query('DELETE FROM sessions WHERE account_id = $1 RETURNING token_hash', [accountId]);
    return rows.length;
  }

  /** Drops expired sessions, which no request can use any more. */
  async deleteExpiredSessions(now: number): Promise<number> {
    const rows = await this.db.query('DELETE FROM sessions WHERE expires_at <= $1 RETURNING token_hash', [now]);
    return rows.length;
  }

  close(): Promise<void> {
    return this.db.close();
  }
}

class SqlTx implements TenantTx {
  private readonly gate: TransactionGate;
  private readonly startCursor: number;

  private constructor(
    private readonly sql: SqlSession,
    private readonly scope: TenantScope | undefined,
    private latestCursor: number,
  ) {
    this.gate = new TransactionGate(scope);
    this.startCursor = latestCursor;
  }

  static async begin(sql: SqlSession, scope: TenantScope | undefined): Promise<SqlTx> {
    return new SqlTx(sql, scope, scope ? await tenantSql.beginTenant(sql, scope.tenantId, scope.mode) : 0);
  }

  /** Stores the tenant's new cursor, under the lock taken at the start. */
  async beforeCommit(): Promise<void> {
    if (this.latestCursor !== this.startCursor) await tenantSql.setCursor(this.sql, this.tenantId, this.latestCursor);
  }

  close(): void {
    this.gate.close();
  }

  get tenantId(): string {
    if (!this.scope) throw new Error('A directory transaction has no tenant data');
    return this.scope.tenantId;
  }

  async tenant(id: string): Promise<TenantRecord | undefined> {
    return directory.tenantById(this.readable(), id);
  }

  async putTenant(record: TenantRecord): Promise<void> {
    return directory.putTenant(this.writable(), record);
  }

  async accountByUsername(username: string) {
    return directory.accountByUsername(this.readable(), username);
  }

  async accountById(id: string) {
    return directory.accountById(this.readable(), id);
  }

  async putAccount(account: AccountRecord): Promise<void> {
    return directory.putAccount(this.writable(), account);
  }

  async session(tokenHash: string): Promise<SessionRecord | undefined> {
    return directory.sessionByHash(this.readable(), tokenHash);
  }

  async putSession(session: SessionRecord): Promise<void> {
    return directory.putSession(this.writable(), session);
  }

  async deleteSession(tokenHash: string): Promise<void> {
    return directory.deleteSession(this.writable(), tokenHash);
  }

  async cursor(): Promise<number> {
    this.readable();
    return this.latestCursor;
  }

  async generation(): Promise<Generation> {
    return tenantSql.generation(this.readable(), this.tenantId);
  }

  async setGeneration(generation: Generation): Promise<void> {
    return tenantSql.setGeneration(this.writable(), this.tenantId, generation);
  }

  async get<T extends TableName>(table: T, id: string): Promise<RowByTable[T] | undefined> {
    return tenantSql.getRow(this.readable(), this.tenantId, table, id);
  }

  async contactByPhone(phone: string) {
    return tenantSql.contactByPhone(this.readable(), this.tenantId, phone);
  }

  async listByNameKey(table: ListTable, nameKey: string) {
    return tenantSql.listByNameKey(this.readable(), this.tenantId, table, nameKey);
  }

  async listsWithMember(table: ListTable, memberId: string) {
    return tenantSql.listsWithMember(this.readable(), this.tenantId, table, memberId);
  }

  async supervisorsOfGroup(groupId: string) {
    return tenantSql.listsWithMember(this.readable(), this.tenantId, 'supervisors', groupId);
  }

  async write<T extends TableName>(table: T, id: string, row: RowByTable[T] | undefined): Promise<number> {
    const sql = this.writable();
    const cursor = this.latestCursor + 1;
    await tenantSql.writeEntries(sql, this.tenantId, [{ table, id, row, cursor }]);
    this.latestCursor = cursor;
    return cursor;
  }

  async rowsAfter<T extends TableName>(table: T, after: string | undefined, limit: number) {
    return tenantSql.rowsAfter(this.readable(), this.tenantId, table, after, limit);
  }

  async rowCount(table: TableName): Promise<number> {
    return tenantSql.rowCount(this.readable(), this.tenantId, table);
  }

  async changesSince(since: number, limit: number) {
    return tenantSql.changesSince(this.readable(), this.tenantId, since, limit);
  }

  async lastAppliedSeq(clientId: string): Promise<number> {
    return tenantSql.lastAppliedSeq(this.readable(), this.tenantId, clientId);
  }

  async storedOutcome(clientId: string, seq: number): Promise<MutationOutcome | undefined> {
    return tenantSql.storedOutcome(this.readable(), this.tenantId, clientId, seq);
  }

  async outcomeByKey(key: string): Promise<MutationOutcome | undefined> {
    return tenantSql.outcomeByKey(this.readable(), this.tenantId, key);
  }

  async recordOutcome(clientId: string, outcome: MutationOutcome): Promise<void> {
    return tenantSql.recordOutcome(this.writable(), this.tenantId, clientId, outcome);
  }

  async appendActivity(entry: NewActivityEntry): Promise<ActivityEntry> {
    return activitySql.appendActivity(this.writable(), this.tenantId, entry);
  }

  async activity(query: ActivityQuery): Promise<ActivityEntry[]> {
    return activitySql.readActivity(this.readable(), this.tenantId, query);
  }

  async trimActivity(at: number): Promise<number> {
    return activitySql.trimActivity(this.writable(), this.tenantId, at);
  }

  private readable(): SqlSession {
    return this.gate.read(this.sql);
  }

  private writable(): SqlSession {
    return this.gate.write(this.sql);
  }
}
