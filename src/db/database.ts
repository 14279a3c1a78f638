/**
 * What the app stores in the browser, per signed-in tenant and user (one IndexedDB
 * database each, named `ptt-admin:<tenantId>:<userId>`):
 * - `contacts`, `subLists`, `groups`: the rows the screens show — the server's rows with
 *   the still-pending local edits applied on top;
 * - `serverRows`: the last copy of each row the server sent, to rebase pending edits on;
 * - `outbox`: the edits waiting for the server, in order;
 * - `syncIssues`: conflicts and rejections for the Sync issues page;
 * - `meta`: client id, next sequence number, pull cursor.
 */
import { Dexie, type EntityTable, type Table } from 'dexie';
import type { Contact, Group, SubList, TableName } from '../domain/model';
import type { Intent } from '../domain/intents';
import type { MutationEnvelope, MutationOutcome } from '../domain/protocol';
import type { RowRef } from '../domain/apply';

export interface ServerRow {
  table: TableName;
  id: string;
  row: Contact | SubList | Group;
}

export interface OutboxEntry {
  seq: number;
  key: string;
  intent: Intent;
  base: MutationEnvelope['base'];
  /** Rows the edit changed locally: shown as pending, and reset before a rebase. */
  touched: RowRef[];
  createdAt: number;
}

export interface SyncIssue {
  key: string;
  seq: number;
  intent: Intent;
  outcome: MutationOutcome;
  /** The values the user wanted, for "keep mine". */
  mine: Record<string, unknown>;
  createdAt: number;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

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
}

export function databaseName(tenantId: string, userId: string): string {
  return `ptt-admin:${tenantId}:${userId}`;
}
