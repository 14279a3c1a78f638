/**
 * Writes a table as a CSV file spreadsheets open right: UTF-8 with a byte-order mark (so
 * Excel shows accents), Windows line ends, cells quoted only when they must be, and cells a
 * spreadsheet would run as a formula neutralized (formulas.ts). For every CSV the app writes.
 */
import Papa from 'papaparse';
import { FORMULA_START } from './formulas';

/** Comma by default; semicolon is the separator French-Canadian spreadsheets expect. */
export type CsvSeparator = ',' | ';';

export function writeCsv(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  separator: CsvSeparator,
): string {
  const body = Papa.unparse(
    { fields: [...headers], data: rows.map((row) => [...row]) },
    { delimiter: separator, newline: '\r\n', escapeFormulae: FORMULA_START },
  );
  return `\uFEFF${body}\r\n`;
}
