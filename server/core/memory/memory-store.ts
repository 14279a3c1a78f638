/**
 * The memory store: a `Storage` over Maps and indexes, for unit tests, benchmarks and
 * (under `mocks/indexeddb-store.ts`) the demo. A transaction applies its writes at once
 * and keeps an undo step for each, so an error rolls everything back; a tenant's
 * transactions run one at a time (a mutex per tenant), other tenants' are not held up.
 * `onCommit` receives the journal of each successful transaction before it completes, the
 * transaction's writes in place: a persistent host writes it there, and a failure to write rolls
 * the transaction back.
 */
import type { ActivityEntry, ActivityQuery, NewActivityEntry } from '../../../src/domain/activity';
import type { ListTable } from '../../../src/domain/apply';
import type { Contact, MemberList, RowByTable, Supervisor, TableName } from '../../../src/domain/model';
import type { Change, Generation, MutationOutcome } from '../../../src/domain/protocol';
import {
  LEGACY_GENERATION,
  UnknownTenant,
  type DirectoryTx,
  type Storage,
  type TenantScope,
  type TenantTx,
} from '../storage';
import { MemoryDirectoryTx } from './memory-directory-tx';
import { MemoryState } from './memory-state';
import { activityRecord, journalBetween, type JournalBatch } from './records';
import { TenantData } from './tenant-data';

export type Exclusive = <T>(work: () => Promise<T>) => Promise<T>;

/** Runs calls one after the other, in call order, whether they succeed or fail. */
export function createMutex(): Exclusive {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>) => {
    const result = tail.then(work, work);
    tail = result.catch(() => undefined);
    return result;
  };
}

export type CommitHook = (batches: JournalBatch[]) => Promise<void>;

/** A store with a memory store underneath, which the simulated disasters (backups.ts) can reach. */
export interface MemoryBacked extends Storage {
  /** Runs `work` on the memory store underneath, as the store's own transactions do (same locks, same persistence). */
  withMemory<T>(work: (memory: MemoryStore) => Promise<T>): Promise<T>;
}

export class MemoryStore implements Storage {
  private readonly tenantLocks = new Map<string, Exclusive>();

  constructor(
    readonly state: MemoryState = new MemoryState(),
    private readonly onCommit?: CommitHook,
  ) {}

  transaction<T>(work: (tx: DirectoryTx) => Promise<T>): Promise<T>;
  transaction<T>(work: (tx: TenantTx) => Promise<T>, scope: TenantScope): Promise<T>;
  transaction<T>(work: (tx: TenantTx) => Promise<T>, scope?: TenantScope): Promise<T> {
    const run = async () => {
      const tx = new MemoryTx(this.state, scope);
      try {
        const result = await work(tx);
        const batches = tx.journal.batches();
        if (this.onCommit && batches.length > 0) await this.onCommit(batches);
        return result;
      } catch (error) {
        tx.rollback();
        throw error;
      } finally {
        tx.close();
      }
    };
    return scope ? this.lockOf(scope.tenantId)(run) : run();
  }

  /**
   * Replaces a tenant's whole state at once, under its lock, as one commit — what a restore
   * from a backup or a wipe does (backups.ts); `make` gets the tenant as it is. A tenant put
   * back to an earlier cursor has its activity log put back to it as well.
   */
  replaceTenant(tenantId: string, make: (data: TenantData) => TenantData): Promise<TenantData> {
    return this.lockOf(tenantId)(async () => {
      const current = this.state.tenants.get(tenantId);
      if (!current) throw new UnknownTenant(tenantId);
      const next = make(current);
      const records = (data: TenantData) => ({ tenants: [data.record], ...data.dump() });
      const journal = journalBetween(records(current), records(next));
      // The activity log goes back with the history: an entry stands where its edit's changes do.
      const log = this.state.activityOf(tenantId);
      const undone = log.writtenAfter(next.record.cursor);
      if (undone[0]) {
        journal.push(
          { store: 'activity', puts: [], deletes: undone.map((entry) => `${tenantId}/${entry.id}`) },
          { store: 'activityIds', puts: [{ key: tenantId, tenantId, lastId: undone[0].id - 1 }], deletes: [] },
        );
      }
      // Committed as a transaction is: with the new state in place (a host may read it), put back if the commit fails.
      this.state.tenants.set(tenantId, next);
      try {
        if (this.onCommit) await this.onCommit(journal);
      } catch (error) {
        this.state.tenants.set(tenantId, current);
        throw error;
      }
      log.rewind(next.record.cursor);
      return next;
    });
  }

  private lockOf(tenantId: string): Exclusive {
    let lock = this.tenantLocks.get(tenantId);
    if (!lock) this.tenantLocks.set(tenantId, (lock = createMutex()));
    return lock;
  }
}

/** One transaction: reads and writes the state directly, remembering how to undo each write. */
class MemoryTx extends MemoryDirectoryTx implements TenantTx {
  private readonly data: TenantData | undefined;
  /** The tenant's cursor before this transaction's first write. */
  private txStart: number | undefined;

  constructor(state: MemoryState, scope: TenantScope | undefined) {
    super(state, scope);
    if (scope) {
      this.data = state.tenants.get(scope.tenantId);
      if (!this.data) throw new UnknownTenant(scope.tenantId);
    }
  }

  get tenantId(): string {
    return this.tenantData().id;
  }

  rollback(): void {
    for (const step of this.undo.reverse()) step();
    this.data?.reorderLog();
  }

  async cursor(): Promise<number> {
    return this.tenantData().record.cursor;
  }

  async generation(): Promise<Generation> {
    return this.tenantData().record.generation ?? LEGACY_GENERATION;
  }

  async setGeneration(generation: Generation): Promise<void> {
    this.writable();
    const data = this.tenantData();
    const previous = data.record;
    data.record = { ...previous, generation };
    this.undo.push(() => (data.record = previous));
    this.journal.put('tenants', data.record);
  }

  async get<T extends TableName>(table: T, id: string): Promise<RowByTable[T] | undefined> {
    return this.tenantData().get(table, id);
  }

  async contactByPhone(phone: string): Promise<Contact | undefined> {
    return this.tenantData().contactByPhone(phone);
  }

  async listByNameKey(table: ListTable, nameKey: string): Promise<MemberList | undefined> {
    return this.tenantData().listByNameKey(table, nameKey);
  }

  async listsWithMember(table: ListTable, memberId: string): Promise<MemberList[]> {
    return this.tenantData().listsWithMember(table, memberId);
  }

  async supervisorsOfGroup(groupId: string): Promise<Supervisor[]> {
    return this.tenantData().supervisorsOfGroup(groupId);
  }

  async write<T extends TableName>(table: T, id: string, row: RowByTable[T] | undefined): Promise<number> {
    this.writable();
    const data = this.tenantData();
    const previous = { record: data.record, entry: data.entry(table, id) };
    this.txStart ??= data.record.cursor;
    const written = data.write(table, id, row, this.txStart);
    this.undo.push(() => {
      data.restore(table, id, previous.entry);
      data.unwriteHistory(written);
      data.record = previous.record;
    });
    this.journal.put('tenants', data.record);
    this.journal.put('entries', written.entry);
    this.journal.put('history', written.history);
    if (written.pruned) this.journal.remove('history', written.pruned.key);
    return written.entry.cursor;
  }

  async rowsAfter<T extends TableName>(table: T, after: string | undefined, limit: number): Promise<RowByTable[T][]> {
    return this.tenantData().rowsAfter(table, after, limit);
  }

  async rowCount(table: TableName): Promise<number> {
    return this.tenantData().rowCount(table);
  }

  async changesSince(since: number, limit: number): Promise<Change[]> {
    return this.tenantData().changesSince(since, limit);
  }

  async lastAppliedSeq(clientId: string): Promise<number> {
    return this.tenantData().client(clientId)?.lastAppliedSeq ?? 0;
  }

  async storedOutcome(clientId: string, seq: number): Promise<MutationOutcome | undefined> {
    return this.tenantData().storedOutcome(clientId, seq);
  }

  async outcomeByKey(key: string): Promise<MutationOutcome | undefined> {
    return this.tenantData().outcomeByKey(key);
  }

  async recordOutcome(clientId: string, outcome: MutationOutcome): Promise<void> {
    this.writable();
    const data = this.tenantData();
    const previousClient = data.client(clientId);
    const { client, stored } = data.recordOutcome(clientId, outcome);
    this.undo.push(() => data.forgetOutcome(clientId, outcome.seq, previousClient));
    this.journal.put('clients', client);
    this.journal.put('outcomes', stored);
  }

  async appendActivity(entry: NewActivityEntry): Promise<ActivityEntry> {
    const log = this.writable().activityOf(this.tenantId);
    const appended = log.append(entry, await this.cursor());
    this.undo.push(() => log.dropLast());
    this.journal.put('activity', activityRecord(this.tenantId, appended));
    this.journal.put('activityIds', { key: this.tenantId, tenantId: this.tenantId, lastId: log.lastId });
    return appended.entry;
  }

  async activity(query: ActivityQuery): Promise<ActivityEntry[]> {
    return this.readable().activityOf(this.tenantId).query(query);
  }

  async trimActivity(at: number): Promise<number> {
    const log = this.writable().activityOf(this.tenantId);
    const removed = log.trim(at);
    this.undo.push(() => log.restore(removed));
    for (const { entry } of removed) this.journal.remove('activity', `${this.tenantId}/${entry.id}`);
    return removed.length;
  }

  private tenantData(): TenantData {
    this.readable();
    if (!this.data) throw new Error('A directory transaction has no tenant data');
    return this.data;
  }
}
