import type { ReactNode } from 'react';
import { Link } from '@tanstack/react-router';
import { useIntl, type MessageDescriptor } from 'react-intl';
import type { Subscriber } from '../../domain/model';
import { formatPhone } from '../../domain/rules';
import { Flash } from '../../ui/Flash';
import { ContactPageLink, NotFoundGate } from '../../ui/NotFoundGate';
import { PendingMark } from '../../ui/PendingMark';
import { useAccess, useContact, useIsContactPending } from './hooks';
import { profileMessages as m } from './messages';
import './subscriber.css';

/**
 * The two panes of a subscriber's profile, as tabs that are links (each has its own address):
 * View Groups (talkgroup scanning) and Options (messaging), reached with the edit icon.
 */
function ProfileTabs({ subscriberId }: { subscriberId: string }) {
  const intl = useIntl();
  // Options are an administrator's (shown once the role is known): a supervisor has View Groups only.
  const administrator = useAccess()?.role === 'administrator';
  return (
    <nav className="profile-tabs" aria-label={intl.formatMessage(m.sections)}>
      <Link
        to="/subscribers/$subscriberId"
        params={{ subscriberId }}
        className="profile-tabs__tab"
        activeOptions={{ exact: true }}
        activeProps={{ 'aria-current': 'page' }}
      >
        {intl.formatMessage(m.viewGroups)}
      </Link>
      {administrator && (
        <Link
          to="/subscribers/$subscriberId/options"
          params={{ subscriberId }}
          className="profile-tabs__tab"
          activeProps={{ 'aria-current': 'page' }}
        >
          <span aria-hidden="true">✎</span>
          {intl.formatMessage(m.optionsTitle)}
        </Link>
      )}
    </nav>
  );
}

export interface SubscriberProfileProps {
  subscriberId: string;
  /** False while the pane still reads what else it needs. */
  ready?: boolean;
  /** Why this pane means nothing for an external contact. */
  externalBody: MessageDescriptor;
  /** The pane. */
  children: (subscriber: Subscriber) => ReactNode;
}

/**
 * A pane of a subscriber's profile under the subscriber's name (the page heading), number,
 * waiting-to-sync state and the tabs; or what to say while it loads, when the subscriber is gone,
 * or when the address is an external contact's.
 */
export function SubscriberProfile({ subscriberId, ready = true, externalBody, children }: SubscriberProfileProps) {
  const intl = useIntl();
  const contact = useContact(subscriberId);
  const isPending = useIsContactPending();
  const subscriber = contact === undefined || !ready ? undefined : contact?.kind === 'subscriber' ? contact : null;
  const missing = contact
    ? { title: m.externalTitle, body: externalBody, action: <ContactPageLink contact={contact} /> }
    : { title: m.notFoundTitle, body: m.notFoundBody };
  return (
    <NotFoundGate row={subscriber} loading={intl.formatMessage(m.loading)} missing={missing}>
      {(shown) => (
        <section className="page" aria-labelledby="profile-title">
          <header className="page__header">
            <h1 id="profile-title">{shown.name}</h1>
            {isPending(shown.id) && <PendingMark />}
          </header>
          <p className="profile-number">
            {intl.formatMessage(m.phone, { phone: formatPhone(shown.phone, intl.locale) })}
          </p>
          <ProfileTabs subscriberId={shown.id} />
          <Flash />
          {children(shown)}
        </section>
      )}
    </NotFoundGate>
  );
}
