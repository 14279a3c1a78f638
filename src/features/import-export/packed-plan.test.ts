import { describe, expect, it } from 'vitest';
import type { ImportPlan, PlannedRow, PlanUnit } from '../../domain/bulk/plan-types';
import { packPlan, rowAt, rowsOf, unpackUnits } from './packed-plan';

/** 1,200 rows (three parts): every 100th in error, the rest created, each with its unit. */
function plan(): ImportPlan {
  const rows: PlannedRow[] = Array.from({ length: 1_200 }, (_, index) => {
    const cells = [`Contact ${index}`, `819${6_000_000 + index}`];
    const subject = { contact: { name: cells[0]!, phone: cells[1]! } };
    return index % 100 === 99
      ? {
          line: index + 2,
          fate: 'error',
          subject,
          changes: [],
          errors: [{ code: 'duplicate', column: 'phone' }],
          cells,
        }
      : { line: index + 2, fate: 'create', subject, changes: [], errors: [], cells };
  });
  const units: PlanUnit[] = rows
    .filter((row) => row.fate === 'create')
    .map((row) => ({
      changes: 1,
      intents: [{ name: 'externalContact.create', args: { id: `id-${row.line}`, ...row.subject.contact! } }],
    }));
  return {
    table: 'externalContacts',
    mode: 'exact',
    rows,
    units,
    totals: { create: 1_188, update: 0, unchanged: 0, remove: 0, error: 12 },
    ignoredColumns: [],
  };
}

describe('a plan packed for the page', () => {
  it('gives back each row as planned from whichever part holds it, the cells kept only for rows in error', () => {
    const original = plan();
    const packed = packPlan(original);
    expect(packed.rows.parts).toHaveLength(3);
    expect(packed.rows.fileRows).toBe(1_200);
    expect(rowAt(packed.rows, 1_099)).toEqual(original.rows[1_099]);
    expect(rowAt(packed.rows, 1_100)).toEqual({ ...original.rows[1_100], cells: [] });
    expect(rowAt(packed.rows, 0)).toEqual({ ...original.rows[0], cells: [] });
  });

  it('filters by fate without reading the rows, in file order', () => {
    const packed = packPlan(plan());
    expect(rowsOf(packed.rows, 'error')).toEqual(Array.from({ length: 12 }, (_, at) => at * 100 + 99));
    expect(rowsOf(packed.rows, 'create')).toHaveLength(1_188);
    expect(rowsOf(packed.rows, null)).toHaveLength(1_200);
    expect(rowsOf(packed.rows, 'update')).toEqual([]);
  });

  it('gives back every edit in order, with the count of changes they make', () => {
    const original = plan();
    const packed = packPlan(original);
    expect(packed.units.changes).toBe(1_188);
    expect([...unpackUnits(packed.units)]).toEqual(original.units);
  });
});
