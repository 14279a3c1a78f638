/**
 * Formula injection: a spreadsheet runs a cell that begins with `=`, `+`, `-` or `@` (and some
 * read a leading tab or carriage return the same way) as a formula, so a contact named
 * `=HYPERLINK(…)` could act when an exported file is opened. Export writes such a cell with a
 * leading apostrophe, which spreadsheets show as text (OWASP's advice); import takes that
 * apostrophe off again, so a round trip gives back the original text.
 */

/** Whole cell, line breaks included: papaparse's own test stops at the first line break. */
export const FORMULA_START = /^[=+\-@\t\r]/;

const NEUTRALIZED = /^'[=+\-@\t\r]/;

export function unneutralize(cell: string): string {
  return NEUTRALIZED.test(cell) ? cell.slice(1) : cell;
}
