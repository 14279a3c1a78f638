import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { updateMessages as m } from './messages';
import './UpdateNotice.css';

/**
 * Announces a new version once its service worker has taken over (MSW's worker activates
 * at once), and lets the user reload when it suits them. Queued edits live in IndexedDB,
 * so reloading loses nothing. Updates are looked for whenever the app regains focus.
 */
export function UpdateNotice() {
  const intl = useIntl();
  const [ready, setReady] = useState(false);

  useEffect(() => {
    const container = navigator.serviceWorker;
    if (!container) return;
    const hadController = Boolean(container.controller);
    const onControllerChange = () => hadController && setReady(true);
    const lookForUpdate = () => void container.getRegistration().then((registration) => registration?.update());
    container.addEventListener('controllerchange', onControllerChange);
    window.addEventListener('focus', lookForUpdate);
    return () => {
      container.removeEventListener('controllerchange', onControllerChange);
      window.removeEventListener('focus', lookForUpdate);
    };
  }, []);

  if (!ready) return null;
  return (
    <div className="update-notice" role="status">
      <span>{intl.formatMessage(m.ready)}</span>
      <button type="button" className="button button--primary" onClick={() => window.location.reload()}>
        {intl.formatMessage(m.reload)}
      </button>
    </div>
  );
}
