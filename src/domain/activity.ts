/**
 * The activity log: who changed what, and when (docs/api.md, "Activity"). The server writes
 * one entry for every edit it applies or merges, in the edit's own transaction; the app
 * keeps the recent ones and turns each into a sentence. Shared here so both sides agree on
 * the shape, on what counts as a changed field, and on the kinds a user filters by.
 */
import type { Intent, IntentName } from './intents';
import type { TableName } from './model';

export type AccountRole = 'administrator' | 'supervisor';

export interface ActivityActor {
  accountId: string;
  /** The account's display name when the edit was made. */
  name: string;
  role: AccountRole;
}

export type ActivityOp = 'create' | 'update' | 'delete';

/** One field's value before and after the edit; a side is absent when the row did not exist then. */
export interface FieldChange {
  before?: unknown;
  after?: unknown;
}

/** One row an edit touched: its target first, then the cascades (scan lists a deleted group left). */
export interface ActivityRow {
  table: TableName;
  id: string;
  /** The row's name after the edit, or before it for a delete: still readable once the row is gone. */
  name: string;
  op: ActivityOp;
  changes: Record<string, FieldChange>;
}

export interface ActivityEntry {
  /** Per tenant, from 1, one more for each entry: the order of the log and the paging key. */
  id: number;
  /** Milliseconds since the epoch, the server's clock when the edit was applied. */
  at: number;
  actor: ActivityActor;
  intent: Intent;
  rows: ActivityRow[];
}

/** What a new entry carries before the store numbers it. */
export type NewActivityEntry = Omit<ActivityEntry, 'id'>;

/** The kinds of change a reader filters by: each intent belongs to one. */
export const ACTIVITY_KINDS = ['contacts', 'subLists', 'groups', 'scanning', 'messaging', 'supervisors'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export function activityKind(intent: IntentName): ActivityKind {
  if (intent.startsWith('externalContact.')) return 'contacts';
  if (intent.startsWith('subList.')) return 'subLists';
  if (intent.startsWith('group.')) return 'groups';
  if (intent.startsWith('supervisor.')) return 'supervisors';
  return intent === 'scanning.update' ? 'scanning' : 'messaging';
}

/** The intent names of a kind: what the server's `kind` filter matches. */
export function intentsOfKind(kind: ActivityKind, names: readonly IntentName[]): IntentName[] {
  return names.filter((name) => activityKind(name) === kind);
}

/** A reading of the log: newest first before `before`, or oldest first after `after`; every filter optional. */
export interface ActivityQuery {
  before?: number;
  after?: number;
  accountId?: string;
  /** Entries that touched this row. */
  row?: { table: TableName; id: string };
  intents?: IntentName[];
  /** Milliseconds since the epoch: `from` inclusive, `to` exclusive. */
  from?: number;
  to?: number;
  limit: number;
}

/** Retention of the server's log, unless the host sets another (`CoreOptions.activityRetentionDays`). */
export const DEFAULT_ACTIVITY_RETENTION_DAYS = 400;

/** Derived fields (kept from the name) and the version are not what a person changed. */
const UNREPORTED = new Set(['id', 'version', 'sortKey', 'nameKey']);

/** What changed in a row, field by field; null when nothing a person would see did. */
export function rowChange(
  table: TableName,
  id: string,
  before: object | undefined,
  after: object | undefined,
): ActivityRow | null {
  const was = (before ?? {}) as Record<string, unknown>;
  const is = (after ?? {}) as Record<string, unknown>;
  const changes: Record<string, FieldChange> = {};
  for (const field of new Set([...Object.keys(was), ...Object.keys(is)])) {
    if (UNREPORTED.has(field) || sameJson(was[field], is[field])) continue;
    changes[field] = {
      ...(field in was ? { before: was[field] } : {}),
      ...(field in is ? { after: is[field] } : {}),
    };
  }
  if (before && after && Object.keys(changes).length === 0) return null;
  const op: ActivityOp = !before ? 'create' : !after ? 'delete' : 'update';
  const name = String(is.name ?? was.name ?? '');
  return { table, id, name, op, changes };
}

/** Equality of JSON values, ignoring object key order. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  return aKeys.every((key) => sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
