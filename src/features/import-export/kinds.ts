/**
 * What the page offers to import and export, one entry per kind. A role check (a supervisor
 * may not import external contacts or sub-lists) filters these tables; nothing else lists kinds.
 */
import {
  columnHeader,
  TABLE_COLUMNS,
  type BulkTable,
  type ImportTable,
  type Language,
} from '../../domain/bulk/columns';

export interface ImportKind {
  table: ImportTable;
  /** Memberships and scan lists: the file is the whole list, or only adds (ImportMode). */
  hasMode: boolean;
}

export const IMPORT_KINDS: readonly ImportKind[] = [
  { table: 'externalContacts', hasMode: false },
  { table: 'groupMembers', hasMode: true },
  { table: 'subListMembers', hasMode: true },
  { table: 'scanLists', hasMode: true },
];

export const EXPORT_TABLES: readonly BulkTable[] = [
  'masterList',
  'externalContacts',
  'groupMembers',
  'subListMembers',
  'scanLists',
];

/** A table's columns as an import reads them, in the user's language, the required ones marked. */
export function importColumns(table: ImportTable, language: Language): { header: string; required: boolean }[] {
  return TABLE_COLUMNS[table].map((column) => ({
    header: columnHeader(column.id, language),
    required: column.required,
  }));
}
