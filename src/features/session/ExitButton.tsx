/** Exit (top right): signs out of this device, after a warning when edits still wait; and the "sign in again" prompt. */
import { useState } from 'react';
import { useNavigate } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { signOut } from './api';
import { useNeedsSignIn, useWaitingCount } from './hooks';
import { exitMessages as m } from './messages';
import { useSessionStore } from './session-store';

export function ExitButton() {
  const intl = useIntl();
  const navigate = useNavigate();
  const session = useSessionStore((state) => state.session);
  const setSession = useSessionStore((state) => state.setSession);
  const waiting = useWaitingCount() ?? 0;
  const needsSignIn = useNeedsSignIn();
  const [warning, setWarning] = useState(false);

  // The database stays: its queue is sent at this user's next sign-in on this device.
  const leave = (withSignOut: boolean) => {
    if (withSignOut && session) void signOut(session.token).catch(() => undefined);
    setSession(null);
    void navigate({ to: '/sign-in', ...(withSignOut ? {} : { search: { redirect: window.location.pathname } }) });
  };

  return (
    <>
      {needsSignIn && (
        <span className="session-expired" role="alert">
          {intl.formatMessage(m.expired)}{' '}
          <button type="button" className="button button--primary" onClick={() => leave(false)}>
            {intl.formatMessage(m.signInAgain)}
          </button>
        </span>
      )}
      <button
        type="button"
        className="button button--quiet"
        onClick={() => (waiting > 0 ? setWarning(true) : leave(true))}
      >
        {intl.formatMessage(m.exit)}
      </button>
      <ConfirmDialog
        open={warning}
        title={intl.formatMessage(m.warningTitle)}
        confirmLabel={intl.formatMessage(m.exitAnyway)}
        onConfirm={() => leave(true)}
        onCancel={() => setWarning(false)}
      >
        <p>{intl.formatMessage(m.warning, { count: waiting })}</p>
      </ConfirmDialog>
    </>
  );
}
