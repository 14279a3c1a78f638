import { Link } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import type { ApplyReport } from './apply';
import { BulkSection, StartOverButton } from './BulkSection';
import { useImportOutcome } from './hooks';
import { useImportActions } from './import-flow';
import { summaryMessages as m } from './messages';

/**
 * What an import did: how many changes were saved on this device, then — as they sync — how many
 * the server applied and how many went to Sync issues ("4,988 applied, 12 sent to Sync issues").
 */
export function ImportSummary({ report, total }: { report: ApplyReport; total: number }) {
  const intl = useIntl();
  const actions = useImportActions();
  const outcome = useImportOutcome(report.saved);
  const done = report.saved.reduce((sum, unit) => sum + unit.changes, 0);
  const refused = report.refused.reduce((sum, unit) => sum + unit.changes, 0);
  const title = report.stopped === 'cancelled' ? m.cancelled : report.stopped ? m.stopped : m.finished;

  return (
    <BulkSection id="summary-title" title={intl.formatMessage(title)} announce>
      <p>{intl.formatMessage(m.saved, { done, total })}</p>
      {report.stopped === 'storageFull' && <p role="alert">{intl.formatMessage(m.storageFull)}</p>}
      {report.stopped === 'failed' && <p role="alert">{intl.formatMessage(m.failed)}</p>}
      {outcome && done > 0 && (
        <div role="status" className="bulk-outcome">
          {outcome.waiting > 0 ? (
            <p>
              {intl.formatMessage(m.waiting, { waiting: outcome.waiting, applied: outcome.applied })}{' '}
              {intl.formatMessage(m.sendSoon)}
            </p>
          ) : (
            <p className="bulk-outcome__final">
              {intl.formatMessage(m.outcome, { applied: outcome.applied, issues: outcome.issues })}
            </p>
          )}
        </div>
      )}
      {refused > 0 && <p className="problem-line">{intl.formatMessage(m.refused, { count: refused })}</p>}
      <div className="actions">
        {outcome && outcome.issues > 0 && (
          <Link to="/sync-issues" className="button">
            {intl.formatMessage(m.openIssues)}
          </Link>
        )}
        {refused > 0 && (
          <button type="button" className="button" onClick={() => void actions.previewAgain()}>
            {intl.formatMessage(m.previewAgain)}
          </button>
        )}
        <StartOverButton label={intl.formatMessage(m.another)} primary />
      </div>
    </BulkSection>
  );
}
