/**
 * What the app stores in the browser, per signed-in tenant and user (one IndexedDB
 * database each, named `ptt-admin:<tenantId>:<userId>`, kept after sign-out so queued
 * edits wait for that user's next sign-in on this device):
 * - `contacts`, `subLists`, `groups`: the rows the screens show — the server's rows with
 *   the still-pending local edits applied on top;
 * - `serverRows`: the server's copy of each row that a pending edit changed (null: the
 *   server has no such row), to rebase pending edits on. Rows without pending edits are
 *   the server's copy already, so they are not stored twice (initial sync stays one write);
 * - `outbox`: the edits waiting for the server, in order, with the server's outcome once known;
 * - `syncIssues`: conflicts and rejections for the Sync issues page;
 * - `meta`: client id, next sequence number, pull cursor, initial-sync position, and the
 *   session's bearer token (kept here, not in localStorage, so it goes with the data).
 */
import { Dexie, type EntityTable, type Table } from 'dexie';
import type { Contact, Group, SubList, TableName } from '../domain/model';
import type { Intent } from '../domain/intents';
import type { MutationEnvelope, MutationOutcome } from '../domain/protocol';
import type { RowRef } from '../domain/apply';

export interface ServerRow {
  table: TableName;
  id: string;
  /** Null when the server has no such row (a row created locally, not yet sent). */
  row: Contact | SubList | Group | null;
}

export interface OutboxEntry {
  seq: number;
  key: string;
  intent: Intent;
  base: MutationEnvelope['base'];
  /** Rows the edit changed locally: shown as pending, and reset before a rebase. */
  touched: RowRef[];
  createdAt: number;
  /** The server's answer, once received; the entry leaves the outbox at the next pull. */
  outcome?: MutationOutcome;
}

export interface SyncIssue {
  key: string;
  seq: number;
  intent: Intent;
  outcome: MutationOutcome;
  /** The values the user wanted, for "keep mine". */
  mine: Record<string, unknown>;
  /** The name of the row the edit was about, when it was made (the row may be gone since). */
  subject: string;
  createdAt: number;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export const META = {
  clientId: 'clientId',
  nextSeq: 'nextSeq',
  /** The change-log cursor the local rows are at; absent until the initial sync is complete. */
  cursor: 'cursor',
  /** Where an interrupted initial sync resumes (see src/sync/snapshot.ts). */
  snapshot: 'snapshot',
  /** The signed-in session's bearer token (src/db/device-data.ts); removed at Exit. */
  sessionToken: 'sessionToken',
} as const;

export class PttDatabase extends Dexie {
  contacts!: EntityTable<Contact, 'id'>;
  subLists!: EntityTable<SubList, 'id'>;
  groups!: EntityTable<Group, 'id'>;
  serverRows!: Table<ServerRow, [TableName, string]>;
  outbox!: EntityTable<OutboxEntry, 'seq'>;
  syncIssues!: EntityTable<SyncIssue, 'key'>;
  meta!: EntityTable<MetaRow, 'key'>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({
      contacts: 'id, sortKey, phone, kind',
      subLists: 'id, nameKey, *memberIds',
      groups: 'id, nameKey, *memberIds',
      serverRows: '[table+id]',
      outbox: 'seq',
      syncIssues: 'key, seq',
      meta: 'key',
    });
  }

  /** Every table an edit or a sync writes: saving edits and the sync's commit each take them all in one transaction. */
  get syncTables() {
    return [this.contacts, this.subLists, this.groups, this.serverRows, this.outbox, this.syncIssues, this.meta];
  }
}

/** Every tenant database's name starts so (the demo back-end's own database does not). */
export const DATABASE_PREFIX = 'ptt-admin:';

export function databaseName(tenantId: string, userId: string): string {
  return `${DATABASE_PREFIX}${tenantId}:${userId}`;
}

/** This database's client id for the server's per-client sequence: made once, in the caller's transaction. */
export async function clientIdOf(db: PttDatabase): Promise<string> {
  const stored = (await db.meta.get(META.clientId))?.value;
  if (typeof stored === 'string') return stored;
  const clientId = crypto.randomUUID();
  await db.meta.put({ key: META.clientId, value: clientId });
  return clientId;
}

/** Names the BroadcastChannel on which saved edits wake the tab that syncs this database, and the Web Lock that picks that tab. */
export function syncChannelName(db: PttDatabase): string {
  return `ptt-sync:${db.name}`;
}
