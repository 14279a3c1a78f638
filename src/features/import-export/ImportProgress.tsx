import { useIntl } from 'react-intl';
import { useImportActions } from './import-flow';
import { progressMessages as m } from './messages';
import { useFocusOnMount } from './useFocusOnMount';

/** Saving a confirmed import: how far it is, and Cancel (which stops between batches). */
export function ImportProgress({ fileName, done, total }: { fileName: string; done: number; total: number }) {
  const intl = useIntl();
  const actions = useImportActions();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const label = intl.formatMessage(m.label, { done, total });
  return (
    <section className="bulk-section" aria-labelledby="progress-title">
      <h2 id="progress-title" tabIndex={-1} ref={heading}>
        {intl.formatMessage(m.title, { file: fileName })}
      </h2>
      <progress className="bulk-progress" max={total} value={done} aria-label={label} />
      <p role="status">{label}</p>
      <p className="bulk-hint">{intl.formatMessage(m.note)}</p>
      <div className="actions">
        <button type="button" className="button" onClick={actions.cancel}>
          {intl.formatMessage(m.cancel)}
        </button>
      </div>
    </section>
  );
}
