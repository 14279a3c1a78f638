/**
 * Exit (top right) and the "sign in again" prompt. Exit removes the tenant's data from this
 * device when no edit waits; when edits wait it says so and offers to wait for them, to keep
 * them for this user's next sign-in here, or to discard them with the rest of the data.
 */
import { useCallback, useEffect, useState } from 'react';
import { useNavigate } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useIssueCount, useNeedsSignIn, useWaitingCount } from './hooks';
import { exitMessages as m } from './messages';
import { endSession } from './session-store';

export function ExitButton() {
  const intl = useIntl();
  const navigate = useNavigate();
  const waiting = useWaitingCount();
  const needsSignIn = useNeedsSignIn();
  const [choosing, setChoosing] = useState(false);
  const issues = useIssueCount();
  // While waiting to exit: the sync issues there were when the wait began.
  const [exitWhenSent, setExitWhenSent] = useState<{ issuesBefore: number } | null>(null);
  const refused = exitWhenSent !== null && issues > exitWhenSent.issuesBefore;

  // Away from the tenant's pages first, so nothing reads the database while it goes.
  const leave = useCallback(
    async (data: 'remove' | 'keep', search?: { redirect: string }) => {
      await navigate({ to: '/sign-in', ...(search ? { search } : {}) });
      await endSession(data);
    },
    [navigate],
  );

  // Once every edit is sent, exit — unless the server refused one: the user must see why first.
  useEffect(() => {
    if (exitWhenSent && !refused && waiting === 0) void leave('remove');
  }, [exitWhenSent, refused, waiting, leave]);

  const exit = () => {
    if (waiting !== undefined && waiting > 0) setChoosing(true);
    else void leave('remove');
  };

  return (
    <>
      {needsSignIn && (
        <span className="session-expired" role="alert">
          {intl.formatMessage(m.expired)}{' '}
          <button
            type="button"
            className="button button--primary"
            onClick={() => void leave('keep', { redirect: window.location.pathname })}
          >
            {intl.formatMessage(m.signInAgain)}
          </button>
        </span>
      )}
      {exitWhenSent && (
        <span role="status">
          {intl.formatMessage(refused ? m.exitStopped : m.exitWhenSent, { count: waiting ?? 0 })}{' '}
          <button type="button" className="button button--quiet" onClick={() => setExitWhenSent(null)}>
            {intl.formatMessage(m.stay)}
          </button>
        </span>
      )}
      {/* Enabled once the waiting edits are counted (a moment): Exit depends on it. */}
      <button type="button" className="button button--quiet" onClick={exit} disabled={waiting === undefined}>
        {intl.formatMessage(m.exit)}
      </button>
      <ConfirmDialog
        open={choosing}
        title={intl.formatMessage(m.warningTitle)}
        confirmLabel={intl.formatMessage(m.keep, { count: waiting ?? 0 })}
        onConfirm={() => void leave('keep')}
        onCancel={() => setChoosing(false)}
      >
        <p>{intl.formatMessage(m.warning, { count: waiting ?? 0 })}</p>
        <div className="actions">
          <button
            type="button"
            className="button"
            onClick={() => {
              setChoosing(false);
              setExitWhenSent({ issuesBefore: issues });
            }}
          >
            {intl.formatMessage(m.wait, { count: waiting ?? 0 })}
          </button>
          <button type="button" className="button button--danger" onClick={() => void leave('remove')}>
            {intl.formatMessage(m.discard, { count: waiting ?? 0 })}
          </button>
        </div>
      </ConfirmDialog>
    </>
  );
}
