import { useDeferredValue, useId, useMemo, useState } from 'react';
import * as Dialog from '@radix-ui/react-dialog';
import { useIntl } from 'react-intl';
import type { Contact } from '../../domain/model';
import { formatPhone } from '../../domain/rules';
import { filterContacts } from '../../lib/contact-search';
import { ExternalContactIcon } from '../../ui/ExternalContactIcon';
import { commonMessages, contactSearchMessages } from '../../ui/messages';
import { VirtualList } from '../../ui/VirtualList';
import { useReturnFocus } from '../../ui/useReturnFocus';
import { listMessages, pickerMessages as m } from './messages';

export interface MemberPickerProps {
  open: boolean;
  title: string;
  /** The contacts that are not members yet, in name order. */
  candidates: readonly Contact[];
  /** How many more members the list can take; undefined when there is no limit. */
  placesLeft?: number;
  max?: number;
  onAdd: (ids: string[]) => void;
  onCancel: () => void;
}

/**
 * The "Add Members" pop-up: search, tick, select every result, Add. The list renders only the
 * rows in view, so 50,000 candidates open and filter as fast as 50. A limit is enforced while
 * picking: a tick beyond the places left is refused with a message, never accepted then refused.
 */
export function MemberPicker({ open, title, onCancel, ...body }: MemberPickerProps) {
  const returnFocus = useReturnFocus(open);
  return (
    <Dialog.Root open={open} onOpenChange={(next) => !next && onCancel()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog dialog--wide member-picker" onCloseAutoFocus={returnFocus}>
          <Dialog.Title>{title}</Dialog.Title>
          <PickerBody {...body} onCancel={onCancel} />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/** Mounted only while the dialog is open, so every opening starts with an empty search and selection. */
function PickerBody({ candidates, placesLeft, max, onAdd, onCancel }: Omit<MemberPickerProps, 'open' | 'title'>) {
  const intl = useIntl();
  const ids = useId();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const [activeIndex, setActiveIndex] = useState(-1);
  const [limitHit, setLimitHit] = useState(false);

  const results = useMemo(() => filterContacts(candidates, deferredQuery), [candidates, deferredQuery]);
  const unselectedResults = useMemo(() => results.filter((contact) => !selected.has(contact.id)), [results, selected]);
  const limited = placesLeft !== undefined;
  const left = limited ? placesLeft - selected.size : Infinity;

  const select = (next: Set<string>) => {
    setSelected(next);
    setLimitHit(false);
  };
  const toggle = (id: string) => {
    const next = new Set(selected);
    if (next.delete(id)) return select(next);
    if (left < 1) return setLimitHit(true);
    select(next.add(id));
  };
  const toggleAllResults = () => {
    const next = new Set(selected);
    if (unselectedResults.length === 0) {
      results.forEach((contact) => next.delete(contact.id));
      return select(next);
    }
    if (unselectedResults.length > left) return setLimitHit(true);
    unselectedResults.forEach((contact) => next.add(contact.id));
    select(next);
  };

  const searchId = `${ids}-search`;
  const statusId = `${ids}-status`;
  const limitId = `${ids}-limit`;
  return (
    <>
      <Dialog.Description>{intl.formatMessage(m.description)}</Dialog.Description>
      <div className="field">
        <label htmlFor={searchId}>{intl.formatMessage(contactSearchMessages.label)}</label>
        <input
          id={searchId}
          type="search"
          value={query}
          placeholder={intl.formatMessage(contactSearchMessages.hint)}
          aria-describedby={statusId}
          autoComplete="off"
          onChange={(event) => {
            setQuery(event.target.value);
            setActiveIndex(-1);
          }}
        />
      </div>
      <div className="member-picker__bar">
        <span id={statusId} role="status">
          {intl.formatMessage(m.resultCount, { count: results.length })}
          {' · '}
          {intl.formatMessage(m.selected, { count: selected.size })}
          {limited && <> · {intl.formatMessage(m.placesLeft, { left })}</>}
        </span>
        <span className="member-picker__bulk">
          {results.length > 0 && (
            <button
              type="button"
              className="button"
              onClick={toggleAllResults}
              aria-describedby={limitHit ? limitId : undefined}
            >
              {intl.formatMessage(unselectedResults.length === 0 ? m.unselectAll : m.selectAll, {
                count: results.length,
              })}
            </button>
          )}
          {selected.size > 0 && (
            <button type="button" className="button button--quiet" onClick={() => select(new Set())}>
              {intl.formatMessage(m.clear)}
            </button>
          )}
        </span>
      </div>
      {limitHit && max !== undefined && (
        <p id={limitId} className="field__error" role="alert">
          {intl.formatMessage(m.limitReached, { left: Math.max(0, left), max })}
        </p>
      )}
      {results.length === 0 ? (
        <p className="member-picker__empty">
          {query.trim() === ''
            ? intl.formatMessage(m.noneAvailable)
            : intl.formatMessage(listMessages.noMatch, { query: query.trim() })}
        </p>
      ) : (
        <VirtualList
          label={intl.formatMessage(m.results)}
          count={results.length}
          rowHeight={48}
          height="min(50vh, 28rem)"
          activeIndex={activeIndex}
          onActiveIndexChange={setActiveIndex}
          onActivate={(index) => toggle(results[index]!.id)}
          spaceActivates
          activateOnClick
          multiselectable
          isSelected={(index) => selected.has(results[index]!.id)}
          renderRow={(index) => {
            const contact = results[index]!;
            return (
              <span className="member-row member-row--pick">
                {/* The row is the option (aria-selected) and takes the click; the box only draws the state
                    (a real checkbox inside an option would be a control nested in a control). */}
                <span className="pick-box" data-checked={selected.has(contact.id)} aria-hidden="true" />
                <ContactLabel contact={contact} />
              </span>
            );
          }}
        />
      )}
      <div className="actions">
        <button type="button" className="button" onClick={onCancel}>
          {intl.formatMessage(commonMessages.cancel)}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={selected.size === 0}
          onClick={() => onAdd(inOrder(candidates, selected))}
        >
          {intl.formatMessage(m.add)}
        </button>
      </div>
    </>
  );
}

/** The selection in the candidates' (name) order, whatever order it was ticked in. */
function inOrder(candidates: readonly Contact[], selected: ReadonlySet<string>): string[] {
  return candidates.filter((contact) => selected.has(contact.id)).map((contact) => contact.id);
}

/** A contact's name, external-contact icon and number, as every member row shows them. */
export function ContactLabel({ contact }: { contact: Contact }) {
  const intl = useIntl();
  return (
    <>
      <span className="member-row__name">
        {contact.name}
        {contact.kind === 'external' && <ExternalContactIcon />}
      </span>
      <span className="member-row__phone">{formatPhone(contact.phone, intl.locale)}</span>
    </>
  );
}
