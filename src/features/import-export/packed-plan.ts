/**
 * A dry run's plan as the page holds it: its rows and its edits as JSON text in parts of
 * `PART_SIZE`, each part read when it is needed — the rows a page of the preview shows, the
 * edits a chunk of the apply saves. A 10,000-row plan is some 200,000 small objects: taken in as
 * objects on the main thread, they came with garbage-collector pauses of tens of milliseconds
 * while the preview arrived (docs/performance.md); as text they are a few dozen strings.
 */
import { FATES, type Fate, type ImportPlan, type PlannedRow, type PlanUnit } from '../../domain/bulk/plan-types';
import type { DryRunResult, FileFacts, FileProblem } from './jobs';

export const PART_SIZE = 500;

export interface PackedRows {
  parts: readonly string[];
  /** Each row's fate (its index in FATES), to filter without reading the rows. */
  fates: Uint8Array;
  /** The rows that are the file's (the others are removals the file implies). */
  fileRows: number;
}

export interface PackedUnits {
  parts: readonly string[];
  /** How many planned rows the units carry out (the Import button's count). */
  changes: number;
}

export type PreviewPlan = Omit<ImportPlan, 'rows' | 'units'> & { rows: PackedRows; units: PackedUnits };
export type PreviewResult = { ok: true; plan: PreviewPlan; file: FileFacts } | { ok: false; problem: FileProblem };

function pack<T>(items: readonly T[]): string[] {
  const parts: string[] = [];
  for (let at = 0; at < items.length; at += PART_SIZE) parts.push(JSON.stringify(items.slice(at, at + PART_SIZE)));
  return parts;
}

export function packUnits(units: readonly PlanUnit[]): PackedUnits {
  return { parts: pack(units), changes: units.reduce((sum, unit) => sum + unit.changes, 0) };
}

/** A row's cells are kept only if it is in error: the file of rows in error is all that needs them. */
export function packPlan({ rows, units, ...plan }: ImportPlan): PreviewPlan {
  return {
    ...plan,
    rows: {
      parts: pack(rows.map((row) => (row.fate === 'error' ? row : { ...row, cells: [] }))),
      fates: Uint8Array.from(rows, (row) => FATES.indexOf(row.fate)),
      fileRows: rows.filter((row) => row.line !== null).length,
    },
    units: packUnits(units),
  };
}

export function packResult(result: DryRunResult): PreviewResult {
  return result.ok ? { ...result, plan: packPlan(result.plan) } : result;
}

/** The units in order, each part read when the one before is used up. */
export function* unpackUnits(packed: PackedUnits): Generator<PlanUnit> {
  for (const part of packed.parts) yield* JSON.parse(part) as PlanUnit[];
}

/** The parts of each plan's rows read so far. */
const readParts = new WeakMap<PackedRows, PlannedRow[][]>();

/** Row `index` of the plan (its part is read once). */
export function rowAt(rows: PackedRows, index: number): PlannedRow {
  let read = readParts.get(rows);
  if (!read) readParts.set(rows, (read = []));
  const part = Math.floor(index / PART_SIZE);
  read[part] ??= JSON.parse(rows.parts[part]!) as PlannedRow[];
  return read[part][index % PART_SIZE]!;
}

/** The positions of the rows of this fate, in file order; null: every row. */
export function rowsOf(rows: PackedRows, fate: Fate | null): number[] {
  const wanted = fate === null ? -1 : FATES.indexOf(fate);
  const positions: number[] = [];
  rows.fates.forEach((at, index) => {
    if (wanted === -1 || at === wanted) positions.push(index);
  });
  return positions;
}
