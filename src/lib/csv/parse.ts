/**
 * Reads CSV text into rows of cells with papaparse: the separator is guessed among comma,
 * semicolon (the French-Canadian spreadsheet default) and tab; cells may be quoted and hold
 * separators, quotes and line breaks. Each row keeps its number as a spreadsheet shows it
 * (blank rows count; a quoted line break does not start a row), so errors point at it.
 */
import Papa from 'papaparse';
import { unneutralize } from './formulas';

export type Delimiter = ',' | ';' | '\t';
const DELIMITERS: Delimiter[] = [',', ';', '\t'];

export interface CsvRows {
  /** The first row that is not blank. */
  headers: string[];
  /** Every row after it, blank ones included. `line` counts from 1 at the file's first row. */
  rows: { line: number; cells: string[] }[];
  delimiter: Delimiter;
}

export type ParseResult =
  | { ok: true; csv: CsvRows }
  | { ok: false; problem: 'empty' }
  | { ok: false; problem: 'tooManyRows'; max: number }
  /** A quote opened and never closed: the rest of the file would read as one cell. */
  | { ok: false; problem: 'unclosedQuote'; line: number };

const isBlank = (cells: readonly string[]) => cells.every((cell) => cell.trim() === '');

/** Parses the whole text; refuses a file with more than `maxRows` rows after the header. */
export function parseCsv(text: string, { maxRows }: { maxRows: number }): ParseResult {
  // The guess looks at the first rows without the blank ones, which would make any separator look irregular.
  const guess = Papa.parse<string[]>(text, { preview: 20, skipEmptyLines: 'greedy', delimitersToGuess: DELIMITERS });
  const delimiter = (DELIMITERS as string[]).includes(guess.meta.delimiter) ? (guess.meta.delimiter as Delimiter) : ',';
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const unclosed = parsed.errors.find((error) => error.code === 'MissingQuotes');
  if (unclosed) return { ok: false, problem: 'unclosedQuote', line: (unclosed.row ?? 0) + 1 };

  const records = parsed.data;
  const headerAt = records.findIndex((cells) => !isBlank(cells));
  if (headerAt === -1) return { ok: false, problem: 'empty' };
  let last = records.length;
  while (last > headerAt + 1 && isBlank(records[last - 1]!)) last--;
  if (last - headerAt - 1 > maxRows) return { ok: false, problem: 'tooManyRows', max: maxRows };
  const rows: CsvRows['rows'] = [];
  for (let index = headerAt + 1; index < last; index++) {
    rows.push({ line: index + 1, cells: records[index]!.map(unneutralize) });
  }
  return { ok: true, csv: { headers: records[headerAt]!.map((cell) => cell.trim()), rows, delimiter } };
}
