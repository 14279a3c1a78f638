/**
 * The dry run of an import: what each row of a file would do to the tenant — create, update
 * (before → after), leave unchanged, remove (a member or scan entry the file no longer lists)
 * or nothing, with the errors that stop it — and the intents that do it. Pure and synchronous:
 * the same code runs in the import worker and in tests, on a snapshot of the local rows, and
 * uses the same rules as the forms and the back-end (rules.ts, apply.ts).
 */
import { matchHeaders, type HeaderMatch, type HeaderProblem } from './columns';
import { totalsOf, type CellReader, type ImportPlan, type PlanInput } from './plan-types';
import { planContacts } from './plan-contacts';
import { planMemberships } from './plan-members';
import { planScanLists } from './plan-scan-lists';
import type { TablePlanner } from './planner';
import { TenantIndex } from './tenant-index';

const PLANNERS: Record<PlanInput['table'], TablePlanner> = {
  externalContacts: planContacts,
  groupMembers: (rows, context) => planMemberships('groups', rows, context),
  subListMembers: (rows, context) => planMemberships('subLists', rows, context),
  scanLists: planScanLists,
};

export type PlanResult = { ok: true; plan: ImportPlan } | { ok: false; problem: HeaderProblem };

/** Plans an import; a file whose headers do not fit the table is refused as a whole. */
export function planImport({ table, mode, file, snapshot, newId }: PlanInput): PlanResult {
  const match = matchHeaders(table, file.headers);
  if ('problem' in match) return { ok: false, problem: match };
  const cell = cellReader(match);
  // A row with nothing in it (a blank line, or only separators) is skipped, as a spreadsheet shows it.
  const rows = file.rows.filter(({ cells }) => cells.some((text) => text.trim() !== ''));
  const planned = PLANNERS[table](rows, { cell, index: new TenantIndex(snapshot), mode, newId });
  return {
    ok: true,
    plan: { table, mode, ...planned, totals: totalsOf(planned.rows), ignoredColumns: match.ignored },
  };
}

function cellReader({ positions }: HeaderMatch): CellReader {
  return (cells, column) => {
    const at = positions[column];
    return at === undefined ? '' : (cells[at] ?? '').trim();
  };
}
