import { Link } from '@tanstack/react-router';
import { defineMessage, defineMessages, useIntl } from 'react-intl';
import type { Contact } from '../domain/model';
import { formatPhone } from '../domain/rules';
import { PendingMark } from './PendingMark';
import './fields.css';

const m = defineMessages({
  label: { id: 'ui.profile.sections', defaultMessage: 'Subscriber profile' },
  groups: { id: 'ui.profile.viewGroups', defaultMessage: 'View Groups' },
  options: { id: 'ui.profile.options', defaultMessage: 'Options' },
});
const phoneLine = defineMessage<{ phone: string }>({ id: 'ui.profile.phone', defaultMessage: 'Phone number: {phone}' });

/**
 * The two panes of a subscriber's profile, as tabs that are links (each has its own address):
 * View Groups (talkgroup scanning) and Options (messaging), reached with the edit icon.
 */
export function ProfileTabs({ subscriberId }: { subscriberId: string }) {
  const intl = useIntl();
  return (
    <nav className="profile-tabs" aria-label={intl.formatMessage(m.label)}>
      <Link
        to="/subscribers/$subscriberId"
        params={{ subscriberId }}
        className="profile-tabs__tab"
        activeOptions={{ exact: true }}
        activeProps={{ 'aria-current': 'page' }}
      >
        {intl.formatMessage(m.groups)}
      </Link>
      <Link
        to="/subscribers/$subscriberId/options"
        params={{ subscriberId }}
        className="profile-tabs__tab"
        activeProps={{ 'aria-current': 'page' }}
      >
        <span aria-hidden="true">✎</span>
        {intl.formatMessage(m.options)}
      </Link>
    </nav>
  );
}

/** A subscriber's name (the page heading), number and waiting-to-sync state, above the profile tabs. */
export function SubscriberProfileHeader({ subscriber, pending }: { subscriber: Contact; pending: boolean }) {
  const intl = useIntl();
  return (
    <>
      <header className="page__header">
        <h1 id="profile-title">{subscriber.name}</h1>
        {pending && <PendingMark />}
      </header>
      <p className="profile-number">
        {intl.formatMessage(phoneLine, { phone: formatPhone(subscriber.phone, intl.locale) })}
      </p>
      <ProfileTabs subscriberId={subscriber.id} />
    </>
  );
}
