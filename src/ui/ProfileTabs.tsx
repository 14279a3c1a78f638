import { Link } from '@tanstack/react-router';
import { defineMessage, defineMessages, useIntl } from 'react-intl';
import type { ReactNode } from 'react';
import type { Contact, Subscriber } from '../domain/model';
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

const gate = defineMessages({
  loading: { id: 'ui.profile.loading', defaultMessage: 'Loading the subscriber…' },
  notFoundTitle: { id: 'ui.profile.notFoundTitle', defaultMessage: 'This subscriber no longer exists' },
  notFoundBody: {
    id: 'ui.profile.notFoundBody',
    defaultMessage: 'The carrier may have removed them, or the link may be wrong.',
  },
  externalTitle: { id: 'ui.profile.externalTitle', defaultMessage: 'This is an external contact' },
  openExternal: { id: 'ui.profile.openExternal', defaultMessage: 'Edit External Contact' },
  backToList: { id: 'ui.profile.backToList', defaultMessage: 'Go to the master list' },
});

export interface SubscriberGateProps {
  /** The contact at the page's address: undefined while reading, null when there is none. */
  contact: Contact | null | undefined;
  /** False while the page still reads what else it needs. */
  ready?: boolean;
  /** Why this pane means nothing for an external contact. */
  externalBody: string;
  children: (subscriber: Subscriber) => ReactNode;
}

/** A subscriber's profile pane, or what to say while it loads, when it is gone, or when it is an external contact. */
export function SubscriberGate({ contact, ready = true, externalBody, children }: SubscriberGateProps) {
  const intl = useIntl();
  if (contact === undefined || !ready) {
    return (
      <section className="page" aria-busy="true">
        <p>{intl.formatMessage(gate.loading)}</p>
      </section>
    );
  }
  if (contact === null || contact.kind !== 'subscriber') {
    return (
      <section className="page" aria-labelledby="profile-missing">
        <div className="empty-state" role="alert">
          <h1 id="profile-missing">{intl.formatMessage(contact ? gate.externalTitle : gate.notFoundTitle)}</h1>
          <p>{contact ? externalBody : intl.formatMessage(gate.notFoundBody)}</p>
          {contact ? (
            <Link to="/external-contacts/$contactId" params={{ contactId: contact.id }} className="button">
              {intl.formatMessage(gate.openExternal)}
            </Link>
          ) : (
            <Link to="/master-list" className="button">
              {intl.formatMessage(gate.backToList)}
            </Link>
          )}
        </div>
      </section>
    );
  }
  return children(contact);
}
