import { useDeferredValue, useId, useMemo, useState, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { MemberList } from '../../domain/model';
import { foldName } from '../../domain/rules';
import { Flash } from '../Flash';
import { PendingMark } from '../PendingMark';
import { VirtualRows } from './VirtualRows';
import { sortListsByName } from './members';
import { listMessages as m } from './messages';
import type { MemberListKind } from './words';
import './member-lists.css';

export interface MemberListsOverviewProps {
  kind: MemberListKind;
  /** Undefined while the local store is being read. */
  lists: readonly MemberList[] | undefined;
  isPending: (id: string) => boolean;
  /** The link to a list's identification page, showing its name. */
  renderLink: (list: MemberList) => ReactNode;
  /** The "Add New …" link. */
  addNewLink: ReactNode;
}

/** A filter box appears once a tenant has more lists than fit on a screen. */
const FILTER_FROM = 12;

/** "Manage Sub-Lists" / "Manage Groups": every list by name, with its member count and pending state. */
export function MemberListsOverview({ kind, lists, isPending, renderLink, addNewLink }: MemberListsOverviewProps) {
  const intl = useIntl();
  const filterId = useId();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const sorted = useMemo(() => sortListsByName(lists ?? [], intl.locale), [lists, intl.locale]);
  const shown = useMemo(() => {
    const key = foldName(deferredQuery);
    return key === '' ? sorted : sorted.filter((list) => list.nameKey.includes(key));
  }, [sorted, deferredQuery]);

  return (
    <section className="page" aria-labelledby={`${filterId}-title`}>
      <header className="page__header">
        <h1 id={`${filterId}-title`}>{intl.formatMessage(kind.words.title)}</h1>
        {addNewLink}
      </header>
      <Flash />
      {lists !== undefined && lists.length === 0 && <p>{intl.formatMessage(kind.words.empty)}</p>}
      {sorted.length >= FILTER_FROM && (
        <div className="field">
          <label htmlFor={filterId}>{intl.formatMessage(m.searchLists)}</label>
          <input id={filterId} type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
        </div>
      )}
      {sorted.length > 0 && shown.length === 0 && (
        <p role="status">{intl.formatMessage(m.noMatch, { query: query.trim() })}</p>
      )}
      {shown.length > 0 && (
        <VirtualRows
          label={intl.formatMessage(kind.words.listLabel)}
          count={shown.length}
          rowHeight={52}
          maxHeight="70vh"
          getKey={(index) => shown[index]!.id}
          renderRow={(index) => {
            const list = shown[index]!;
            return (
              <div className="list-row">
                <span className="list-row__name">{renderLink(list)}</span>
                {isPending(list.id) && <PendingMark />}
                <span className="list-row__count">
                  {intl.formatMessage(m.memberCount, { count: list.memberIds.length })}
                </span>
              </div>
            );
          }}
        />
      )}
    </section>
  );
}
