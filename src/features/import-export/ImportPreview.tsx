import { useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import { FATES, type Fate } from '../../domain/bulk/plan-types';
import { saveFile } from '../../lib/csv/save-file';
import { BulkSection, StartOverButton } from './BulkSection';
import { errorsFile, rowContext } from './describe-row';
import { useImportActions } from './import-flow';
import { tableLabels } from './messages';
import { rowAt, rowsOf, type PreviewResult } from './packed-plan';
import { PreviewTable } from './PreviewTable';
import { fateTotals, previewMessages as m } from './preview-messages';

type Preview = Extract<PreviewResult, { ok: true }>;

const ENCODINGS = {
  'utf-8': 'utf8',
  'utf-8-bom': 'utf8bom',
  'utf-16le': 'utf16',
  'utf-16be': 'utf16',
  'windows-1252': 'windows1252',
};
const DELIMITERS = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

/**
 * The dry run: totals that filter the rows, every row's fate, the rows in error to download,
 * and the import itself — nothing is saved until the user presses it, and with rows in error
 * only once they choose to leave those out.
 */
export function ImportPreview({ fileName, preview }: { fileName: string; preview: Preview }) {
  const intl = useIntl();
  const actions = useImportActions();
  const { plan, file } = preview;
  const [filter, setFilter] = useState<Fate | null>(null);
  const [skipErrors, setSkipErrors] = useState(false);
  const context = useMemo(() => rowContext(plan.table, file.headers), [plan.table, file.headers]);
  const shown = useMemo(() => rowsOf(plan.rows, filter), [plan.rows, filter]);
  const { changes } = plan.units;
  const errors = plan.totals.error;

  const downloadErrors = () => {
    const inError = rowsOf(plan.rows, 'error').map((index) => rowAt(plan.rows, index));
    const text = errorsFile(intl, inError, file.headers, context, file.delimiter === ';' ? ';' : ',');
    saveFile(`${intl.formatMessage(m.errorsFileName)}-${fileName.replace(/\.[^.]*$/, '')}.csv`, text);
  };

  return (
    <BulkSection id="preview-title" title={intl.formatMessage(m.title, { file: fileName })} announce>
      <p>
        {intl.formatMessage(m.facts, {
          table: intl.formatMessage(tableLabels[plan.table]),
          rows: plan.rows.fileRows,
          encoding: ENCODINGS[file.encoding],
          delimiter: DELIMITERS[file.delimiter],
        })}
        {plan.ignoredColumns.length > 0 &&
          ` ${intl.formatMessage(m.ignored, { columns: plan.ignoredColumns.join(', ') })}`}
      </p>
      <p className="bulk-note">{intl.formatMessage(m.nothingSaved)}</p>

      <div className="bulk-filters" role="group" aria-label={intl.formatMessage(m.filters)}>
        <button type="button" className="button" aria-pressed={filter === null} onClick={() => setFilter(null)}>
          {intl.formatMessage(m.all, { count: plan.rows.fates.length })}
        </button>
        {FATES.filter((fate) => plan.totals[fate] > 0).map((fate) => (
          <button
            key={fate}
            type="button"
            className={`button bulk-filter--${fate}`}
            aria-pressed={filter === fate}
            onClick={() => setFilter(fate)}
          >
            {intl.formatMessage(fateTotals[fate], { count: plan.totals[fate] })}
          </button>
        ))}
      </div>

      <PreviewTable key={filter ?? 'all'} rows={plan.rows} shown={shown} context={context} />

      {errors > 0 && (
        <div className="bulk-errors">
          <p>{intl.formatMessage(m.fixOrSkip)}</p>
          <div className="actions">
            <button type="button" className="button" onClick={downloadErrors}>
              {intl.formatMessage(m.downloadErrors)}
            </button>
          </div>
          {changes > 0 && (
            <label className="choice">
              <input type="checkbox" checked={skipErrors} onChange={(event) => setSkipErrors(event.target.checked)} />
              {intl.formatMessage(m.skipErrors, { count: errors })}
            </label>
          )}
        </div>
      )}
      {changes === 0 && errors === 0 && <p className="bulk-note">{intl.formatMessage(m.nothingToDo)}</p>}

      <div className="actions">
        {changes > 0 && (
          <button
            type="button"
            className="button button--primary"
            disabled={errors > 0 && !skipErrors}
            onClick={() => void actions.apply()}
          >
            {intl.formatMessage(m.apply, { count: changes })}
          </button>
        )}
        <StartOverButton label={intl.formatMessage(m.anotherFile)} />
      </div>
    </BulkSection>
  );
}
