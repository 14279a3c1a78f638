/**
 * Above every page, what the sync needs the user to know in more words than the header has:
 * the device is out of storage space (and what to do; it goes once syncing resumes), and the
 * server's history or this device's data went back in time and how it was recovered (until
 * dismissed).
 */
import { useIntl } from 'react-intl';
import { commonMessages } from '../../ui/messages';
import { useRecovery, useSyncStatus } from './hooks';
import { noticeMessages as m } from './shell-messages';
import './sync.css';

export function SyncNotices() {
  const intl = useIntl();
  const status = useSyncStatus();
  const { recovery, dismiss } = useRecovery();
  return (
    <div className="sync-notices" role="status">
      {status.problem?.kind === 'storageFull' && <p className="sync-notice">{intl.formatMessage(m.storageFull)}</p>}
      {recovery && (
        <p className="sync-notice">
          {intl.formatMessage(recovery.cause === 'server' ? m.serverRestored : m.deviceRestored, {
            count: recovery.resent,
          })}{' '}
          <button type="button" className="button button--quiet" onClick={() => void dismiss()}>
            {intl.formatMessage(commonMessages.dismiss)}
          </button>
        </p>
      )}
    </div>
  );
}
