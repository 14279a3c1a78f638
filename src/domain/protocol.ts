/**
 * The wire protocol between the app and the PTT back-end (documented in docs/api.md).
 * Every call but sign-in carries `Authorization: Bearer <token>`.
 */
import type { AccountRole, ActivityEntry } from './activity';
import type { Intent } from './intents';
import type { RejectionReason } from './outcomes';
import type { RowByTable, TableName } from './model';

export const API = {
  session: '/api/session',
  snapshot: '/api/snapshot',
  changes: '/api/changes',
  mutations: '/api/mutations',
  activity: '/api/activity',
} as const;

export type TenantKind = 'small-business' | 'large-enterprise';

/** POST /api/session */
export interface SignInRequest {
  username: string;
  password: string;
}
export interface SignInResponse {
  token: string;
  tenant: { id: string; name: string; kind: TenantKind };
  /** `role`: what the account may do (src/domain/roles.ts); absent from servers before roles, meaning administrator. */
  user: { id: string; username: string; displayName: string; role?: AccountRole };
}

/**
 * One history of a tenant's data. A restore from a backup, a failover to a standby that is
 * behind, or a wipe replaces the server's history; the new one is a new generation, so a
 * client never mixes cursors, versions or sequence numbers of two histories (docs/api.md).
 */
export interface Generation {
  id: string;
  /**
   * The earlier generations this history continues, newest first, each with the cursor up
   * to which this history still holds it (a restore to cursor 80 keeps changes 1–80). Empty
   * after a wipe: nothing is kept.
   */
  lineage: Array<{ id: string; keptUpTo: number }>;
}

/** GET /api/snapshot?table=contacts&after=<id>&limit=5000 — one page of a table, ordered by id. */
export interface SnapshotResponse<T extends TableName = TableName> {
  /** The generation the page was read in (its id). */
  generation: string;
  table: T;
  rows: RowByTable[T][];
  /** Pass as `after` for the next page; null on the last page. */
  next: string | null;
  /** The change-log cursor the page was read at: pull from the smallest one seen. */
  cursor: number;
  /** Rows in the whole table, for progress. */
  total: number;
}

export type ChangeOp = 'put' | 'delete';
export type Change = {
  [T in TableName]: { cursor: number; table: T; id: string; op: ChangeOp; version: number; row?: RowByTable[T] };
}[TableName];

/** GET /api/changes?since=<cursor>&generation=<id>&clientId=<id>&limit=<n> */
export interface ChangesResponse {
  generation: string;
  changes: Change[];
  cursor: number;
  hasMore: boolean;
  /** The last sequence number the server applied for this client (0 when none). */
  lastAppliedSeq: number;
  /**
   * The caller's role as the server's directory has it now: how a device signed in before roles
   * existed, or whose role an operator changed, learns it (absent from servers before roles).
   */
  role?: AccountRole;
}

/** One queued edit as sent to the server. */
export interface MutationEnvelope {
  seq: number;
  /** The edit's idempotency key, unique per edit (a random UUID): it stays with the edit when it is re-sent. */
  key: string;
  intent: Intent;
  /** What the edit was made on: the target row's version and the values of the fields it overwrites. */
  base: { version: number; fields: Record<string, unknown> } | null;
}

/** POST /api/mutations */
export interface PushRequest {
  /** The generation the client's data comes from: a push to another one is refused (410), nothing applied. */
  generation?: string;
  clientId: string;
  mutations: MutationEnvelope[];
}

export type MutationStatus = 'applied' | 'merged' | 'conflict' | 'rejected';

export interface MutationOutcome {
  seq: number;
  key: string;
  status: MutationStatus;
  reason?: RejectionReason;
  detail?: Record<string, string | number>;
  /** For conflicts: the server's current values of the contested fields, and the row version. */
  server?: { version: number; fields: Record<string, unknown> };
  /** The tenant's cursor once the mutation was judged: a restore to an earlier cursor loses it. */
  cursor?: number;
  /** Members the intent named that no longer exist: left out of the create or the addition. */
  droppedMembers?: string[];
}

export interface PushResponse {
  generation: string;
  outcomes: MutationOutcome[];
  lastAppliedSeq: number;
}

/** GET /api/activity?before=|after=&accountId=&kind=&table=&rowId=&from=&to=&limit= */
export interface ActivityResponse {
  /** Newest first; oldest first with `after`. */
  entries: ActivityEntry[];
  /** More entries match past the last one of this page. */
  hasMore: boolean;
}

/**
 * Body of every 4xx/5xx answer. 409 `sequenceGap` carries `expectedSeq`; 409 `sequenceReused`
 * the first `seq` whose key differs; 410 `generationChanged` the server's `generation`, `cursor`
 * and (given a client id) the client's `lastAppliedSeq`.
 */
export interface ApiError {
  reason:
    | 'malformed'
    | 'unauthorized'
    | 'forbidden'
    | 'notFound'
    | 'sequenceGap'
    | 'sequenceReused'
    | 'generationChanged'
    | 'unavailable'
    | 'tooManyRequests'
    | 'credentials';
  message?: string;
  expectedSeq?: number;
  seq?: number;
  generation?: Generation;
  cursor?: number;
  lastAppliedSeq?: number;
}
