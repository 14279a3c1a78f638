import { memo, useMemo, useRef, type KeyboardEvent } from 'react';
import { Link, useNavigate } from '@tanstack/react-router';
import { useIntl, type MessageDescriptor } from 'react-intl';
import type { Contact } from '../../domain/model';
import { formatPhone } from '../../domain/rules';
import { ExternalContactIcon } from '../../ui/ExternalContactIcon';
import { Flash } from '../../ui/Flash';
import '../../ui/fields.css';
import { PendingMark } from '../../ui/PendingMark';
import { VirtualList } from '../../ui/VirtualList';
import { useContactPending, useDatabaseName, useMasterListRows } from './hooks';
import { ContactSearchIndex, type KindFilter } from './search';
import { useMasterListView } from './view-store';
import { masterListMessages as m } from './messages';
import './master-list.css';

const ROW_HEIGHT = 56;
const KINDS: readonly { value: KindFilter; label: MessageDescriptor }[] = [
  { value: 'all', label: m.kindAll },
  { value: 'subscriber', label: m.kindSubscribers },
  { value: 'external', label: m.kindExternal },
];

// Memoized: rows that stay in view while the search narrows are not rendered again.
const ContactRow = memo(function ContactRow({ contact, pending }: { contact: Contact; pending: boolean }) {
  const intl = useIntl();
  return (
    <>
      <span className="contact-row__name">{contact.name}</span>
      {contact.kind === 'external' && <ExternalContactIcon />}
      {pending && <PendingMark />}
      <span className="contact-row__phone">{formatPhone(contact.phone, intl.locale)}</span>
    </>
  );
});

export function MasterListPage() {
  const intl = useIntl();
  const navigate = useNavigate();
  const databaseName = useDatabaseName();
  const { contacts, complete, total } = useMasterListRows();
  const isPending = useContactPending();
  const view = useMasterListView();
  const { query, kind, activeId } = view.databaseName === databaseName ? view : INITIAL_VIEW;
  const update = (change: Parameters<typeof view.update>[1]) => view.update(databaseName, change);
  const listRef = useRef<HTMLDivElement>(null);

  // The search narrows the list in the keystroke's own frame (measured by `npm run bench`).
  const index = useMemo(() => new ContactSearchIndex(contacts ?? []), [contacts]);
  const matches = useMemo(() => index.search(query, kind), [index, query, kind]);
  const activeIndex = useMemo(
    () => (activeId === null ? -1 : matches.findIndex((position) => index.contacts[position]!.id === activeId)),
    [activeId, matches, index],
  );
  const contactAt = (row: number) => index.contacts[matches[row]!]!;

  const open = (contact: Contact) => {
    update({ activeId: contact.id });
    if (contact.kind === 'subscriber') {
      void navigate({ to: '/subscribers/$subscriberId', params: { subscriberId: contact.id } });
    } else {
      void navigate({ to: '/external-contacts/$contactId', params: { contactId: contact.id } });
    }
  };

  const onSearchKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'ArrowDown' || matches.length === 0) return;
    event.preventDefault();
    listRef.current?.querySelector<HTMLElement>('[role="listbox"]')?.focus();
  };

  const filtering = query.trim() !== '' || kind !== 'all';
  const loaded = contacts?.length ?? 0;

  return (
    <section className="page page--wide master-list" aria-labelledby="master-list-title">
      <header className="page__header">
        <h1 id="master-list-title">{intl.formatMessage(m.title)}</h1>
        <Link to="/external-contacts/new" className="button button--primary">
          <span aria-hidden="true">+</span>
          {intl.formatMessage(m.addExternal)}
        </Link>
      </header>
      <Flash />
      <p className="master-list__intro">{intl.formatMessage(m.intro)}</p>

      <div className="master-list__tools">
        <div className="field master-list__search">
          <label htmlFor="master-list-search">{intl.formatMessage(m.search)}</label>
          <input
            id="master-list-search"
            type="search"
            value={query}
            placeholder={intl.formatMessage(m.searchHint)}
            aria-describedby="master-list-search-hint"
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => update({ query: event.target.value })}
            onKeyDown={onSearchKeyDown}
          />
          <span id="master-list-search-hint" className="field__hint">
            {intl.formatMessage(m.searchHelp)}
          </span>
        </div>
        <fieldset className="master-list__kinds">
          <legend>{intl.formatMessage(m.kindLegend)}</legend>
          {KINDS.map((option) => (
            <label key={option.value} className="choice">
              <input
                type="radio"
                name="master-list-kind"
                value={option.value}
                checked={kind === option.value}
                onChange={() => update({ kind: option.value })}
              />
              {intl.formatMessage(option.label)}
            </label>
          ))}
        </fieldset>
      </div>

      <p role="status" className="master-list__status">
        {contacts === undefined
          ? intl.formatMessage(m.loading)
          : !complete && total !== undefined
            ? intl.formatMessage(m.stillLoading, { loaded, total })
            : filtering
              ? intl.formatMessage(m.matchCount, { count: matches.length, total: loaded })
              : intl.formatMessage(m.count, { count: loaded })}
      </p>

      {complete && total === 0 ? (
        <div className="empty-state">
          <h2>{intl.formatMessage(m.emptyTitle)}</h2>
          <p>{intl.formatMessage(m.emptyBody)}</p>
          <Link to="/external-contacts/new" className="button">
            {intl.formatMessage(m.addExternal)}
          </Link>
        </div>
      ) : contacts !== undefined && matches.length === 0 ? (
        <div className="empty-state">
          {query.trim() === '' ? (
            <p>{intl.formatMessage(kind === 'external' ? m.noExternal : m.noSubscribers)}</p>
          ) : (
            <>
              <h2>
                {intl.formatMessage(
                  kind === 'all' ? m.noMatch : kind === 'subscriber' ? m.noMatchSubscriber : m.noMatchExternal,
                  { query: query.trim() },
                )}
              </h2>
              <p>{intl.formatMessage(m.noMatchHint)}</p>
              <div className="actions">
                {kind !== 'all' && (
                  <button type="button" className="button" onClick={() => update({ kind: 'all' })}>
                    {intl.formatMessage(m.showAllKinds)}
                  </button>
                )}
                <button type="button" className="button" onClick={() => update({ query: '' })}>
                  {intl.formatMessage(m.clearSearch)}
                </button>
              </div>
            </>
          )}
        </div>
      ) : contacts === undefined ? null : (
        <div ref={listRef}>
          <VirtualList
            label={intl.formatMessage(m.listLabel)}
            count={matches.length}
            rowHeight={ROW_HEIGHT}
            renderRow={(row) => {
              const contact = contactAt(row);
              return <ContactRow contact={contact} pending={isPending(contact.id)} />;
            }}
            activeIndex={activeIndex}
            onActiveIndexChange={(row) => update({ activeId: contactAt(row).id })}
            onActivate={(row) => open(contactAt(row))}
            activateOnClick
            height="min(60vh, 40rem)"
          />
        </div>
      )}
    </section>
  );
}

const INITIAL_VIEW = { query: '', kind: 'all', activeId: null } as const;
