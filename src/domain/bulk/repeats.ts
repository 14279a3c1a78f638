/**
 * Rows of one file that are about the same thing (the same phone number, the same member of
 * the same group): a second row with the same values is a *duplicate* (an error on it; the
 * first stands), one with other values *conflicts* — nobody can tell which is right, so both
 * rows are errors. Where rows may repeat a value (a subscriber's Scanning on each of their
 * rows), `repeatsAllowed` lets the same value pass and catches only contradictions.
 */
import type { ColumnId } from './columns';
import { markFailed, type PlannedRow, type RowError } from './plan-types';

export class RepeatedRows<V> {
  private readonly first = new Map<string, { row: PlannedRow; value: V }>();

  constructor(
    private readonly same: (a: V, b: V) => boolean,
    private readonly repeatsAllowed = false,
  ) {}

  /**
   * Null when this is the first row with the key (it is remembered); otherwise the error for this
   * row, and on a conflict the first row is marked failed too.
   */
  check(key: string, row: PlannedRow, value: V, column: ColumnId | null): RowError | null {
    const earlier = this.first.get(key);
    if (!earlier) {
      this.first.set(key, { row, value });
      return null;
    }
    const line = earlier.row.line ?? 0;
    if (this.same(earlier.value, value))
      return this.repeatsAllowed ? null : { code: 'duplicate', column: null, detail: { line } };
    if (!earlier.row.errors.some((error) => error.code === 'conflict')) {
      markFailed(earlier.row, { code: 'conflict', column, detail: { line: row.line ?? 0 } });
    }
    return { code: 'conflict', column, detail: { line } };
  }
}
