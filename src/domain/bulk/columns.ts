/**
 * The bulk files (CSV export and import): which tables there are, their columns, and the
 * words of their headers and cells in both languages. This is a file format, like the API:
 * the words live here rather than in the message catalogs so that a file written in either
 * language, or by an earlier version of the app, is read the same whatever language the
 * reader's screen is in (docs/import-export.md lists them).
 */
import { foldName } from '../rules';
import type { ContactKind, Priority } from '../model';

export type Language = 'en' | 'fr';

/** What a file holds. The master list is export-only; its file imports as external contacts. */
export const BULK_TABLES = ['masterList', 'externalContacts', 'groupMembers', 'subListMembers', 'scanLists'] as const;
export type BulkTable = (typeof BULK_TABLES)[number];
export type ImportTable = Exclude<BulkTable, 'masterList'>;
export const IMPORT_TABLES: readonly ImportTable[] = [
  'externalContacts',
  'groupMembers',
  'subListMembers',
  'scanLists',
];

export type ColumnId =
  'name' | 'phone' | 'type' | 'group' | 'subList' | 'member' | 'subscriber' | 'priority' | 'scanning';

type Words = Record<Language, string>;

/** Header words: what export writes in each language; import also takes the `also` spellings. */
const HEADERS: Record<ColumnId, Words & { also?: readonly string[] }> = {
  name: { en: 'Name', fr: 'Nom' },
  phone: { en: 'Phone number', fr: 'Numéro de téléphone', also: ['Phone', 'Téléphone', 'Telephone', 'Numéro', 'Tel'] },
  type: { en: 'Type', fr: 'Type' },
  group: { en: 'Group', fr: 'Groupe', also: ['Talkgroup', 'Groupe de discussion'] },
  subList: { en: 'Sub-list', fr: 'Sous-liste' },
  member: { en: 'Member', fr: 'Membre', also: ['Name', 'Nom', 'Contact'] },
  subscriber: { en: 'Subscriber', fr: 'Abonné', also: ['Name', 'Nom', 'User', 'Utilisateur'] },
  priority: { en: 'Priority', fr: 'Priorité' },
  scanning: { en: 'Scanning', fr: 'Balayage' },
};

export interface ColumnSpec {
  id: ColumnId;
  /** A file without this column cannot be read as this table. */
  required: boolean;
  /** Read when present, never written (the master list's Type in an external contacts file). */
  importOnly?: boolean;
}

/** A member file: the list (one row with no member stands for an empty list), then who. */
function memberColumns(list: 'group' | 'subList'): readonly ColumnSpec[] {
  return [
    { id: list, required: true },
    { id: 'member', required: false },
    { id: 'phone', required: false },
  ];
}

/** Each table's columns in the order export writes them. */
export const TABLE_COLUMNS: Record<BulkTable, readonly ColumnSpec[]> = {
  masterList: [
    { id: 'name', required: true },
    { id: 'phone', required: true },
    { id: 'type', required: false },
  ],
  externalContacts: [
    { id: 'name', required: true },
    { id: 'phone', required: true },
    { id: 'type', required: false, importOnly: true },
  ],
  groupMembers: memberColumns('group'),
  subListMembers: memberColumns('subList'),
  scanLists: [
    { id: 'subscriber', required: false },
    { id: 'phone', required: false },
    { id: 'group', required: true },
    { id: 'priority', required: false },
    { id: 'scanning', required: false },
  ],
};

/** The columns export writes for a table. */
export function exportedColumns(table: BulkTable): ColumnId[] {
  return TABLE_COLUMNS[table].filter((column) => !column.importOnly).map((column) => column.id);
}

export function columnHeader(column: ColumnId, language: Language): string {
  return HEADERS[column][language];
}

/** Case, accents, spaces and punctuation do not count: "Numéro de téléphone", "NUMERO_DE_TELEPHONE". */
function headerKey(header: string): string {
  return foldName(header).replace(/[^\p{L}\p{N}]/gu, '');
}

export type HeaderProblem =
  { problem: 'missingColumns'; columns: ColumnId[] } | { problem: 'duplicateColumn'; column: ColumnId; header: string };

export interface HeaderMatch {
  /** Where each of the table's columns is in the file's rows (absent columns are left out). */
  positions: Partial<Record<ColumnId, number>>;
  /** Headers of the file that are not the table's: their cells are ignored. */
  ignored: string[];
}

/**
 * Finds the table's columns among a file's headers, in either language. An exact header
 * ("Name") wins over an alias: in a group file "Name" is the member, in a master list file the name.
 */
export function matchHeaders(table: BulkTable, headers: readonly string[]): HeaderMatch | HeaderProblem {
  const keys = headers.map(headerKey);
  const positions: Partial<Record<ColumnId, number>> = {};
  const claimed = new Set<number>();
  const spellings = (id: ColumnId, aliases: boolean) => {
    const words = HEADERS[id];
    return new Set([words.en, words.fr, ...(aliases ? (words.also ?? []) : [])].map(headerKey));
  };
  for (const aliases of [false, true]) {
    for (const { id } of TABLE_COLUMNS[table]) {
      if (positions[id] !== undefined) continue;
      const wanted = spellings(id, aliases);
      const found = keys.flatMap((key, index) => (wanted.has(key) && !claimed.has(index) ? [index] : []));
      if (found.length > 1) return { problem: 'duplicateColumn', column: id, header: headers[found[1]!]! };
      if (found.length === 1) {
        positions[id] = found[0]!;
        claimed.add(found[0]!);
      }
    }
  }
  const missing = TABLE_COLUMNS[table].filter((column) => column.required && positions[column.id] === undefined);
  if (missing.length > 0) return { problem: 'missingColumns', columns: missing.map((column) => column.id) };
  const ignored = headers.filter((header, index) => !claimed.has(index) && header.trim() !== '');
  return { positions, ignored };
}

/** Import tables whose required columns are all in these headers: what a file "looks like". */
export function tablesFitting(headers: readonly string[], among: readonly ImportTable[]): ImportTable[] {
  return among.filter((table) => !('problem' in matchHeaders(table, headers)));
}

/** Cell words: what export writes, and what import takes in either language. */
const TYPE_WORDS: Record<ContactKind, Words & { also: readonly string[] }> = {
  subscriber: { en: 'Subscriber', fr: 'Abonné', also: ['Abonnée', 'PTT subscriber'] },
  external: { en: 'External contact', fr: 'Contact externe', also: ['External', 'Externe'] },
};

const PRIORITY_WORDS: Record<Priority, Words & { also: readonly string[] }> = {
  p1: { en: 'Priority 1', fr: 'Priorité 1', also: ['1', 'P1'] },
  p2: { en: 'Priority 2', fr: 'Priorité 2', also: ['2', 'P2'] },
  p3: { en: 'Priority 3', fr: 'Priorité 3', also: ['3', 'P3'] },
  normal: { en: 'Normal', fr: 'Normale', also: ['', 'Default', 'Par défaut'] },
};

const SCANNING_WORDS: Record<'true' | 'false', Words & { also: readonly string[] }> = {
  true: { en: 'On', fr: 'Activé', also: ['Yes', 'Oui', 'Enabled', 'Activée', 'True', 'Vrai', '1'] },
  false: { en: 'Off', fr: 'Désactivé', also: ['No', 'Non', 'Disabled', 'Désactivée', 'False', 'Faux', '0'] },
};

function reader<V extends string>(words: Record<V, Words & { also: readonly string[] }>) {
  const byKey = new Map<string, V>();
  for (const [value, spelled] of Object.entries(words) as [V, Words & { also: readonly string[] }][]) {
    for (const spelling of [spelled.en, spelled.fr, ...spelled.also]) byKey.set(headerKey(spelling), value);
  }
  return (cell: string): V | undefined => byKey.get(headerKey(cell));
}

export const readType = reader(TYPE_WORDS);
export const readPriority = reader(PRIORITY_WORDS);
const readScanningWord = reader(SCANNING_WORDS);
/** `null`: the cell is blank (keep the subscriber's setting); undefined: not a word for on or off. */
export function readScanning(cell: string): boolean | null | undefined {
  if (cell.trim() === '') return null;
  const value = readScanningWord(cell);
  return value === undefined ? undefined : value === 'true';
}

export const typeWord = (kind: ContactKind, language: Language): string => TYPE_WORDS[kind][language];
export const priorityWord = (priority: Priority, language: Language): string => PRIORITY_WORDS[priority][language];
export const scanningWord = (enabled: boolean, language: Language): string =>
  SCANNING_WORDS[enabled ? 'true' : 'false'][language];
