/**
 * The memory store's state as plain records — the form the demo's IndexedDB store
 * persists them in (one object store per kind) — and the journal of what a transaction
 * changed, so a persistent host writes only that.
 */
import type { ActivityEntry } from '../../../src/domain/activity';
import type { TableName } from '../../../src/domain/model';
import type { ChangeOp, Generation, MutationOutcome } from '../../../src/domain/protocol';
import type { AccountRecord, Row, SessionRecord, TenantRecord } from '../storage';

export interface TenantStateRecord extends TenantRecord {
  /** The cursor of the tenant's latest change. */
  cursor: number;
  /** Absent in a demo database from before generations: `LEGACY_GENERATION`. */
  generation?: Generation;
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

/**
 * What one change replaced: the row's previous latest change (absent: the row had none).
 * The last `HISTORY_LIMIT` of them let the demo and the tests put a tenant back as it was
 * some changes ago, as a restore from a backup would (backups.ts).
 */
export interface HistoryRecord {
  /** `${tenantId}/${cursor}` */
  key: string;
  tenantId: string;
  cursor: number;
  /** The tenant's cursor when the transaction that made this change began: a backup holds whole transactions. */
  txStart: number;
  table: TableName;
  id: string;
  previous?: EntryRecord;
}

/** One activity entry. */
export interface ActivityRecord {
  /** `${tenantId}/${id}` */
  key: string;
  tenantId: string;
  entry: ActivityEntry;
  /** The tenant's cursor once the entry's edit was written (a restore lets go of the entries after it); absent in records stored before it was kept. */
  cursor?: number;
}

export function activityRecord(
  tenantId: string,
  { entry, cursor }: { entry: ActivityEntry; cursor: number },
): ActivityRecord {
  return { key: `${tenantId}/${entry.id}`, tenantId, entry, cursor };
}

/** The last activity number a tenant gave, kept apart from the entries that retention trims. */
export interface ActivityIdRecord {
  /** The tenant id. */
  key: string;
  tenantId: string;
  lastId: number;
}

export interface RecordByStore {
  tenants: TenantStateRecord;
  accounts: AccountRecord;
  sessions: SessionRecord;
  entries: EntryRecord;
  clients: ClientRecord;
  outcomes: OutcomeRecord;
  history: HistoryRecord;
  activity: ActivityRecord;
  activityIds: ActivityIdRecord;
}
export type StoreName = keyof RecordByStore;
export const STORE_NAMES: readonly StoreName[] = [
  'tenants',
  'accounts',
  'sessions',
  'entries',
  'clients',
  'outcomes',
  'history',
  'activity',
  'activityIds',
];
export const STORE_KEYS: { [S in StoreName]: keyof RecordByStore[S] & string } = {
  tenants: 'id',
  accounts: 'id',
  sessions: 'tokenHash',
  entries: 'key',
  clients: 'key',
  outcomes: 'key',
  history: 'key',
  activity: 'key',
  activityIds: 'key',
};

/** Every record of the state, by store: what is persisted and loaded. */
export type StateDump = { [S in StoreName]: RecordByStore[S][] };

export interface JournalBatch {
  store: StoreName;
  puts: unknown[];
  deletes: string[];
}

/** The records one transaction wrote or deleted; records are never mutated once written, so they are kept by reference. */
export class Journal {
  private readonly pending = new Map<StoreName, Map<string, unknown>>();

  put<S extends StoreName>(store: S, record: RecordByStore[S]): void {
    this.storeMap(store).set(record[STORE_KEYS[store]] as string, record);
  }

  remove(store: StoreName, key: string): void {
    this.storeMap(store).set(key, null);
  }

  batches(): JournalBatch[] {
    return [...this.pending].map(([store, records]) => ({
      store,
      puts: [...records.values()].filter((record) => record !== null),
      deletes: [...records].filter(([, record]) => record === null).map(([key]) => key),
    }));
  }

  private storeMap(store: StoreName) {
    let records = this.pending.get(store);
    if (!records) this.pending.set(store, (records = new Map()));
    return records;
  }
}

/** The journal that turns the records `before` into `after`; records are compared by reference, as they are never mutated. */
export function journalBetween(before: Partial<StateDump>, after: Partial<StateDump>): JournalBatch[] {
  const journal = new Journal();
  for (const store of STORE_NAMES) {
    const key = (record: unknown) => (record as Record<string, string>)[STORE_KEYS[store]] as string;
    const earlier = new Map((before[store] ?? []).map((record) => [key(record), record as unknown]));
    const later = new Set<string>();
    for (const record of after[store] ?? []) {
      later.add(key(record));
      if (earlier.get(key(record)) !== record) journal.put(store, record as never);
    }
    for (const gone of earlier.keys()) if (!later.has(gone)) journal.remove(store, gone);
  }
  return journal.batches();
}
