import { useIntl } from 'react-intl';
import { commonMessages } from './messages';
import './shared.css';

/** Marks a row or page whose local edit has not reached the server yet (icon and words, not colour alone). */
export function PendingMark() {
  const intl = useIntl();
  return (
    <span className="pending-mark">
      <span aria-hidden="true">⟳</span>
      {intl.formatMessage(commonMessages.pending)}
    </span>
  );
}
