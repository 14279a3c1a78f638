/**
 * The memory store's state as plain records — the form the demo's IndexedDB store
 * persists them in (one object store per kind) — and the journal of what a transaction
 * changed, so a persistent host writes only that.
 */
import type { TableName } from '../../../src/domain/model';
import type { ChangeOp, MutationOutcome } from '../../../src/domain/protocol';
import type { AccountRecord, Row, SessionRecord, TenantRecord } from '../storage';

export interface TenantStateRecord extends TenantRecord {
  /** The cursor of the tenant's latest change. */
  cursor: number;
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
  tenants: TenantStateRecord;
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
  sessions: 'tokenHash',
  entries: 'key',
  clients: 'key',
  outcomes: 'key',
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
