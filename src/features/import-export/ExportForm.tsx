import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { BulkTable } from '../../domain/bulk/columns';
import { today } from '../../lib/csv/local-time';
import type { CsvSeparator } from '../../lib/csv/write';
import { BulkSection } from './BulkSection';
import { Choices, TableChoices } from './Choices';
import { useExportFile } from './export-file';
import type { ContactFilter } from './jobs';
import { EXPORT_TABLES } from './kinds';
import { exportMessages as m, fileNames } from './messages';

type ExportStatus = { step: 'working' } | { step: 'done'; file: string; rows: number } | { step: 'failed' } | null;

/**
 * Export: what, with which separator; the file downloads at once (made from this device's data).
 * `shown` is the master list's search when the user came from there: the export can keep to it.
 */
export function ExportForm({ shown }: { shown: ContactFilter | null }) {
  const intl = useIntl();
  const exportFile = useExportFile();
  const [table, setTable] = useState<BulkTable>('masterList');
  const [onlyShown, setOnlyShown] = useState(shown !== null);
  const [separator, setSeparator] = useState<CsvSeparator>(',');
  const [status, setStatus] = useState<ExportStatus>(null);

  const download = async () => {
    setStatus({ step: 'working' });
    const file = `${intl.formatMessage(fileNames[table])}-${today()}.csv`;
    try {
      const rows = await exportFile({
        table,
        separator,
        language: intl.locale.startsWith('fr') ? 'fr' : 'en',
        filter: table === 'masterList' && onlyShown && shown ? shown : undefined,
        fileName: file,
      });
      setStatus({ step: 'done', file, rows });
    } catch {
      setStatus({ step: 'failed' });
    }
  };

  return (
    <BulkSection id="export-title" title={intl.formatMessage(m.title)}>
      <TableChoices
        name="export-table"
        legend={intl.formatMessage(m.what)}
        tables={EXPORT_TABLES}
        value={table}
        onChange={setTable}
      >
        {shown && table === 'masterList' && (
          <label className="choice bulk-choices__sub">
            <input type="checkbox" checked={onlyShown} onChange={(event) => setOnlyShown(event.target.checked)} />
            {intl.formatMessage(m.onlyShown, {
              kind: shown.kind,
              query: shown.query.trim(),
              hasQuery: shown.query.trim() ? 'yes' : 'no',
            })}
          </label>
        )}
      </TableChoices>
      <Choices
        name="export-separator"
        legend={intl.formatMessage(m.separator)}
        options={[
          { value: ',', label: intl.formatMessage(m.comma) },
          { value: ';', label: intl.formatMessage(m.semicolon) },
        ]}
        value={separator}
        onChange={setSeparator}
      />
      <p className="field__hint">{intl.formatMessage(m.headers)}</p>
      <div className="actions">
        <button
          type="button"
          className="button button--primary"
          disabled={status?.step === 'working'}
          onClick={() => void download()}
        >
          {intl.formatMessage(m.download)}
        </button>
      </div>
      <p role="status" className="bulk-status">
        {status?.step === 'working' && intl.formatMessage(m.working)}
        {status?.step === 'done' && intl.formatMessage(m.done, { file: status.file, rows: status.rows })}
      </p>
      {status?.step === 'failed' && (
        <p role="alert" className="problem-line">
          {intl.formatMessage(m.failed)}
        </p>
      )}
    </BulkSection>
  );
}
