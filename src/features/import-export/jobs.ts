/**
 * The heavy part of a dry run and of an export, run off the main thread (jobs.worker.ts) so
 * the screen never stalls on a 10,000-row file or a 50,000-contact export: read the file's
 * bytes, decode and parse them, read the local rows from this device's database, plan the
 * import or write the CSV. Reads only: nothing here writes to the database.
 */
import { exportTable } from '../../domain/bulk/export-rows';
import type { BulkTable, ImportTable, Language } from '../../domain/bulk/columns';
import { planImport } from '../../domain/bulk/plan';
import type { ImportMode, ImportPlan, TenantSnapshot } from '../../domain/bulk/plan-types';
import type { HeaderProblem } from '../../domain/bulk/columns';
import { PttDatabase } from '../../db/database';
import { decodeText, type TextEncoding } from '../../lib/csv/decode';
import { parseCsv, type Delimiter } from '../../lib/csv/parse';
import { CSV_TYPE } from '../../lib/csv/save-file';
import { writeCsv, type CsvSeparator } from '../../lib/csv/write';
import { filterContacts } from '../../lib/contact-search';
import type { ContactKind } from '../../domain/model';

/** The most data rows a file may hold: as many as the largest tenant has contacts. */
export const MAX_IMPORT_ROWS = 50_000;
/**
 * The largest file an import reads, in MB: 50,000 rows of the widest file (scan lists) are
 * under 10 MB; a larger file is not one of ours, and reading it whole could take the tab down.
 */
export const MAX_IMPORT_MEGABYTES = 20;

export interface DryRunJob {
  type: 'dryRun';
  databaseName: string;
  table: ImportTable;
  mode: ImportMode;
  bytes: ArrayBuffer;
}

/** Why a file cannot be previewed at all. */
export type FileProblem =
  | { problem: 'empty' | 'workbook' | 'binary' }
  /** The file could not be read at all (it went away, or the reader failed). */
  | { problem: 'unreadable' }
  | { problem: 'tooManyRows'; max: number }
  /** Refused before it is read: `megabytes` rounded up. */
  | { problem: 'tooLarge'; megabytes: number; max: number }
  | { problem: 'unclosedQuote'; line: number }
  /** With the file's headers, to tell what kind of file it looks like. */
  | (HeaderProblem & { headers: string[] });

export interface FileFacts {
  encoding: TextEncoding;
  delimiter: Delimiter;
  headers: string[];
}

export type DryRunResult = { ok: true; plan: ImportPlan; file: FileFacts } | { ok: false; problem: FileProblem };

/** The master list narrowed as the user narrowed it on screen. */
export interface ContactFilter {
  query: string;
  kind: 'all' | ContactKind;
}

export interface ExportJob {
  type: 'export';
  databaseName: string;
  table: BulkTable;
  language: Language;
  separator: CsvSeparator;
  filter?: ContactFilter;
}

export interface ExportResult {
  /** Made here, so the page hands it to the downloads without copying or encoding megabytes of text. */
  file: Blob;
  rows: number;
}

export type Job = DryRunJob | ExportJob;
export type JobResult<J extends Job> = J extends DryRunJob ? DryRunResult : ExportResult;

/**
 * Where a dry run stands, for the screen's progress: reading the file, waiting for this device's
 * rows, checking the file's rows; `preview` (the rows arriving on the page) is the page's own step.
 */
export type DryRunStep = 'file' | 'data' | 'rows' | 'preview';
export interface DryRunProgress {
  step: DryRunStep;
  /** The file's data rows once parsed; at `preview`, the preview's rows. */
  rows?: number;
  /** At `preview`: the rows the page has received. */
  done?: number;
}

export async function runJob<J extends Job>(
  job: J,
  onProgress: (progress: DryRunProgress) => void = () => {},
): Promise<JobResult<J>> {
  return (job.type === 'dryRun' ? dryRun(job, onProgress) : exportFile(job as ExportJob)) as Promise<JobResult<J>>;
}

async function dryRun(
  { databaseName, table, mode, bytes }: DryRunJob,
  onProgress: (progress: DryRunProgress) => void,
): Promise<DryRunResult> {
  onProgress({ step: 'file' });
  // Asked for first: IndexedDB reads the rows on its own thread while this one parses the file.
  const reading = await startReading(databaseName, table);
  const decoded = decodeText(new Uint8Array(bytes));
  if (!decoded.ok) return { ok: false, problem: { problem: decoded.problem } };
  const parsed = parseCsv(decoded.text, { maxRows: MAX_IMPORT_ROWS });
  if (!parsed.ok) return { ok: false, problem: parsed };
  const { headers, rows, delimiter } = parsed.csv;
  onProgress({ step: 'data', rows: rows.length });
  const snapshot = await reading.snapshot;
  onProgress({ step: 'rows', rows: rows.length });
  const planned = planImport({
    table,
    mode,
    file: { headers, rows },
    snapshot,
    newId: () => crypto.randomUUID(),
  });
  if (!planned.ok) return { ok: false, problem: { ...planned.problem, headers } };
  return { ok: true, plan: planned.plan, file: { encoding: decoded.encoding, delimiter, headers } };
}

async function exportFile({ databaseName, table, language, separator, filter }: ExportJob): Promise<ExportResult> {
  const snapshot = await (await startReading(databaseName, table)).snapshot;
  const contactIds = filter ? new Set(matching(snapshot, filter).map((contact) => contact.id)) : undefined;
  const { headers, rows } = exportTable(table, snapshot, language, contactIds);
  return { file: new Blob([writeCsv(headers, rows, separator)], { type: CSV_TYPE }), rows: rows.length };
}

/** The master list's own rule (lib/contact-search.ts), so the file holds what the screen showed. */
function matching(snapshot: TenantSnapshot, { query, kind }: ContactFilter) {
  return filterContacts(
    snapshot.contacts.filter((contact) => kind === 'all' || contact.kind === kind),
    query,
  );
}

/** The lists each kind of file reads besides the contacts (reading 2,000 groups for nothing costs time). */
const LISTS_READ: Record<BulkTable, readonly ('groups' | 'subLists')[]> = {
  masterList: [],
  externalContacts: [],
  groupMembers: ['groups'],
  subListMembers: ['subLists'],
  scanLists: ['groups'],
};

/**
 * Starts reading the rows as the screens show them (pending local edits included), in one
 * transaction; resolves once the reads are asked for, with their result to await. A result
 * nobody awaits (the file was refused) is dropped quietly.
 */
async function startReading(databaseName: string, table: BulkTable): Promise<{ snapshot: Promise<TenantSnapshot> }> {
  const db = new PttDatabase(databaseName);
  const lists = LISTS_READ[table];
  await db.open();
  const snapshot = db
    .transaction('r', db.contacts, db.groups, db.subLists, async () => {
      const [contacts, groups, subLists] = await Promise.all([
        db.contacts.toArray(),
        lists.includes('groups') ? db.groups.toArray() : [],
        lists.includes('subLists') ? db.subLists.toArray() : [],
      ]);
      return { contacts, groups, subLists };
    })
    .finally(() => db.close());
  snapshot.catch(() => {});
  // Dexie starts the transaction and asks for the rows in microtasks, all run before this timer.
  await new Promise((resolve) => setTimeout(resolve, 0));
  return { snapshot };
}
