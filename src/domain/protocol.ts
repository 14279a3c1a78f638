/**
 * The wire protocol between the app and the PTT back-end (documented in docs/api.md).
 * Every call but sign-in carries `Authorization: Bearer <token>`.
 */
import type { Intent } from './intents';
import type { RejectionReason } from './outcomes';
import type { RowByTable, TableName } from './model';

export const API = {
  session: '/api/session',
  snapshot: '/api/snapshot',
  changes: '/api/changes',
  mutations: '/api/mutations',
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
  user: { id: string; username: string; displayName: string };
}

/** GET /api/snapshot?table=contacts&after=<id>&limit=5000 — one page of a table, ordered by id. */
export interface SnapshotResponse<T extends TableName = TableName> {
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

/** GET /api/changes?since=<cursor>&clientId=<id>&limit=<n> */
export interface ChangesResponse {
  changes: Change[];
  cursor: number;
  hasMore: boolean;
  /** The last sequence number the server applied for this client (0 when none). */
  lastAppliedSeq: number;
}

/** One queued edit as sent to the server. */
export interface MutationEnvelope {
  seq: number;
  /** Unique per edit: `${clientId}:${seq}`. */
  key: string;
  intent: Intent;
  /** What the edit was made on: the target row's version and the values of the fields it overwrites. */
  base: { version: number; fields: Record<string, unknown> } | null;
}

/** POST /api/mutations */
export interface PushRequest {
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
}

export interface PushResponse {
  outcomes: MutationOutcome[];
  lastAppliedSeq: number;
}

/** Body of every 4xx/5xx answer. 409 `sequenceGap` carries `expectedSeq`. */
export interface ApiError {
  reason:
    | 'malformed'
    | 'unauthorized'
    | 'forbidden'
    | 'notFound'
    | 'sequenceGap'
    | 'unavailable'
    | 'tooManyRequests'
    | 'credentials';
  message?: string;
  expectedSeq?: number;
}
