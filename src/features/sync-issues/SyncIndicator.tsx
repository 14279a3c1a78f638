/**
 * The header's connectivity and sync state: offline / loading / syncing / retrying / out of
 * space / N waiting / all synced / N issues. "All changes synced" only once the data is
 * loaded and nothing waits or fails.
 */
import { Link } from '@tanstack/react-router';
import { useIntl, type IntlShape } from 'react-intl';
import type { SyncStatus } from '../../sync/status';
import { useIsLoaded, useIssueCount, useSyncStatus, useWaitingCount } from './hooks';
import { indicatorMessages as m } from './shell-messages';
import './sync.css';

/** What the sync is doing or what stops it, if anything is worth saying. */
function stateText(intl: IntlShape, status: SyncStatus, waiting: number, loaded: boolean): string | null {
  if (status.needsSignIn) return intl.formatMessage(m.signInAgain);
  if (status.problem?.kind === 'storageFull') return intl.formatMessage(m.storageFull);
  if (status.connectivity === 'offline') return intl.formatMessage(m.offline);
  if (status.problem?.kind === 'refused') return intl.formatMessage(m.refused, { status: status.problem.status });
  if (status.phase === 'waitingToRetry') return intl.formatMessage(m.retrying);
  if (status.phase === 'initialSync' && status.progress) return intl.formatMessage(m.loading, status.progress);
  if (!loaded) return intl.formatMessage(m.loadingData);
  if (status.phase === 'syncing' && waiting > 0) return intl.formatMessage(m.syncing);
  return null;
}

export function SyncIndicator() {
  const intl = useIntl();
  const status = useSyncStatus();
  const waiting = useWaitingCount() ?? 0;
  const issues = useIssueCount();
  const loaded = useIsLoaded() ?? false;

  const parts = [stateText(intl, status, waiting, loaded)];
  if (waiting > 0) parts.push(intl.formatMessage(m.waiting, { count: waiting }));
  const shown = parts.filter((part) => part !== null);
  if (shown.length === 0) shown.push(intl.formatMessage(m.allSynced));
  const stuck = status.needsSignIn || status.connectivity === 'offline' || status.problem !== null;
  const state = stuck ? 'offline' : waiting > 0 || !loaded ? 'pending' : 'synced';

  return (
    <span className="sync-indicator" data-state={state} aria-label={intl.formatMessage(m.label)} role="group">
      <span aria-hidden="true">{state === 'offline' ? '⚠' : state === 'pending' ? '⟳' : '✓'}</span>{' '}
      {/* One live region for the state and the issue count, so a new conflict is announced too. */}
      <span role="status">
        {shown.join(' · ')}
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
