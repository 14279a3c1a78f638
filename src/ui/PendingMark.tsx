import { defineMessages, useIntl } from 'react-intl';
import './shared.css';

const m = defineMessages({
  pending: { id: 'ui.pending', defaultMessage: 'Waiting to sync' },
});

/** Marks a row or page whose local edit has not reached the server yet (icon and words, not colour alone). */
export function PendingMark() {
  const intl = useIntl();
  return (
    <span className="pending-mark">
      <span aria-hidden="true">⟳</span>
      {intl.formatMessage(m.pending)}
    </span>
  );
}
