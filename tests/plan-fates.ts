/** A dry run's rows summed up for a test, as a reader of the preview would: `line fate code@column…`. */
import type { PlannedRow } from '../src/domain/bulk/plan-types';

export const fates = (rows: readonly PlannedRow[]) =>
  rows.map(
    (row) =>
      `${row.line ?? '-'} ${row.fate}${row.errors.map((error) => ` ${error.code}@${error.column ?? 'row'}`).join('')}`,
  );
