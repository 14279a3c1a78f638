import { useIntl } from 'react-intl';
import { BulkSection } from './BulkSection';
import { useImportActions } from './import-flow';
import { progressMessages as m } from './messages';

/** Saving a confirmed import: how far it is, and Cancel (which stops between batches). */
export function ImportProgress({ fileName, done, total }: { fileName: string; done: number; total: number }) {
  const intl = useIntl();
  const actions = useImportActions();
  const label = intl.formatMessage(m.label, { done, total });
  return (
    <BulkSection id="progress-title" title={intl.formatMessage(m.title, { file: fileName })} announce>
      <progress className="bulk-progress" max={total} value={done} aria-label={label} />
      <p role="status">{label}</p>
      <p className="bulk-hint">{intl.formatMessage(m.note)}</p>
      <div className="actions">
        <button type="button" className="button" onClick={actions.cancel}>
          {intl.formatMessage(m.cancel)}
        </button>
      </div>
    </BulkSection>
  );
}
