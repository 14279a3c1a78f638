import { useDeferredValue, useMemo, useRef, type KeyboardEvent, type RefObject } from 'react';
import { Link } from '@tanstack/react-router';
import { useIntl, type MessageDescriptor } from 'react-intl';
import { Flash } from '../../ui/Flash';
import { contactSearchMessages } from '../../ui/messages';
import '../../ui/shared.css';
import type { KindFilter } from './search';
import { useReadOnly } from './hooks';
import { MasterListResults } from './MasterListResults';
import { useMasterListField, useUpdateMasterListView } from './view-store';
import { masterListMessages as m } from './messages';
import './master-list.css';

const KINDS: readonly { value: KindFilter; label: MessageDescriptor }[] = [
  { value: 'all', label: m.kindAll },
  { value: 'subscriber', label: m.kindSubscribers },
  { value: 'external', label: m.kindExternal },
];

/** The page itself reads no search state: typing re-renders only the search box and the results. */
export function MasterListPage() {
  const intl = useIntl();
  const listRef = useRef<HTMLDivElement>(null);
  const readOnly = useReadOnly();

  return (
    <section className="page page--wide master-list" aria-labelledby="master-list-title">
      <header className="page__header">
        <h1 id="master-list-title">{intl.formatMessage(m.title)}</h1>
        {!readOnly && <ExportLink />}
        {!readOnly && (
          <Link to="/external-contacts/new" className="button button--primary">
            <span aria-hidden="true">+</span>
            {intl.formatMessage(m.addExternal)}
          </Link>
        )}
      </header>
      <Flash />
      <p className="master-list__intro">{intl.formatMessage(m.intro)}</p>

      <div className="master-list__tools">
        <SearchField listRef={listRef} />
        <KindField />
      </div>

      <MasterListResults listRef={listRef} />
    </section>
  );
}

/**
 * Export, keeping to the search and filter in use (the Import / Export page offers to). The link
 * follows the search just after each keystroke's frame, not in it: the router's link costs about
 * a millisecond per render on a tablet, and nobody clicks it within a frame of typing. (The
 * keystroke still re-renders this component, with the previous query: the memo keeps the link out.)
 */
function ExportLink() {
  const intl = useIntl();
  const query = useDeferredValue(useMasterListField('query'));
  const kind = useMasterListField('kind');
  // The same element until the deferred query changes: the keystroke's own render skips the link.
  return useMemo(() => {
    const narrowed = query.trim() !== '' || kind !== 'all';
    return (
      <Link to="/import-export" search={narrowed ? { query, kind } : {}} className="button">
        {intl.formatMessage(m.export)}
      </Link>
    );
  }, [intl, query, kind]);
}

function SearchField({ listRef }: { listRef: RefObject<HTMLDivElement | null> }) {
  const intl = useIntl();
  const query = useMasterListField('query');
  const update = useUpdateMasterListView();

  // Down arrow moves into the list, when there is one (no match shows a message instead).
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'ArrowDown') return;
    const listbox = listRef.current?.querySelector<HTMLElement>('[role="listbox"]');
    if (!listbox) return;
    event.preventDefault();
    listbox.focus();
  };

  // Formatted once per language, not at every keystroke.
  const words = useMemo(
    () => ({
      label: intl.formatMessage(contactSearchMessages.label),
      hint: intl.formatMessage(contactSearchMessages.hint),
      help: intl.formatMessage(m.searchHelp),
    }),
    [intl],
  );

  return (
    <div className="field master-list__search">
      <label htmlFor="master-list-search">{words.label}</label>
      <input
        id="master-list-search"
        type="search"
        value={query}
        placeholder={words.hint}
        aria-describedby="master-list-search-hint"
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => update({ query: event.target.value })}
        onKeyDown={onKeyDown}
      />
      <span id="master-list-search-hint" className="field__hint">
        {words.help}
      </span>
    </div>
  );
}

function KindField() {
  const intl = useIntl();
  const kind = useMasterListField('kind');
  const update = useUpdateMasterListView();
  return (
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
  );
}
