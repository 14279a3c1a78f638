/**
 * A dry run's edits as the page keeps them until the user applies them: JSON text in parts of
 * `PART_UNITS` units, read one part at a time while saving. A 10,000-row plan holds some 100,000
 * small objects; kept as objects on the main thread, each of the garbage collector's young-space
 * passes copies them while the preview arrives (tens of milliseconds in one go, docs/performance.md).
 * As text they are a few dozen strings, and the worker hands them over in one message.
 */
import type { PlanUnit } from '../../domain/bulk/plan-types';

export const PART_UNITS = 500;

export interface PackedUnits {
  parts: readonly string[];
  /** How many planned rows they carry out (the Import button's count). */
  changes: number;
}

export function packUnits(units: readonly PlanUnit[]): PackedUnits {
  const parts: string[] = [];
  for (let at = 0; at < units.length; at += PART_UNITS) parts.push(JSON.stringify(units.slice(at, at + PART_UNITS)));
  return { parts, changes: units.reduce((sum, unit) => sum + unit.changes, 0) };
}

/** The units in order, each part read when the one before is used up. */
export function* unpackUnits(packed: PackedUnits): Generator<PlanUnit> {
  for (const part of packed.parts) yield* JSON.parse(part) as PlanUnit[];
}
