/**
 * The export action: makes the file off the main thread from this device's data (so it works
 * offline) and hands it to the browser's downloads.
 */
import { useCallback } from 'react';
import type { BulkTable, Language } from '../../domain/bulk/columns';
import { useDatabase } from '../../db/context';
import { saveFile } from '../../lib/csv/save-file';
import type { CsvSeparator } from '../../lib/csv/write';
import type { ContactFilter } from './jobs';
import { runJobOffThread } from './run-job';

export interface ExportChoice {
  table: BulkTable;
  language: Language;
  separator: CsvSeparator;
  /** Narrows the master list as its screen does. */
  filter?: ContactFilter;
  fileName: string;
}

/** Returns how many rows the downloaded file holds. */
export function useExportFile(): (choice: ExportChoice) => Promise<number> {
  const db = useDatabase();
  return useCallback(
    async ({ fileName, ...job }: ExportChoice) => {
      const { file, rows } = await runJobOffThread({ type: 'export', databaseName: db.name, ...job });
      saveFile(fileName, file);
      return rows;
    },
    [db],
  );
}
