/**
 * One tenant's state in the memory store: rows with the indexes `applyIntent` needs, the
 * change log (latest change per row, kept in cursor order: a rewritten row moves to the
 * end), client sequences, stored outcomes, and the history of the last changes (what each
 * replaced, for backups.ts). Records are replaced, never mutated, so a transaction can undo
 * a step by putting the previous record back.
 */
import type { ListTable } from '../../../src/domain/apply';
import type { Contact, MemberList, RowByTable, Supervisor, TableName } from '../../../src/domain/model';
import type { Change, MutationOutcome } from '../../../src/domain/protocol';
import type { Row } from '../storage';
import type { ClientRecord, EntryRecord, HistoryRecord, OutcomeRecord, TenantStateRecord } from './records';

/** How many changes back the history goes: how far the simulated backups reach. */
export const HISTORY_LIMIT = 1_000;

/** A tenant's records, as stored. */
export interface TenantRecords {
  entries: EntryRecord[];
  clients: ClientRecord[];
  outcomes: OutcomeRecord[];
  history: HistoryRecord[];
}

/** What one write stored: the row's new latest change, what it replaced, and the history record it pushed out. */
export interface Written {
  entry: EntryRecord;
  history: HistoryRecord;
  pruned: HistoryRecord | undefined;
}

type RowMaps = { [T in TableName]: Map<string, RowByTable[T]> };
const LIST_TABLES: readonly ListTable[] = ['subLists', 'groups'];
/** An empty map of any value type (short, so the indexes below read on one line each). */
const map = () => new Map<string, never>();

export class TenantData {
  private readonly rows: RowMaps = { contacts: map(), subLists: map(), groups: map(), supervisors: map() };
  /** Latest change per row, in cursor order. */
  private entries = new Map<string, EntryRecord>();
  private readonly byPhone = new Map<string, string>();
  private readonly byNameKey: Record<ListTable, Map<string, string>> = { subLists: map(), groups: map() };
  /** Which lists hold a contact: built on first use, as loading a tenant's 50,000 rows need not pay for it. */
  private listsByMember: Record<ListTable, Map<string, Set<string>>> | null = null;
  private readonly sortedIdsCache: Partial<Record<TableName, string[]>> = {};
  private readonly clients = new Map<string, ClientRecord>();
  private readonly outcomes = new Map<string, OutcomeRecord>();
  private readonly outcomesByKey = new Map<string, OutcomeRecord>();
  /** By cursor, oldest first. */
  private readonly history = new Map<number, HistoryRecord>();

  constructor(public record: TenantStateRecord) {}

  /** A tenant as stored; entries and history are taken in cursor order, so the log keeps its order. */
  static fromRecords(record: TenantStateRecord, records: TenantRecords): TenantData {
    const data = new TenantData(record);
    const byCursor = <T extends { cursor: number }>(list: T[]) => [...list].sort((a, b) => a.cursor - b.cursor);
    for (const entry of byCursor(records.entries)) data.load(entry);
    for (const client of records.clients) data.loadClient(client);
    for (const outcome of records.outcomes) data.loadOutcome(outcome);
    for (const step of byCursor(records.history)) data.history.set(step.cursor, step);
    return data;
  }

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
    if (!this.listsByMember)
      for (const kind of LIST_TABLES) this.rows[kind].forEach((list) => this.indexMembers(kind, list));
    const ids = this.listsByMember?.[table].get(memberId) ?? [];
    return [...ids].map((id) => this.rows[table].get(id)).filter((list) => list !== undefined);
  }

  /** A tenant has a few supervisors: looked through rather than indexed. */
  supervisorsOfGroup(groupId: string): Supervisor[] {
    return [...this.rows.supervisors.values()].filter((supervisor) => supervisor.groupIds.includes(groupId));
  }

  rowsAfter<T extends TableName>(table: T, after: string | undefined, limit: number): RowByTable[T][] {
    const ids = this.sortedIds(table);
    const start = after === undefined ? 0 : firstIndexAfter(ids, after);
    return ids.slice(start, start + limit).map((id) => this.rows[table].get(id) as RowByTable[T]);
  }

  rowCount(table: TableName): number {
    return this.rows[table].size;
  }

  /** The latest change of a row, if it ever changed. */
  entry(table: TableName, id: string): EntryRecord | undefined {
    return this.entries.get(this.entryKey(table, id));
  }

  /**
   * Takes the next cursor, stamps it as the row's version and records it as the row's latest
   * change; the history keeps what it replaced (the oldest history record drops out past the limit).
   */
  write<T extends TableName>(table: T, id: string, row: RowByTable[T] | undefined, txStart: number): Written {
    const cursor = this.record.cursor + 1;
    this.record = { ...this.record, cursor };
    const key = this.entryKey(table, id);
    const base = { key, tenantId: this.id, table, id, cursor, version: cursor };
    const entry: EntryRecord = row
      ? { ...base, op: 'put', row: { ...row, version: cursor } }
      : { ...base, op: 'delete' };
    const previous = this.entries.get(key);
    const history: HistoryRecord = {
      key: `${this.id}/${cursor}`,
      tenantId: this.id,
      cursor,
      txStart,
      table,
      id,
      ...(previous ? { previous } : {}),
    };
    this.load(entry);
    this.history.set(cursor, history);
    const oldest = this.history.size > HISTORY_LIMIT ? this.history.values().next().value : undefined;
    if (oldest) this.history.delete(oldest.cursor);
    return { entry, history, pruned: oldest };
  }

  /** Undoes the history part of a write. */
  unwriteHistory({ history, pruned }: Written): void {
    this.history.delete(history.cursor);
    if (!pruned) return;
    const later = [...this.history.values()];
    this.history.clear();
    for (const step of [pruned, ...later]) this.history.set(step.cursor, step);
  }

  /** Puts a row back as it was before a write: its previous latest change, or none. */
  restore(table: TableName, id: string, previous: EntryRecord | undefined): void {
    if (previous) return this.load(previous);
    const key = this.entryKey(table, id);
    const current = this.entries.get(key);
    if (current?.row) this.unindex(table, current.row);
    if (current?.row) delete this.sortedIdsCache[table];
    (this.rows[table] as Map<string, Row>).delete(id);
    this.entries.delete(key);
  }

  /** Puts the log back in cursor order after `restore` moved entries to its end. */
  reorderLog(): void {
    this.entries = new Map([...this.entries].sort(([, a], [, b]) => a.cursor - b.cursor));
  }

  /** Takes in an entry as stored (at start-up, in cursor order) or as just written. */
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

  changesSince(since: number, limit: number): Change[] {
    const changes: Change[] = [];
    if (since >= this.record.cursor) return changes;
    for (const entry of this.entries.values()) {
      if (entry.cursor <= since) continue;
      changes.push(toChange(entry));
      if (changes.length === limit) break;
    }
    return changes;
  }

  client(clientId: string): ClientRecord | undefined {
    return this.clients.get(clientId);
  }

  storedOutcome(clientId: string, seq: number): MutationOutcome | undefined {
    return this.outcomes.get(`${clientId}/${seq}`)?.outcome;
  }

  outcomeByKey(key: string): MutationOutcome | undefined {
    return this.outcomesByKey.get(key)?.outcome;
  }

  /** Stores the outcome and moves the client to its seq; returns the records written. */
  recordOutcome(clientId: string, outcome: MutationOutcome): { client: ClientRecord; stored: OutcomeRecord } {
    const clientKey = `${this.id}/${clientId}`;
    const client: ClientRecord = { key: clientKey, tenantId: this.id, clientId, lastAppliedSeq: outcome.seq };
    const stored: OutcomeRecord = { key: `${clientKey}/${outcome.seq}`, tenantId: this.id, clientId, outcome };
    this.loadClient(client);
    this.loadOutcome(stored);
    return { client, stored };
  }

  /** Undoes `recordOutcome`. */
  forgetOutcome(clientId: string, seq: number, previousClient: ClientRecord | undefined): void {
    const forgotten = this.outcomes.get(`${clientId}/${seq}`);
    if (forgotten && this.outcomesByKey.get(forgotten.outcome.key) === forgotten) {
      this.outcomesByKey.delete(forgotten.outcome.key);
    }
    this.outcomes.delete(`${clientId}/${seq}`);
    if (previousClient) this.clients.set(clientId, previousClient);
    else this.clients.delete(clientId);
  }

  loadClient(client: ClientRecord): void {
    this.clients.set(client.clientId, client);
  }

  loadOutcome(record: OutcomeRecord): void {
    this.outcomes.set(`${record.clientId}/${record.outcome.seq}`, record);
    // The first outcome of a key is the edit's own; a later one under another client repeats it.
    if (!this.outcomesByKey.has(record.outcome.key)) this.outcomesByKey.set(record.outcome.key, record);
  }

  dump(): TenantRecords {
    return {
      entries: [...this.entries.values()],
      clients: [...this.clients.values()],
      outcomes: [...this.outcomes.values()],
      history: [...this.history.values()],
    };
  }

  private entryKey(table: TableName, id: string): string {
    return `${this.id}/${table}/${id}`;
  }

  /** The table's ids in ascending order, for snapshot paging (cached until a create or delete). */
  private sortedIds(table: TableName): string[] {
    return (this.sortedIdsCache[table] ??= [...this.rows[table].keys()].sort());
  }

  private index(table: TableName, row: Row): void {
    if (table === 'supervisors') return;
    if (table === 'contacts') {
      this.byPhone.set((row as Contact).phone, row.id);
      return;
    }
    const list = row as MemberList;
    this.byNameKey[table].set(list.nameKey, list.id);
    if (this.listsByMember) this.indexMembers(table, list);
  }

  private indexMembers(table: ListTable, list: MemberList): void {
    const index = (this.listsByMember ??= { subLists: map(), groups: map() })[table];
    for (const memberId of list.memberIds) index.set(memberId, (index.get(memberId) ?? new Set()).add(list.id));
  }

  /** Drops a row's index entries; a key already taken over by another row is left alone. */
  private unindex(table: TableName, row: Row): void {
    const dropIfOwn = (index: Map<string, string>, key: string) => {
      if (index.get(key) === row.id) index.delete(key);
    };
    if (table === 'supervisors') return;
    if (table === 'contacts') {
      dropIfOwn(this.byPhone, (row as Contact).phone);
      return;
    }
    const list = row as MemberList;
    dropIfOwn(this.byNameKey[table], list.nameKey);
    for (const memberId of list.memberIds) this.listsByMember?.[table].get(memberId)?.delete(list.id);
  }
}

/** Index of the first id greater than `after` in ascending `ids` (binary search). */
function firstIndexAfter(ids: readonly string[], after: string): number {
  let low = 0;
  let high = ids.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((ids[middle] ?? '') <= after) low = middle + 1;
    else high = middle;
  }
  return low;
}

function toChange(entry: EntryRecord): Change {
  const { cursor, table, id, op, version, row } = entry;
  return (row ? { cursor, table, id, op, version, row } : { cursor, table, id, op, version }) as Change;
}
