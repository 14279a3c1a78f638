/**
 * A planned row in the user's words, for the preview table and for the file of rows in error:
 * its fate, what it is about, and each change or error with the file's own name for the column.
 */
import type { IntlShape } from 'react-intl';
import { matchHeaders, type ColumnId, type ImportTable } from '../../domain/bulk/columns';
import type { FieldChange, PlannedRow, RowError } from '../../domain/bulk/plan-types';
import type { Priority } from '../../domain/model';
import { writeCsv, type CsvSeparator } from '../../lib/csv/write';
import { previewMessages as m, rowErrorMessages } from './preview-messages';

export interface RowContext {
  table: ImportTable;
  /** The file's header for each of the table's columns it has. */
  headers: Partial<Record<ColumnId, string>>;
}

export function rowContext(table: ImportTable, fileHeaders: readonly string[]): RowContext {
  const match = matchHeaders(table, fileHeaders);
  const headers: Partial<Record<ColumnId, string>> = {};
  if (!('problem' in match)) {
    for (const [column, at] of Object.entries(match.positions)) headers[column as ColumnId] = fileHeaders[at]!;
  }
  return { table, headers };
}

export function priorityText(intl: IntlShape, priority: Priority): string {
  return priority === 'normal'
    ? intl.formatMessage(m.normal)
    : intl.formatMessage(m.priorityLevel, { level: Number(priority.slice(1)) });
}

export function changeText(intl: IntlShape, change: FieldChange): string {
  switch (change.field) {
    case 'name':
      return intl.formatMessage(m.name, change);
    case 'priority':
      return intl.formatMessage(m.priorityChange, {
        before: priorityText(intl, change.before),
        after: priorityText(intl, change.after),
      });
    case 'scanning': {
      const word = (on: boolean) => intl.formatMessage(on ? m.on : m.off);
      return intl.formatMessage(m.scanning, { before: word(change.before), after: word(change.after) });
    }
  }
}

export function errorText(intl: IntlShape, error: RowError, context: RowContext): string {
  const detail = error.detail ?? {};
  const reason = intl.formatMessage(rowErrorMessages[error.code], {
    line: 0,
    max: 0,
    count: 0,
    group: '',
    ...detail,
    hasName: detail.name ? 'yes' : 'no',
    name: detail.name ?? '',
    list: context.table === 'subListMembers' ? 'subList' : 'group',
  });
  const column = error.column ? context.headers[error.column] : undefined;
  if (column) return intl.formatMessage(m.inColumn, { column, reason });
  return reason.charAt(0).toLocaleUpperCase(intl.locale) + reason.slice(1);
}

/** Every line of the Details column: the changes, the removal's effect, or the errors. */
export function detailLines(intl: IntlShape, row: PlannedRow, context: RowContext): string[] {
  if (row.fate === 'error') return row.errors.map((error) => errorText(intl, error, context));
  const lines = row.changes.map((change) => changeText(intl, change));
  if (row.fate === 'remove') lines.push(intl.formatMessage(m.removed));
  if (row.leavesScanList) lines.push(intl.formatMessage(m.leavesScanList));
  return lines;
}

/**
 * The rows in error as a CSV file to fix and import again: the file's own columns and cells,
 * plus an Error column saying why (an import ignores that column).
 */
export function errorsFile(
  intl: IntlShape,
  rows: readonly PlannedRow[],
  fileHeaders: readonly string[],
  context: RowContext,
  separator: CsvSeparator,
): string {
  const width = fileHeaders.length;
  const inError = rows.filter((row) => row.fate === 'error' && row.line !== null);
  return writeCsv(
    [...fileHeaders, intl.formatMessage(m.errorColumn)],
    inError.map((row) => [
      ...Array.from({ length: width }, (_, index) => row.cells[index] ?? ''),
      detailLines(intl, row, context).join(' '),
    ]),
    separator,
  );
}
