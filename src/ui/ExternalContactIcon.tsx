import { useIntl } from 'react-intl';
import { commonMessages } from './messages';
import './shared.css';

/** The "External contact" icon, the same wherever contacts are listed: an address card with an arrow pointing out of the company. */
export function ExternalContactIcon() {
  const label = useIntl().formatMessage(commonMessages.externalContact);
  return (
    <svg className="external-icon" role="img" aria-label={label} viewBox="0 0 24 24" width="22" height="22">
      <title>{label}</title>
      <rect x="2" y="5" width="14" height="14" rx="2" fill="none" stroke="currentColor" strokeWidth="2" />
      <circle cx="9" cy="10" r="2.2" fill="currentColor" />
      <path d="M5.5 16c.8-2 2-2.8 3.5-2.8s2.7.8 3.5 2.8" fill="none" stroke="currentColor" strokeWidth="1.8" />
      <path d="M15 12h7m-3-3 3 3-3 3" fill="none" stroke="currentColor" strokeWidth="2" />
    </svg>
  );
}
