/**
 * The corpus: files shaped like what real spreadsheets write (tests/csv-corpus/), each read
 * through the whole dry run — bytes decoded, CSV parsed, local rows read from the signed-in
 * database of the seeded Gagnon tenant, every row planned — with the counts a user would see.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportTable } from '../../../src/domain/bulk/columns';
import type { FateTotals, ImportMode } from '../../../src/domain/bulk/plan-types';
import { runJob, type FileProblem } from '../../../src/features/import-export/jobs';
import { signedInTenant } from '../../tenant';

const corpus = (file: string) => {
  const bytes = readFileSync(resolve('tests/csv-corpus', file));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
};

async function dryRun(file: string, table: ImportTable, mode: ImportMode = 'exact') {
  const { db } = await signedInTenant();
  return runJob({ type: 'dryRun', databaseName: db.name, table, mode, bytes: corpus(file) });
}

const totals = (counts: Partial<FateTotals>): FateTotals => ({
  create: 0,
  update: 0,
  unchanged: 0,
  remove: 0,
  error: 0,
  ...counts,
});

/** How a file is written: the encoding and the separator the import must recognise (ANSI: French Excel on Windows). */
const CSV = { encoding: 'utf-8', delimiter: ',' };
const CSV_BOM = { encoding: 'utf-8-bom', delimiter: ',' };
const SEMICOLONS = { encoding: 'utf-8', delimiter: ';' };
const ANSI = { encoding: 'windows-1252', delimiter: ';' };
const UNICODE_TEXT = { encoding: 'utf-16le', delimiter: '\t' };

/** Each file, the table it is imported into, how it is written, its dry run's totals, and the mode (`exact` unless said). */
type Case = [file: string, table: ImportTable, written: typeof CSV, expected: Partial<FateTotals>, mode?: ImportMode];

const CASES: Case[] = [
  ['excel-fr-semicolon-windows-1252.csv', 'externalContacts', ANSI, { create: 4, update: 1, unchanged: 3, error: 3 }],
  ['google-sheets-group-members.csv', 'groupMembers', CSV, { create: 2, unchanged: 3, error: 4 }],
  ['libreoffice-sub-list-members.csv', 'subListMembers', CSV, { create: 1, unchanged: 4, remove: 1 }],
  ['quoted-commas-newlines.csv', 'externalContacts', CSV, { create: 3, error: 1 }],
  ['excel-utf8-bom-scan-lists.csv', 'scanLists', CSV_BOM, { create: 2, update: 1, unchanged: 1, error: 3 }],
  ['blank-lines-extra-columns.csv', 'externalContacts', CSV, { create: 2, unchanged: 1 }],
  ['french-headers-scan-lists.csv', 'scanLists', SEMICOLONS, { update: 1, unchanged: 1, error: 4 }, 'add'],
  ['excel-unicode-text-utf16.txt', 'externalContacts', UNICODE_TEXT, { create: 1, unchanged: 1 }],
  ['ten-thousand-external-contacts.csv', 'externalContacts', CSV, { create: 9_970, error: 30 }],
];

describe('the corpus of real-world files', () => {
  it.each(CASES)('%s as %s', async (file, table, written, expected, mode) => {
    const result = await dryRun(file, table, mode);
    if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problem)}`);
    expect(result.plan.totals).toEqual(totals(expected));
    expect(result.file).toMatchObject(written);
  });

  it('reads what Excel writes in Windows-1252 beyond Latin-1: the typographic apostrophe and Œ', async () => {
    const result = await dryRun('excel-fr-semicolon-windows-1252.csv', 'externalContacts');
    const row = result.ok ? result.plan.rows.find((planned) => planned.line === 8) : undefined;
    expect(row).toMatchObject({
      fate: 'create',
      subject: { contact: { name: 'Boulangerie L’Œuf', phone: '4505550177' } },
    });
  });

  it.each<[string, ImportTable, FileProblem['problem']]>([
    ['unclosed-quote.csv', 'externalContacts', 'unclosedQuote'],
    ['not-a-csv.xlsx', 'externalContacts', 'workbook'],
    ['google-sheets-group-members.csv', 'externalContacts', 'missingColumns'],
  ])('%s read as %s is refused as a whole: %s', async (file, table, problem) => {
    const result = await dryRun(file, table);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.problem).toBe(problem);
  });
});
