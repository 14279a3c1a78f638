import { memo, useEffect, useMemo, type RefObject } from 'react';
import { Link, useNavigate } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import type { Contact } from '../../domain/model';
import { formatPhone } from '../../domain/rules';
import { ExternalContactIcon } from '../../ui/ExternalContactIcon';
import { PendingMark } from '../../ui/PendingMark';
import { VirtualList } from '../../ui/VirtualList';
import { useIsContactPending, useMasterListRows, useReadOnly } from './hooks';
import { runWhenIdle } from './idle-steps';
import { searchIndexOf, type ContactSearchIndex } from './search';
import { masterListStatus } from './status';
import { useMasterListField, useUpdateMasterListView } from './view-store';
import { masterListMessages as m } from './messages';

const ROW_HEIGHT = 56;
const NO_CONTACTS: readonly Contact[] = [];

/** Without props: rendered once per row, not again when the row shows another external contact. */
const ExternalIcon = memo(ExternalContactIcon);

// Memoized: rows that stay in view while the search narrows are not rendered again.
const ContactRow = memo(function ContactRow({
  contact,
  pending,
  locale,
}: {
  contact: Contact;
  pending: boolean;
  locale: string;
}) {
  return (
    <>
      <span className="contact-row__name">{contact.name}</span>
      {contact.kind === 'external' && <ExternalIcon />}
      {pending && <PendingMark />}
      <span className="contact-row__phone">{formatPhone(contact.phone, locale)}</span>
    </>
  );
});

/**
 * The count and the contacts that match the search: the part of the master list a keystroke changes.
 * `listRef` wraps the list, so the search box can move the focus into it.
 */
export function MasterListResults({ listRef }: { listRef: RefObject<HTMLDivElement | null> }) {
  const { contacts, complete, total, receiving } = useMasterListRows();
  const isPending = useIsContactPending();
  // Made at no cost (opening the list does not grow with it), prepared once the rows are painted.
  const index = useMemo(() => searchIndexOf(contacts ?? NO_CONTACTS), [contacts]);
  useEffect(() => runWhenIdle(index.prepare()), [index]);
  return (
    <Matches
      index={index}
      loaded={contacts !== undefined}
      complete={complete}
      total={total}
      receiving={receiving ?? null}
      isPending={isPending}
      listRef={listRef}
    />
  );
}

interface MatchesProps {
  index: ContactSearchIndex;
  /** False until the first rows are read. */
  loaded: boolean;
  complete: boolean;
  total: number | undefined;
  receiving: { total: number | undefined } | null;
  isPending: (contactId: string) => boolean;
  listRef: RefObject<HTMLDivElement | null>;
}

// Memoized, and the only part of the results that reads the search: a keystroke re-renders this, not the reads above it.
const Matches = memo(function Matches({ index, loaded, complete, total, receiving, isPending, listRef }: MatchesProps) {
  const intl = useIntl();
  const navigate = useNavigate();
  const query = useMasterListField('query');
  const kind = useMasterListField('kind');
  const activeId = useMasterListField('activeId');
  const update = useUpdateMasterListView();

  // The search narrows the list in the keystroke's own frame (measured by `npm run bench`).
  const matches = useMemo(() => index.search(query, kind), [index, query, kind]);
  const activeIndex = useMemo(
    () => (activeId === null ? -1 : matches.findIndex((position) => index.contacts[position]!.id === activeId)),
    [activeId, matches, index],
  );
  const contactAt = (row: number) => index.contacts[matches[row]!]!;

  const readOnly = useReadOnly();
  const open = (contact: Contact) => {
    update({ activeId: contact.id });
    if (contact.kind === 'subscriber') {
      void navigate({ to: '/subscribers/$subscriberId', params: { subscriberId: contact.id } });
    } else if (!readOnly) {
      void navigate({ to: '/external-contacts/$contactId', params: { contactId: contact.id } });
    }
  };

  const listLabel = useMemo(() => intl.formatMessage(m.listLabel), [intl]);
  const filtering = query.trim() !== '' || kind !== 'all';
  const status = masterListStatus({
    loaded: loaded ? index.contacts.length : undefined,
    complete,
    total,
    filtering,
    matches: matches.length,
    receiving,
  });

  return (
    <>
      <p role="status" className="master-list__status">
        {intl.formatMessage(...status)}
      </p>

      {/* Before the first sync's first contacts arrive, the status line alone says what is happening. */}
      {receiving && index.contacts.length === 0 ? null : complete && total === 0 ? (
        <div className="empty-state">
          <h2>{intl.formatMessage(m.emptyTitle)}</h2>
          <p>{intl.formatMessage(m.emptyBody)}</p>
          {!readOnly && (
            <Link to="/external-contacts/new" className="button">
              {intl.formatMessage(m.addExternal)}
            </Link>
          )}
        </div>
      ) : loaded && matches.length === 0 ? (
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
      ) : !loaded ? null : (
        <div ref={listRef}>
          <VirtualList
            label={listLabel}
            count={matches.length}
            rowHeight={ROW_HEIGHT}
            renderRow={(row) => {
              const contact = contactAt(row);
              return <ContactRow contact={contact} pending={isPending(contact.id)} locale={intl.locale} />;
            }}
            activeIndex={activeIndex}
            onActiveIndexChange={(row) => update({ activeId: contactAt(row).id })}
            onActivate={(row) => open(contactAt(row))}
            activateOnClick
            height="min(60vh, 40rem)"
          />
        </div>
      )}
    </>
  );
});
