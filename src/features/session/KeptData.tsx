/**
 * On the sign-in page: what this device still keeps of earlier sessions (the data someone
 * kept at Exit for their next sign-in, with its unsent edits), and the way to remove it —
 * so the next person on a shared tablet can clear it. Asks first: unsent edits would be lost.
 */
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { useKeptData } from './hooks';
import { keptDataMessages as m } from './messages';

export function KeptDataNotice() {
  const intl = useIntl();
  const { kept, removeAll } = useKeptData();
  const [confirming, setConfirming] = useState(false);
  const [removed, setRemoved] = useState(false);

  const remove = async () => {
    setConfirming(false);
    await removeAll();
    setRemoved(true);
  };

  if (removed) return <p role="status">{intl.formatMessage(m.removed)}</p>;
  if (!kept || kept.databases.length === 0) return null;
  return (
    <section className="sign-in__kept" aria-labelledby="kept-data">
      <h2 id="kept-data">{intl.formatMessage(m.title)}</h2>
      <p>{intl.formatMessage(m.body, { count: kept.waiting })}</p>
      <button type="button" className="button" onClick={() => setConfirming(true)}>
        {intl.formatMessage(m.remove)}
      </button>
      <ConfirmDialog
        open={confirming}
        danger
        title={intl.formatMessage(m.confirmTitle)}
        confirmLabel={intl.formatMessage(m.remove)}
        onConfirm={() => void remove()}
        onCancel={() => setConfirming(false)}
      >
        <p>{intl.formatMessage(m.confirmBody, { count: kept.waiting })}</p>
      </ConfirmDialog>
    </section>
  );
}
