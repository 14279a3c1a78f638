import { describe, expect, it } from 'vitest';
import { decodeText } from './decode';
import { parseCsv } from './parse';
import { writeCsv } from './write';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...new TextEncoder().encode(part)] : part)));

describe('decodeText', () => {
  it('reads UTF-8 with and without a byte-order mark, dropping the mark', () => {
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], 'Nom,Numéro'))).toEqual({
      ok: true,
      text: 'Nom,Numéro',
      encoding: 'utf-8-bom',
    });
    expect(decodeText(bytes('Nom,Numéro'))).toEqual({ ok: true, text: 'Nom,Numéro', encoding: 'utf-8' });
  });

  it('reads bytes that are not UTF-8 as Windows-1252 (é, the euro sign, curly quotes)', () => {
    expect(decodeText(new Uint8Array([0x4e, 0xe9, 0x20, 0x80, 0x20, 0x92]))).toEqual({
      ok: true,
      text: 'Né € ’',
      encoding: 'windows-1252',
    });
  });

  it('reads UTF-16 from its mark', () => {
    const text = 'Nom\tNuméro';
    const le = new Uint8Array(2 + text.length * 2);
    le.set([0xff, 0xfe]);
    [...text].forEach((char, index) => le.set([char.charCodeAt(0) & 0xff, char.charCodeAt(0) >> 8], 2 + index * 2));
    expect(decodeText(le)).toEqual({ ok: true, text, encoding: 'utf-16le' });
  });

  it('refuses a workbook, a binary file and an empty one with what they are', () => {
    expect(decodeText(bytes([0x50, 0x4b, 0x03, 0x04, 0x14]))).toEqual({ ok: false, problem: 'workbook' });
    expect(decodeText(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1]))).toEqual({ ok: false, problem: 'workbook' });
    expect(decodeText(bytes('a,b', [0, 0, 7]))).toEqual({ ok: false, problem: 'binary' });
    expect(decodeText(bytes(' \r\n\r\n'))).toEqual({ ok: false, problem: 'empty' });
  });
});

describe('parseCsv', () => {
  it('guesses the separator and numbers rows as a spreadsheet does (blank rows count, a quoted line break does not)', () => {
    const text = 'Nom;Téléphone\r\n"Côté; Jean";613\r\n\r\n"Deux\r\nlignes";614\r\n\r\n';
    const result = parseCsv(text, { maxRows: 10 });
    expect(result).toEqual({
      ok: true,
      csv: {
        headers: ['Nom', 'Téléphone'],
        delimiter: ';',
        rows: [
          { line: 2, cells: ['Côté; Jean', '613'] },
          { line: 3, cells: [''] },
          { line: 4, cells: ['Deux\r\nlignes', '614'] },
        ],
      },
    });
  });

  it('is not misled by blank rows when guessing, and reads tabs and classic Mac line ends', () => {
    expect(parseCsv('\n\nName,Phone\n\n\nA, B,1\n', { maxRows: 10 })).toMatchObject({
      ok: true,
      csv: { headers: ['Name', 'Phone'], delimiter: ',', rows: [{ line: 4 }, { line: 5 }, { line: 6 }] },
    });
    expect(parseCsv('Name\tPhone\rA\t1\rB\t2', { maxRows: 10 })).toMatchObject({
      ok: true,
      csv: {
        delimiter: '\t',
        rows: [
          { line: 2, cells: ['A', '1'] },
          { line: 3, cells: ['B', '2'] },
        ],
      },
    });
  });

  it('gives back the text of a cell export neutralised against formulas', () => {
    const result = parseCsv("Name\n'=SUM(A1)\n'-Dispatch\nO'Brien\n'plain", { maxRows: 10 });
    expect(result.ok && result.csv.rows.map((row) => row.cells[0])).toEqual([
      '=SUM(A1)',
      '-Dispatch',
      "O'Brien",
      "'plain",
    ]);
  });

  it('refuses a quote that never closes, and a file over the row limit', () => {
    expect(parseCsv('Name,Phone\n"Côté,613\nRoy,614\n', { maxRows: 10 })).toEqual({
      ok: false,
      problem: 'unclosedQuote',
      line: 2,
    });
    expect(parseCsv('Name\na\nb\nc\n', { maxRows: 2 })).toEqual({ ok: false, problem: 'tooManyRows', max: 2 });
    expect(parseCsv('Name\na\nb\n\n\n', { maxRows: 2 }).ok).toBe(true);
  });
});

describe('writeCsv', () => {
  it('writes UTF-8 with a byte-order mark, Windows line ends, and quotes only where needed', () => {
    expect(
      writeCsv(
        ['Nom', 'Numéro'],
        [
          ['Côté, Jean', '613 555-0142'],
          ['Le "Boss"', ''],
        ],
        ';',
      ),
    ).toBe('\uFEFFNom;Numéro\r\nCôté, Jean;613 555-0142\r\n"Le ""Boss""";\r\n');
  });

  it('neutralises every cell a spreadsheet would run as a formula, line breaks included', () => {
    const hostile = ['=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)', '\tTab', '\rCR', '=1\n=2'];
    const written = writeCsv(
      ['Name'],
      hostile.map((cell) => [cell]),
      ',',
    );
    const cells = (parseCsv(written.slice(1), { maxRows: 10 }) as { ok: true; csv: { rows: { cells: string[] }[] } })
      .csv.rows;
    // Every written cell starts with the apostrophe spreadsheets show as text…
    const lines = written.slice(1).split('\r\n').slice(1, -1).join('\r\n');
    for (const cell of hostile) expect(lines).toContain(`'${cell.replace(/"/g, '""')}`);
    // …and an import gives the original text back.
    expect(cells.map((row) => row.cells[0])).toEqual(hostile);
  });
});
