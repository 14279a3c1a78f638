/**
 * The "Add …" pop-up every list of choices uses — a list's members, a supervisor's groups:
 * search, tick, select every result, Add. The list renders only the rows in view, so 50,000
 * candidates open and filter as fast as 50. A limit is enforced while picking: a tick beyond
 * the places left is refused with a message, never accepted then refused.
 */
import { useDeferredValue, useId, useMemo, useState, type ReactNode } from 'react';
import * as Dialog from '@radix-ui/react-dialog';
import { useIntl, type MessageDescriptor } from 'react-intl';
import { commonMessages } from './messages';
import { noMatchMessage, pickerMessages as m } from './form-messages';
import { VirtualList } from './VirtualList';
import { useReturnFocus } from './useReturnFocus';
import './picker.css';

/** What a picker says of its candidates: contacts, groups… (`resultCount` takes `count`). */
export interface PickerWords {
  description: MessageDescriptor;
  searchHint?: MessageDescriptor;
  results: MessageDescriptor;
  resultCount: MessageDescriptor;
  noneAvailable: MessageDescriptor;
  /** For a picker with a limit: `placesLeft` takes `left`, `limitReached` `left` and `max`. */
  placesLeft?: MessageDescriptor;
  limitReached?: MessageDescriptor;
}

export interface PickerProps<T extends { id: string }> {
  open: boolean;
  title: string;
  /** What may be picked, in the order shown. */
  candidates: readonly T[];
  /** The candidates a search keeps, in their order. */
  search: (candidates: readonly T[], query: string) => readonly T[];
  /** A candidate's row, beside its tick box. */
  renderItem: (item: T) => ReactNode;
  words: PickerWords;
  /** How many more can be picked; undefined when there is no limit. */
  placesLeft?: number;
  max?: number;
  onAdd: (ids: string[]) => void;
  onCancel: () => void;
}

export function Picker<T extends { id: string }>({ open, title, onCancel, ...body }: PickerProps<T>) {
  const returnFocus = useReturnFocus(open);
  return (
    <Dialog.Root open={open} onOpenChange={(next) => !next && onCancel()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog dialog--wide picker" onCloseAutoFocus={returnFocus}>
          <Dialog.Title>{title}</Dialog.Title>
          <PickerBody {...body} onCancel={onCancel} />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

/** Mounted only while the dialog is open, so every opening starts with an empty search and selection. */
function PickerBody<T extends { id: string }>({
  candidates,
  search,
  renderItem,
  words,
  placesLeft,
  max,
  onAdd,
  onCancel,
}: Omit<PickerProps<T>, 'open' | 'title'>) {
  const intl = useIntl();
  const ids = useId();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set());
  const [activeIndex, setActiveIndex] = useState(-1);
  const [limitHit, setLimitHit] = useState(false);

  const results = useMemo(() => search(candidates, deferredQuery), [search, candidates, deferredQuery]);
  const unselectedResults = useMemo(() => results.filter((item) => !selected.has(item.id)), [results, selected]);
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
      results.forEach((item) => next.delete(item.id));
      return select(next);
    }
    if (unselectedResults.length > left) return setLimitHit(true);
    unselectedResults.forEach((item) => next.add(item.id));
    select(next);
  };

  const searchId = `${ids}-search`;
  const statusId = `${ids}-status`;
  const limitId = `${ids}-limit`;
  return (
    <>
      <Dialog.Description>{intl.formatMessage(words.description)}</Dialog.Description>
      <div className="field">
        <label htmlFor={searchId}>{intl.formatMessage(m.search)}</label>
        <input
          id={searchId}
          type="search"
          value={query}
          placeholder={words.searchHint && intl.formatMessage(words.searchHint)}
          aria-describedby={statusId}
          autoComplete="off"
          onChange={(event) => {
            setQuery(event.target.value);
            setActiveIndex(-1);
          }}
        />
      </div>
      <div className="picker__bar">
        <span id={statusId} role="status">
          {intl.formatMessage(words.resultCount, { count: results.length })}
          {' · '}
          {intl.formatMessage(m.selected, { count: selected.size })}
          {limited && words.placesLeft && <> · {intl.formatMessage(words.placesLeft, { left })}</>}
        </span>
        <span className="picker__bulk">
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
      {limitHit && max !== undefined && words.limitReached && (
        <p id={limitId} className="field__error" role="alert">
          {intl.formatMessage(words.limitReached, { left: Math.max(0, left), max })}
        </p>
      )}
      {results.length === 0 ? (
        <p className="picker__empty">
          {query.trim() === ''
            ? intl.formatMessage(words.noneAvailable)
            : intl.formatMessage(noMatchMessage, { query: query.trim() })}
        </p>
      ) : (
        <VirtualList
          label={intl.formatMessage(words.results)}
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
            const item = results[index]!;
            return (
              <span className="pick-row">
                {/* The row is the option (aria-selected) and takes the click; the box only draws the state
                    (a real checkbox inside an option would be a control nested in a control). */}
                <span className="pick-box" data-checked={selected.has(item.id)} aria-hidden="true" />
                {renderItem(item)}
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
          // In the candidates' order, whatever order they were ticked in.
          onClick={() => onAdd(candidates.filter((item) => selected.has(item.id)).map((item) => item.id))}
        >
          {intl.formatMessage(m.add)}
        </button>
      </div>
    </>
  );
}
