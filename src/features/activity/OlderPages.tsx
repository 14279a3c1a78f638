/** Under the list: "Load older changes", or why they cannot load (offline, signed out, an error), or that none are left. */
import { useIntl } from 'react-intl';
import { olderMessages as m } from './messages';
import type { OlderActivity } from './older';

export function OlderPages({ older }: { older: OlderActivity }) {
  const intl = useIntl();
  const { status, loadOlder } = older;
  const problem = status === 'offline' || status === 'signIn' || status === 'failed';
  return (
    <div className="activity-older">
      {status === 'end' && <p>{intl.formatMessage(m.end)}</p>}
      {problem && <p role="alert">{intl.formatMessage(m[status])}</p>}
      <p role="status">{status === 'loading' && intl.formatMessage(m.loading)}</p>
      {status !== 'end' && status !== 'signIn' && (
        <button type="button" className="button" disabled={status === 'loading'} onClick={loadOlder}>
          {intl.formatMessage(problem ? m.retry : m.load)}
        </button>
      )}
    </div>
  );
}
