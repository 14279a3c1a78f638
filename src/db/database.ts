/**
 * What the app stores in the browser, per signed-in tenant and user (one IndexedDB
 * database each, named `ptt-admin:<tenantId>:<userId>`, kept after sign-out so queued
 * edits wait for that user's next sign-in on this device):
 * - `contacts`, `subLists`, `groups`, `supervisors` (version 5): the rows the screens show — the server's rows with
 *   the still-pending local edits applied on top;
 * - `serverRows`: the server's copy of each row that a pending edit changed (null: the
 *   server has no such row), to rebase pending edits on. Rows without pending edits are
 *   the server's copy already, so they are not stored twice (initial sync stays one write);
 * - `outbox`: the edits waiting for the server, in order, with the server's outcome once known;
 * - `syncIssues`: conflicts and rejections for the Sync issues page;
 * - `acknowledged` (since version 2): the edits the server applied lately, kept for a while
 *   (`ACKNOWLEDGED_WINDOW`) so that they can be sent again if the server's history is cut
 *   back before them (a restore from a backup: docs/sync.md);
 * - `activity` (version 3): the server's recent activity log, readable offline (activity.ts);
 * - version 6 keeps every table and row and drops three indexes (`VERSION_6_STORES`);
 * - `meta`: client id, next sequence number, pull cursor, generation, initial-sync position, and
 *   the session's bearer token (kept here, not in localStorage, so it goes with the data).
 */
import type { AccountRole, ActivityEntry } from '../domain/activity';
import { Dexie, type EntityTable, type Table } from 'dexie';
import type { Contact, Group, RowByTable, SubList, Supervisor, TableName } from '../domain/model';
import type { Intent } from '../domain/intents';
import type { MutationEnvelope, MutationOutcome } from '../domain/protocol';
import type { RowRef } from '../domain/apply';
import { contactWritesMiddleware } from './contact-writes';

export interface ServerRow {
  table: TableName;
  id: string;
  /** Null when the server has no such row (a row created locally, not yet sent). */
  row: RowByTable[TableName] | null;
}

export interface OutboxEntry {
  seq: number;
  key: string;
  intent: Intent;
  base: MutationEnvelope['base'];
  /** Rows the edit changed locally: shown as pending, and reset before a rebase. */
  touched: RowRef[];
  /** The names of the members it adds, as the user picked them: a sync issue can name one deleted since. */
  memberNames?: Record<string, string>;
  createdAt: number;
  /** The server's answer, once received; the entry leaves the outbox at the next pull. */
  outcome?: MutationOutcome;
}

/**
 * What the Sync issues page lists: an edit the server did not apply as sent — a conflict, a
 * rejection (its reason, or `refused` with the server's answer), or a list saved without
 * members that no longer exist (an applied outcome with `droppedMembers`).
 */
export interface SyncIssue {
  key: string;
  seq: number;
  intent: Intent;
  outcome: MutationOutcome;
  /** The values the user wanted, for "keep mine". */
  mine: Record<string, unknown>;
  /** The name of the row the edit was about, when it was made (the row may be gone since). */
  subject: string;
  /** The names of the contacts the edit named, as this device knew them (they may be gone since). */
  memberNames?: Record<string, string>;
  createdAt: number;
}

/** An edit the server applied (or merged), kept for `ACKNOWLEDGED_WINDOW`. */
export interface AcknowledgedEdit {
  key: string;
  intent: Intent;
  base: MutationEnvelope['base'];
  /** The client id and sequence number it was applied under. */
  clientId: string;
  seq: number;
  /** The server's cursor once it was applied: a history cut back before it lacks it. */
  cursor: number;
  acknowledgedAt: number;
}

/** How long acknowledged edits are kept, and how many at most (the oldest go first). */
export const ACKNOWLEDGED_WINDOW = { days: 7, edits: 10_000 } as const;

/** An activity entry as kept here: with the `rowKey`s of the rows it touched, indexed for a row's History. */
export type LocalActivityEntry = ActivityEntry & { rowKeys: string[] };

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
  /** The generation (its id) of the server history the local rows come from; absent until the first answer. */
  generation: 'generation',
  /** The highest sequence number of this client id the server has answered and this device settled. */
  answeredSeq: 'answeredSeq',
  /** The last recovery from a changed history, for the notice the user sees (src/sync/rebootstrap.ts). */
  recovery: 'recovery',
  /** The signed-in session's bearer token (src/db/device-data.ts); removed at Exit. */
  sessionToken: 'sessionToken',
  /** The signed-in account's role, as sign-in answered it (absent: administrator): what the screens offer. */
  role: 'role',
  /** A supervisor's scope (its group ids, sorted) that the activity log held here was last cut to (src/db/activity.ts). */
  activityScope: 'activityScope',
} as const;

/** The tables of version 1, the first schema (kept for the migration test: src/db/migration.test.ts). */
export const VERSION_1_STORES = {
  contacts: 'id, sortKey, phone, kind',
  subLists: 'id, nameKey, *memberIds',
  groups: 'id, nameKey, *memberIds',
  serverRows: '[table+id]',
  outbox: 'seq',
  syncIssues: 'key, seq',
  meta: 'key',
};

/**
 * What version 2 adds: the recently acknowledged edits, by cursor (what a restore lost) and by
 * date (what the window lets go). Every version-1 table and row is kept as it is.
 */
export const VERSION_2_STORES = { acknowledged: 'key, cursor, acknowledgedAt' };

/** What version 3 adds: the recent activity log, by the rows each entry touched. */
export const VERSION_3_STORES = { activity: 'id, *rowKeys' };

/**
 * Version 6 drops the indexes a first sync paid for on every row but that are cheaper without
 * (docs/performance.md, issue 22): the contacts' `kind` (nothing reads it: the screens filter the
 * list in memory) and the lists' multi-entry `memberIds` (a scan of the few lists answers "which
 * lists hold this contact": tenant-store.ts). Every table and row is kept.
 */
export const VERSION_6_STORES = {
  contacts: 'id, sortKey, phone',
  subLists: 'id, nameKey',
  groups: 'id, nameKey',
};

export class PttDatabase extends Dexie {
  contacts!: EntityTable<Contact, 'id'>;
  subLists!: EntityTable<SubList, 'id'>;
  groups!: EntityTable<Group, 'id'>;
  supervisors!: EntityTable<Supervisor, 'id'>;
  serverRows!: Table<ServerRow, [TableName, string]>;
  outbox!: EntityTable<OutboxEntry, 'seq'>;
  syncIssues!: EntityTable<SyncIssue, 'key'>;
  acknowledged!: EntityTable<AcknowledgedEdit, 'key'>;
  meta!: EntityTable<MetaRow, 'key'>;
  activity!: EntityTable<LocalActivityEntry, 'id'>;

  constructor(name: string) {
    super(name);
    this.version(1).stores(VERSION_1_STORES);
    this.version(2).stores(VERSION_2_STORES);
    // Version 3 adds the recent activity log, read offline (src/db/activity.ts).
    this.version(3).stores(VERSION_3_STORES);
    // Version 5 adds supervisors' scopes (issue 18): all of them for an administrator, its own for a supervisor.
    this.version(5).stores({ supervisors: 'id, *groupIds' });
    this.version(6).stores(VERSION_6_STORES);
    this.use(contactWritesMiddleware);
    // Removed from another tab (Exit on a shared device): stay closed. Dexie's own handler, which
    // `false` skips, would let this tab's next query (a sync cycle between two steps) open it again
    // and so create it anew. An upgrade by a newer build keeps Dexie's handling.
    this.on('versionchange', (event) => {
      if (event.newVersion) return undefined;
      this.close({ disableAutoOpen: true });
      return false;
    });
  }

  /** Every table an edit or a sync writes: saving edits and the sync's commit each take them all in one transaction. */
  get syncTables() {
    return [
      this.contacts,
      this.subLists,
      this.groups,
      this.supervisors,
      this.serverRows,
      this.outbox,
      this.syncIssues,
      this.acknowledged,
      this.meta,
    ];
  }
}

/** The role a `META.role` row holds: absent (a session from before roles) is administrator. */
export function roleOf(stored: MetaRow | undefined): AccountRole {
  return stored?.value === 'supervisor' ? 'supervisor' : 'administrator';
}

/** Every tenant database's name starts so (the demo back-end's own database does not). */
export const DATABASE_PREFIX = 'ptt-admin:';

export function databaseName(tenantId: string, userId: string): string {
  return `${DATABASE_PREFIX}${tenantId}:${userId}`;
}

/** The signed-in user a database belongs to (`databaseName`): whom the activity log calls "you". */
export function userIdOf(db: PttDatabase): string {
  return db.name.split(':').slice(2).join(':');
}

/**
 * This database's client id for the server's per-client sequence: made once, in the
 * caller's transaction, and made again only when the sequence must start over (`newClientId`).
 */
export async function clientIdOf(db: PttDatabase): Promise<string> {
  const stored = (await db.meta.get(META.clientId))?.value;
  if (typeof stored === 'string') return stored;
  return newClientId(db);
}

/** A new client id whose sequence starts at 1; in the caller's transaction. */
export async function newClientId(db: PttDatabase): Promise<string> {
  const clientId = crypto.randomUUID();
  await db.meta.bulkPut([
    { key: META.clientId, value: clientId },
    { key: META.nextSeq, value: 1 },
    { key: META.answeredSeq, value: 0 },
  ]);
  return clientId;
}

/** A number kept in `meta`, or `fallback`; in the caller's transaction or its own. */
export async function metaNumber(db: PttDatabase, key: string, fallback = 0): Promise<number> {
  const value = (await db.meta.get(key))?.value;
  return typeof value === 'number' ? value : fallback;
}

/** Names the BroadcastChannel on which saved edits wake the tab that syncs this database, and the Web Lock that picks that tab. */
export function syncChannelName(db: PttDatabase): string {
  return `ptt-sync:${db.name}`;
}
