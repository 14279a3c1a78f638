/**
 * What every table's planner (plan-contacts, plan-members, plan-scan-lists) takes and gives, and
 * what the two that remove in `exact` mode share: the rows gathered by owner, the removal rows.
 */
import {
  markFailed,
  type CellReader,
  type ImportMode,
  type ParsedFile,
  type PlannedRow,
  type PlanUnit,
  type RowSubject,
} from './plan-types';
import type { TenantIndex } from './tenant-index';

/** What a table's planner reads besides the file's rows (built once per dry run, in plan.ts). */
export interface PlanContext {
  cell: CellReader;
  index: TenantIndex;
  mode: ImportMode;
  /** Makes the ids of new external contacts. */
  newId: () => string;
}

/** A table's plan: every row (the file's, in order, then the removals it implies) and the units that carry them out. */
export interface TablePlan {
  rows: PlannedRow[];
  units: PlanUnit[];
}

export type TablePlanner = (rows: ParsedFile['rows'], context: PlanContext) => TablePlan;

/**
 * The rows of a file about each owner (a list, a subscriber), gathered as the file is read: in
 * `exact` mode an owner's removals can only be planned once every row about it is known.
 */
export class RowsByOwner<O extends { rows: PlannedRow[] }> {
  /** Every row read, in file order. */
  private readonly planned: PlannedRow[] = [];
  private readonly owners = new Map<string, O>();

  /** A row about no owner the tenant has (so in error): planned, and nothing else. */
  alone(row: PlannedRow): void {
    this.planned.push(row);
  }

  /** The owner with this id, made by `create` the first time a row names it. */
  owner(id: string, create: () => O): O {
    let owner = this.owners.get(id);
    if (!owner) {
      owner = create();
      this.owners.set(id, owner);
    }
    return owner;
  }

  /** A row about the owner. */
  add(owner: O, row: PlannedRow): void {
    owner.rows.push(row);
    this.planned.push(row);
  }

  /** Each owner's unit (`planOwner` returns null when nothing changes) and every row: the file's, then the removals. */
  plan(planOwner: (owner: O, removals: PlannedRow[]) => PlanUnit | null): TablePlan {
    const units: PlanUnit[] = [];
    const removals: PlannedRow[] = [];
    for (const owner of this.owners.values()) {
      const unit = planOwner(owner, removals);
      if (unit) units.push(unit);
    }
    return { rows: [...this.planned, ...removals], units };
  }
}

/**
 * The row for what `exact` mode removes (a member, a scan entry the file no longer lists);
 * withheld, in error, while a row about its owner is (`firstError`: that row's line).
 */
export function removalRow(subject: RowSubject, firstError: number | null): PlannedRow {
  const row: PlannedRow = { line: null, cells: [], subject, fate: 'remove', changes: [], errors: [] };
  if (firstError !== null) markFailed(row, { code: 'removal.withheld', column: null, detail: { line: firstError } });
  return row;
}
