import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import type { Contact } from '../../domain/model';
import { filterContacts } from '../../lib/contact-search';
import { noMatchMessage } from '../../ui/form-messages';
import { PendingMark } from '../../ui/PendingMark';
import { VirtualRows } from '../../ui/VirtualRows';
import type { MemberListKind } from './kinds';
import { FILTER_FROM, memberLimit } from './lists';
import { ContactLabel, MemberPicker } from './MemberPicker';
import { listMessages as m } from './messages';

export interface MembersSectionProps {
  kind: MemberListKind;
  /** Every contact of the tenant, in name order: the picker's candidates. */
  contacts: readonly Contact[];
  /** The draft's members, in name order. */
  members: readonly Contact[];
  /** The draft's member ids. */
  memberIds: ReadonlySet<string>;
  /** The stored members: the others are marked "Not saved yet". */
  storedIds: ReadonlySet<string>;
  isMemberPending: (memberId: string) => boolean;
  onAdd: (ids: string[]) => void;
  onRemove: (id: string) => void;
}

const ROW_HEIGHT = 52;

/**
 * The Members part of a list's page: the live count (and places left, for groups), Add Members and
 * its picker, what the list distributes (sub-lists), a filter for long lists, and each member's X.
 */
export function MembersSection({
  kind,
  contacts,
  members,
  memberIds,
  storedIds,
  isMemberPending,
  onAdd,
  onRemove,
}: MembersSectionProps) {
  const intl = useIntl();
  const ids = useId();
  const [pickerOpen, setPickerOpen] = useState(false);
  const [query, setQuery] = useState('');
  const addButtonRef = useRef<HTMLButtonElement>(null);
  const focusAfterRemove = useRef<string | null>(null);
  const shown = useMemo(() => filterContacts(members, query), [members, query]);
  const candidates = useMemo(
    () => (pickerOpen ? contacts.filter((contact) => !memberIds.has(contact.id)) : []),
    [pickerOpen, contacts, memberIds],
  );
  const count = members.length;
  const { max, placesLeft, overBy, near } = memberLimit(kind, count);
  const { distribution } = kind.words;

  // After an X, focus goes to the next member's X (or Add Members), once the row is gone.
  useEffect(() => {
    const target = focusAfterRemove.current;
    if (target === null) return;
    focusAfterRemove.current = null;
    const next = target ? document.getElementById(removeButtonId(ids, target)) : null;
    (next ?? addButtonRef.current)?.focus();
  });

  const remove = (contact: Contact) => {
    const index = shown.indexOf(contact);
    const neighbour = shown[index + 1] ?? shown[index - 1];
    onRemove(contact.id);
    focusAfterRemove.current = neighbour?.id ?? '';
  };

  const fullId = `${ids}-full`;
  return (
    <section className="member-list-editor__members" aria-labelledby={`${ids}-members`}>
      <div className="member-list-editor__members-head">
        <h2 id={`${ids}-members`}>{intl.formatMessage(m.members)}</h2>
        <span className="member-count" role="status">
          {max !== undefined && near
            ? intl.formatMessage(m.memberCountOfMax, { count, max, left: placesLeft ?? 0 })
            : intl.formatMessage(m.memberCount, { count })}
        </span>
        <button
          type="button"
          ref={addButtonRef}
          className="button"
          onClick={() => setPickerOpen(true)}
          disabled={placesLeft === 0}
          aria-describedby={placesLeft === 0 ? fullId : undefined}
        >
          {intl.formatMessage(m.addMembers)}
        </button>
      </div>
      {placesLeft === 0 && overBy === 0 && (
        <p id={fullId} className="field__hint">
          {intl.formatMessage(m.full)}
        </p>
      )}
      {overBy > 0 && max !== undefined && (
        <p className="field__error" role="alert">
          {intl.formatMessage(m.overLimit, { max, excess: overBy })}
        </p>
      )}
      {distribution && (
        <p className="member-list-editor__distribution">
          {intl.formatMessage(distribution, { count: Math.max(0, count - 1) })}
        </p>
      )}
      {count >= FILTER_FROM && (
        <div className="field">
          <label htmlFor={`${ids}-filter`}>{intl.formatMessage(m.searchMembers)}</label>
          <input id={`${ids}-filter`} type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
        </div>
      )}
      {count === 0 && <p>{intl.formatMessage(m.noMembers)}</p>}
      {count > 0 && shown.length === 0 && (
        <p role="status">{intl.formatMessage(noMatchMessage, { query: query.trim() })}</p>
      )}
      {shown.length > 0 && (
        <VirtualRows
          label={intl.formatMessage(m.members)}
          count={shown.length}
          rowHeight={ROW_HEIGHT}
          getKey={(index) => shown[index]!.id}
          renderRow={(index) => {
            const contact = shown[index]!;
            return (
              <div className="member-row">
                <ContactLabel contact={contact} />
                {!storedIds.has(contact.id) ? (
                  <span className="member-row__draft">{intl.formatMessage(m.notSaved)}</span>
                ) : (
                  isMemberPending(contact.id) && <PendingMark />
                )}
                <button
                  type="button"
                  id={removeButtonId(ids, contact.id)}
                  className="button button--icon button--quiet"
                  aria-label={intl.formatMessage(m.remove, { name: contact.name })}
                  onClick={() => remove(contact)}
                >
                  <span aria-hidden="true">✕</span>
                </button>
              </div>
            );
          }}
        />
      )}
      <MemberPicker
        open={pickerOpen}
        title={intl.formatMessage(kind.words.pickerTitle)}
        candidates={candidates}
        placesLeft={placesLeft}
        max={max}
        onCancel={() => setPickerOpen(false)}
        onAdd={(added) => {
          onAdd(added);
          setPickerOpen(false);
        }}
      />
    </section>
  );
}

function removeButtonId(prefix: string, contactId: string) {
  return `${prefix}-remove-${contactId}`;
}
