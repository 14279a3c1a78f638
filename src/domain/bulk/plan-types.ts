/**
 * The shapes of an import's dry run (see plan.ts): each row's fate, its errors and changes,
 * and the units of intents that carry out the valid rows; with the helpers every table's
 * planner shares.
 */
import type { Intent } from '../intents';
import type { Contact, MemberList, Priority } from '../model';
import type { RejectionReason } from '../outcomes';
import type { ColumnId, ImportTable } from './columns';

export type Fate = 'create' | 'update' | 'unchanged' | 'remove' | 'error';
export const FATES: readonly Fate[] = ['create', 'update', 'unchanged', 'remove', 'error'];

/**
 * Memberships and scan lists: `exact` makes each list (or subscriber) named in the file hold
 * exactly the rows listed for it — a round trip removes what the spreadsheet deleted; `add`
 * only adds and updates, never removes.
 */
export type ImportMode = 'exact' | 'add';

/** Why a row cannot be imported. The rules' own codes (name.tooLong, phone.areaCode, …) keep their names. */
export type RowErrorCode =
  | Extract<RejectionReason, `name.${string}` | `phone.${string}` | 'group.full' | 'scan.notMember' | 'scan.tooMany'>
  | 'duplicate'
  | 'conflict'
  | 'type.invalid'
  | 'subscriber.readOnly'
  | 'subscriber.notFound'
  | 'list.required'
  | 'list.notFound'
  | 'member.required'
  | 'member.notFound'
  | 'member.ambiguous'
  | 'member.nameMismatch'
  | 'scan.notSubscriber'
  | 'priority.invalid'
  | 'scanning.invalid'
  | 'removal.withheld';

export interface RowError {
  code: RowErrorCode;
  /** The column to fix; null when the row as a whole is at fault. */
  column: ColumnId | null;
  detail?: Record<string, string | number>;
}

/** One field a row changes, before → after (the screen words priorities and settings). */
export type FieldChange =
  | { field: 'name'; before: string; after: string }
  | { field: 'priority'; before: Priority; after: Priority }
  | { field: 'scanning'; before: boolean; after: boolean };

/** What a row is about, for the preview (the screen words it in the user's language). */
export interface RowSubject {
  contact?: { name: string; phone: string };
  list?: string;
  priority?: Priority;
}

export interface PlannedRow {
  /** The row's number as a spreadsheet shows it (the header is row 1); null for a removal the file implies. */
  line: number | null;
  fate: Fate;
  subject: RowSubject;
  changes: FieldChange[];
  errors: RowError[];
  /** The cells as read, for the file of rows in error. */
  cells: string[];
  /** A removal from a group the member scans: the group also leaves their scan list. */
  leavesScanList?: boolean;
}

/** Edits that stand or fall together (one contact, one list, one subscriber), and the rows they carry out. */
export interface PlanUnit {
  intents: Intent[];
  /** How many planned rows (creates, updates, removals) these intents carry out. */
  changes: number;
}

export type FateTotals = Record<Fate, number>;

export interface ImportPlan {
  table: ImportTable;
  mode: ImportMode;
  rows: PlannedRow[];
  totals: FateTotals;
  /** The edits of the valid rows, in file order; empty when nothing would change. */
  units: PlanUnit[];
  /** Headers of the file that are not the table's: ignored. */
  ignoredColumns: string[];
}

/** A file's rows after decoding and parsing: the header row's cells and the data rows. */
export interface ParsedFile {
  headers: string[];
  rows: { line: number; cells: string[] }[];
}

/** What the plan reads: the local rows, as the screens show them. */
export interface TenantSnapshot {
  contacts: readonly Contact[];
  groups: readonly MemberList[];
  subLists: readonly MemberList[];
}

/** Reads one column's cell of a row ('' when the file has no such column). */
export type CellReader = (cells: readonly string[], column: ColumnId) => string;

export interface PlanInput {
  table: ImportTable;
  mode: ImportMode;
  file: ParsedFile;
  snapshot: TenantSnapshot;
  /** Makes the ids of new external contacts (crypto.randomUUID in the app; tests pass a counter). */
  newId: () => string;
}

export function totalsOf(rows: readonly PlannedRow[]): FateTotals {
  const totals: FateTotals = { create: 0, update: 0, unchanged: 0, remove: 0, error: 0 };
  for (const row of rows) totals[row.fate]++;
  return totals;
}

/** A row with these errors; its fate is `error`. */
export function failed(row: Omit<PlannedRow, 'fate' | 'errors' | 'changes'>, errors: RowError[]): PlannedRow {
  return { ...row, fate: 'error', changes: [], errors };
}

/** Marks a planned row as in error (a later row conflicts with it), keeping what it is about. */
export function markFailed(row: PlannedRow, error: RowError): void {
  row.fate = 'error';
  row.changes = [];
  row.errors.push(error);
}

/** The number of the first of these rows in error (null: none is). */
export function firstErrorLine(rows: readonly PlannedRow[]): number | null {
  let first: number | null = null;
  for (const row of rows) {
    if (row.fate === 'error' && row.line !== null && (first === null || row.line < first)) first = row.line;
  }
  return first;
}
