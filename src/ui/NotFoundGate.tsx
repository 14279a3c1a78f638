import { useId, type ReactNode } from 'react';
import { Link } from '@tanstack/react-router';
import { useIntl, type MessageDescriptor } from 'react-intl';
import type { Contact } from '../domain/model';
import { commonMessages } from './messages';
import './shared.css';

export interface NotFoundGateProps<T> {
  /** The row the page is about: undefined while it is read, null when there is none this page can show. */
  row: T | null | undefined;
  /** The page's title, kept while loading and when the row is missing; without one, the missing title is the heading. */
  heading?: string;
  /** Said while the row is read. */
  loading?: string;
  /** What to say when the row is missing, and where to go instead (the master list unless said otherwise). */
  missing: { title: MessageDescriptor; body?: MessageDescriptor; action?: ReactNode };
  children: (row: T) => ReactNode;
}

/**
 * Every page that shows one row (a contact, a subscriber, a list) that may not exist, or no
 * longer: what to say while it is read, and when it is gone, the same way on every page.
 */
export function NotFoundGate<T>({ row, heading, loading, missing, children }: NotFoundGateProps<T>) {
  const intl = useIntl();
  const headingId = useId();
  if (row !== undefined && row !== null) return children(row);
  const gone = row === null;
  const title = intl.formatMessage(missing.title);
  return (
    <section
      className="page"
      aria-labelledby={heading || gone ? headingId : undefined}
      aria-busy={gone ? undefined : true}
    >
      {heading && (
        <header className="page__header">
          <h1 id={headingId}>{heading}</h1>
        </header>
      )}
      {gone ? (
        <div className="empty-state" role="alert">
          {heading ? <h2>{title}</h2> : <h1 id={headingId}>{title}</h1>}
          {missing.body && <p>{intl.formatMessage(missing.body)}</p>}
          {missing.action ?? <MasterListLink />}
        </div>
      ) : (
        loading && <p>{loading}</p>
      )}
    </section>
  );
}

/** "Go to the master list": where a missing page, or a missing row, sends the user. */
export function MasterListLink() {
  const intl = useIntl();
  return (
    <Link to="/master-list" className="button">
      {intl.formatMessage(commonMessages.backToMasterList)}
    </Link>
  );
}

/** Where an address of the other kind of contact leads instead: the subscriber's profile, or the external contact's page. */
export function ContactPageLink({ contact }: { contact: Pick<Contact, 'id' | 'kind'> }) {
  const intl = useIntl();
  return contact.kind === 'subscriber' ? (
    <Link to="/subscribers/$subscriberId" params={{ subscriberId: contact.id }} className="button">
      {intl.formatMessage(commonMessages.openSubscriber)}
    </Link>
  ) : (
    <Link to="/external-contacts/$contactId" params={{ contactId: contact.id }} className="button">
      {intl.formatMessage(commonMessages.openExternalContact)}
    </Link>
  );
}
