/** The header's connectivity and sync state: offline / syncing / N waiting / all synced / N issues. */
import { Link } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import { useIssueCount, useSyncStatus, useWaitingCount } from './hooks';
import { indicatorMessages as m } from './messages';
import './sync-indicator.css';

export function SyncIndicator() {
  const intl = useIntl();
  const status = useSyncStatus();
  const waiting = useWaitingCount() ?? 0;
  const issues = useIssueCount();

  const waitingText = waiting > 0 ? intl.formatMessage(m.waiting, { count: waiting }) : null;
  const parts: string[] = [];
  if (status.needsSignIn) parts.push(intl.formatMessage(m.signInAgain));
  else if (status.connectivity === 'offline') parts.push(intl.formatMessage(m.offline));
  else if (status.phase === 'initialSync' && status.progress)
    parts.push(intl.formatMessage(m.loading, status.progress));
  else if (status.phase === 'syncing' && waiting > 0) parts.push(intl.formatMessage(m.syncing));
  if (waitingText) parts.push(waitingText);
  else if (parts.length === 0) parts.push(intl.formatMessage(m.allSynced));
  const state =
    status.needsSignIn || status.connectivity === 'offline' ? 'offline' : waiting > 0 ? 'pending' : 'synced';

  return (
    <span className="sync-indicator" data-state={state} aria-label={intl.formatMessage(m.label)} role="group">
      <span aria-hidden="true">{state === 'offline' ? '⚠' : state === 'pending' ? '⟳' : '✓'}</span>{' '}
      {/* One live region for the state and the issue count, so a new conflict is announced too. */}
      <span role="status">
        {parts.join(' · ')}
        {issues > 0 && (
          <>
            {' · '}
            <Link to="/sync-issues" className="sync-indicator__issues">
              {intl.formatMessage(m.issues, { count: issues })}
            </Link>
          </>
        )}
      </span>
    </span>
  );
}
