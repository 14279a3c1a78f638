/**
 * The mock back-end's whole state, as plain records — the same shape in memory and in
 * the browser's IndexedDB (see indexeddb-host.ts) — with the indexes `applyIntent` needs.
 *
 * Change log: each row keeps only its latest change (an "entry": its current value, or a
 * tombstone after a delete), at the cursor of that change. A client pulling since cursor C
 * gets every row whose latest change is after C, which is all it needs to catch up.
 * A row's `version` is the cursor of the change that last wrote it, so versions only grow,
 * even across a delete and a re-create with the same id.
 */
import type { ListTable } from '../../src/domain/apply';
import type { Contact, MemberList, RowByTable, TableName } from '../../src/domain/model';
import type { ChangeOp, MutationOutcome, TenantKind } from '../../src/domain/protocol';

export type Row = RowByTable[TableName];

export interface TenantRecord {
  id: string;
  name: string;
  kind: TenantKind;
  /** The cursor of the tenant's latest change. */
  cursor: number;
}

export interface AccountRecord {
  id: string;
  tenantId: string;
  username: string;
  password: string;
  displayName: string;
}

export interface SessionRecord {
  token: string;
  tenantId: string;
  accountId: string;
}

/** The latest change of one row. */
export interface EntryRecord {
  /** `${tenantId}/${table}/${id}` */
  key: string;
  tenantId: string;
  table: TableName;
  id: string;
  cursor: number;
  version: number;
  op: ChangeOp;
  /** The row as written; absent on a tombstone. */
  row?: Row;
}

export interface ClientRecord {
  /** `${tenantId}/${clientId}`: client ids are only meaningful inside their tenant. */
  key: string;
  tenantId: string;
  clientId: string;
  lastAppliedSeq: number;
}

export interface OutcomeRecord {
  /** `${tenantId}/${clientId}/${seq}` */
  key: string;
  tenantId: string;
  clientId: string;
  outcome: MutationOutcome;
}

export interface RecordByStore {
  tenants: TenantRecord;
  accounts: AccountRecord;
  sessions: SessionRecord;
  entries: EntryRecord;
  clients: ClientRecord;
  outcomes: OutcomeRecord;
}
export type StoreName = keyof RecordByStore;
export const STORE_NAMES: readonly StoreName[] = ['tenants', 'accounts', 'sessions', 'entries', 'clients', 'outcomes'];
export const STORE_KEYS: { [S in StoreName]: keyof RecordByStore[S] & string } = {
  tenants: 'id',
  accounts: 'id',
  sessions: 'token',
  entries: 'key',
  clients: 'key',
  outcomes: 'key',
};

/** Every record of the state, by store: what is persisted and loaded. */
export type StateDump = { [S in StoreName]: RecordByStore[S][] };

/**
 * The records written or deleted since the last `take()`, so a persistent host writes
 * only those. Records are kept by reference: a record changed again before `take()`
 * is written with its latest value.
 */
export class Journal {
  private pending = new Map<StoreName, Map<string, unknown>>();

  put<S extends StoreName>(store: S, record: RecordByStore[S]): void {
    this.storeMap(store).set(record[STORE_KEYS[store]] as string, record);
  }

  remove(store: StoreName, key: string): void {
    this.storeMap(store).set(key, null);
  }

  take(): Array<{ store: StoreName; puts: unknown[]; deletes: string[] }> {
    const batches = [...this.pending].map(([store, records]) => ({
      store,
      puts: [...records.values()].filter((record) => record !== null),
      deletes: [...records].filter(([, record]) => record === null).map(([key]) => key),
    }));
    this.pending = new Map();
    return batches;
  }

  private storeMap(store: StoreName) {
    let records = this.pending.get(store);
    if (!records) this.pending.set(store, (records = new Map()));
    return records;
  }
}

type RowMaps = { [T in TableName]: Map<string, RowByTable[T]> };

/** One tenant's rows, change log, clients and stored outcomes. */
export class TenantData {
  readonly rows: RowMaps = { contacts: new Map(), subLists: new Map(), groups: new Map() };
  /** Latest change per row, in cursor order: a re-written row is moved to the end. */
  private readonly entries = new Map<string, EntryRecord>();
  private readonly byPhone = new Map<string, string>();
  private readonly byNameKey: Record<ListTable, Map<string, string>> = { subLists: new Map(), groups: new Map() };
  private readonly listsByMember: Record<ListTable, Map<string, Set<string>>> = {
    subLists: new Map(),
    groups: new Map(),
  };
  private readonly sortedIdsCache: Partial<Record<TableName, string[]>> = {};
  private readonly clients = new Map<string, ClientRecord>();
  private readonly outcomes = new Map<string, OutcomeRecord>();

  constructor(
    readonly record: TenantRecord,
    private readonly journal: Journal,
  ) {}

  get id(): string {
    return this.record.id;
  }

  get<T extends TableName>(table: T, id: string): RowByTable[T] | undefined {
    return this.rows[table].get(id);
  }

  contactByPhone(phone: string): Contact | undefined {
    const id = this.byPhone.get(phone);
    return id === undefined ? undefined : this.rows.contacts.get(id);
  }

  listByNameKey(table: ListTable, nameKey: string): MemberList | undefined {
    const id = this.byNameKey[table].get(nameKey);
    return id === undefined ? undefined : this.rows[table].get(id);
  }

  listsWithMember(table: ListTable, memberId: string): MemberList[] {
    const ids = this.listsByMember[table].get(memberId) ?? [];
    return [...ids].map((id) => this.rows[table].get(id)).filter((list) => list !== undefined);
  }

  /** The table's ids in ascending order, for snapshot paging (cached until a create or delete). */
  sortedIds(table: TableName): string[] {
    return (this.sortedIdsCache[table] ??= [...this.rows[table].keys()].sort());
  }

  /**
   * Commits one row change: takes the next cursor, stamps it as the row's version and
   * records it as the row's latest change. `row` undefined deletes (leaves a tombstone).
   */
  write<T extends TableName>(table: T, id: string, row: RowByTable[T] | undefined): EntryRecord {
    const cursor = ++this.record.cursor;
    const key = `${this.id}/${table}/${id}`;
    const entry: EntryRecord = row
      ? { key, tenantId: this.id, table, id, cursor, version: cursor, op: 'put', row: { ...row, version: cursor } }
      : { key, tenantId: this.id, table, id, cursor, version: cursor, op: 'delete' };
    this.load(entry);
    this.journal.put('tenants', this.record);
    this.journal.put('entries', entry);
    return entry;
  }

  /** Takes in an entry as stored (at start-up) or as just written. */
  load(entry: EntryRecord): void {
    const rows = this.rows[entry.table] as Map<string, Row>;
    const previous = rows.get(entry.id);
    if (previous) this.unindex(entry.table, previous);
    if (entry.row) {
      rows.set(entry.id, entry.row);
      this.index(entry.table, entry.row);
    } else {
      rows.delete(entry.id);
    }
    if (!previous !== !entry.row) delete this.sortedIdsCache[entry.table];
    this.entries.delete(entry.key);
    this.entries.set(entry.key, entry);
  }

  /** Rows whose latest change is after `since`, oldest first, at most `limit`. */
  changesSince(since: number, limit: number): EntryRecord[] {
    const changes: EntryRecord[] = [];
    if (since >= this.record.cursor) return changes;
    for (const entry of this.entries.values()) {
      if (entry.cursor <= since) continue;
      changes.push(entry);
      if (changes.length === limit) break;
    }
    return changes;
  }

  /** The client's record, created at sequence 0 when first seen. */
  client(clientId: string): ClientRecord {
    let client = this.clients.get(clientId);
    if (!client) {
      client = { key: `${this.id}/${clientId}`, tenantId: this.id, clientId, lastAppliedSeq: 0 };
      this.clients.set(clientId, client);
    }
    return client;
  }

  lastAppliedSeq(clientId: string | undefined): number {
    return clientId === undefined ? 0 : (this.clients.get(clientId)?.lastAppliedSeq ?? 0);
  }

  /** Records a mutation's outcome and moves the client past it: one step, so a replay finds it. */
  recordOutcome(client: ClientRecord, outcome: MutationOutcome): void {
    const record: OutcomeRecord = {
      key: `${client.key}/${outcome.seq}`,
      tenantId: this.id,
      clientId: client.clientId,
      outcome,
    };
    this.outcomes.set(`${client.clientId}/${outcome.seq}`, record);
    client.lastAppliedSeq = outcome.seq;
    this.journal.put('outcomes', record);
    this.journal.put('clients', client);
  }

  storedOutcome(clientId: string, seq: number): MutationOutcome | undefined {
    return this.outcomes.get(`${clientId}/${seq}`)?.outcome;
  }

  loadClient(client: ClientRecord): void {
    this.clients.set(client.clientId, client);
  }

  loadOutcome(record: OutcomeRecord): void {
    this.outcomes.set(`${record.clientId}/${record.outcome.seq}`, record);
  }

  dump(): Pick<StateDump, 'entries' | 'clients' | 'outcomes'> {
    return {
      entries: [...this.entries.values()],
      clients: [...this.clients.values()],
      outcomes: [...this.outcomes.values()],
    };
  }

  private index(table: TableName, row: Row): void {
    if (table === 'contacts') {
      this.byPhone.set((row as Contact).phone, row.id);
      return;
    }
    const list = row as MemberList;
    this.byNameKey[table].set(list.nameKey, list.id);
    for (const memberId of list.memberIds) {
      const lists = this.listsByMember[table].get(memberId);
      if (lists) lists.add(list.id);
      else this.listsByMember[table].set(memberId, new Set([list.id]));
    }
  }

  /** Drops a row's index entries; a key already taken over by another row is left alone. */
  private unindex(table: TableName, row: Row): void {
    const dropIfOwn = (index: Map<string, string>, key: string) => {
      if (index.get(key) === row.id) index.delete(key);
    };
    if (table === 'contacts') {
      dropIfOwn(this.byPhone, (row as Contact).phone);
      return;
    }
    const list = row as MemberList;
    dropIfOwn(this.byNameKey[table], list.nameKey);
    for (const memberId of list.memberIds) this.listsByMember[table].get(memberId)?.delete(list.id);
  }
}

/** Tenants, admin accounts and sessions. */
export class ServerState {
  readonly journal = new Journal();
  readonly tenants = new Map<string, TenantData>();
  readonly accounts = new Map<string, AccountRecord>();
  readonly sessions = new Map<string, SessionRecord>();

  addTenant(record: TenantRecord): TenantData {
    const tenant = new TenantData(record, this.journal);
    this.tenants.set(record.id, tenant);
    this.journal.put('tenants', record);
    return tenant;
  }

  addAccount(account: AccountRecord): void {
    this.accounts.set(account.id, account);
    this.journal.put('accounts', account);
  }

  /** Usernames are e-mail addresses: compared trimmed and without case. */
  accountByUsername(username: string): AccountRecord | undefined {
    const wanted = username.trim().toLowerCase();
    return [...this.accounts.values()].find((account) => account.username.toLowerCase() === wanted);
  }

  openSession(session: SessionRecord): void {
    this.sessions.set(session.token, session);
    this.journal.put('sessions', session);
  }

  closeSession(token: string): void {
    this.sessions.delete(token);
    this.journal.remove('sessions', token);
  }

  dump(): StateDump {
    const tenants = [...this.tenants.values()];
    const perTenant = tenants.map((tenant) => tenant.dump());
    return {
      tenants: tenants.map((tenant) => tenant.record),
      accounts: [...this.accounts.values()],
      sessions: [...this.sessions.values()],
      entries: perTenant.flatMap((dump) => dump.entries),
      clients: perTenant.flatMap((dump) => dump.clients),
      outcomes: perTenant.flatMap((dump) => dump.outcomes),
    };
  }

  static fromDump(dump: StateDump): ServerState {
    const state = new ServerState();
    for (const record of dump.tenants) state.tenants.set(record.id, new TenantData(record, state.journal));
    for (const account of dump.accounts) state.accounts.set(account.id, account);
    for (const session of dump.sessions) state.sessions.set(session.token, session);
    const tenantOf = (tenantId: string) => {
      const tenant = state.tenants.get(tenantId);
      if (!tenant) throw new Error(`Stored record of unknown tenant ${tenantId}`);
      return tenant;
    };
    // Entries must be taken in cursor order so that the change log keeps its order.
    for (const entry of [...dump.entries].sort((a, b) => a.cursor - b.cursor)) tenantOf(entry.tenantId).load(entry);
    for (const client of dump.clients) tenantOf(client.tenantId).loadClient(client);
    for (const record of dump.outcomes) tenantOf(record.tenantId).loadOutcome(record);
    return state;
  }
}
