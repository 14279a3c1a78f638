import { useDeferredValue, useId, useMemo, useState } from 'react';
import { Link, useParams, useSearch } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import { foldName } from '../../domain/rules';
import { Flash } from '../../ui/Flash';
import { noMatchMessage } from '../../ui/form-messages';
import { PendingMark } from '../../ui/PendingMark';
import { VirtualRows } from '../../ui/VirtualRows';
import { useAccess, useIsListPending, useLists, useRefusedCreate } from './hooks';
import { MEMBER_LIST_KINDS, type MemberListKind } from './kinds';
import { FILTER_FROM, sortListsByName } from './lists';
import { MemberListEditor } from './MemberListEditor';
import { listMessages as m } from './messages';
import './member-lists.css';

/** "Manage Sub-Lists" / "Manage Groups": every list by name, with its member count and pending state. */
function MemberListsOverview({ kind }: { kind: MemberListKind }) {
  const intl = useIntl();
  const access = useAccess();
  const filterId = useId();
  const lists = useLists(kind);
  const isPending = useIsListPending(kind);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const sorted = useMemo(() => sortListsByName(lists ?? [], intl.locale), [lists, intl.locale]);
  const folded = useMemo(() => sorted.map((list) => foldName(list.name)), [sorted]);
  const shown = useMemo(() => {
    const key = foldName(deferredQuery);
    return key === '' ? sorted : sorted.filter((_, index) => folded[index]?.includes(key));
  }, [sorted, folded, deferredQuery]);

  return (
    <section className="page" aria-labelledby={`${filterId}-title`}>
      <header className="page__header">
        <h1 id={`${filterId}-title`}>{intl.formatMessage(kind.words.title)}</h1>
        {/* Creating lists is an administrator's (offered once the role is known): a supervisor sees its own groups here. */}
        {access?.role === 'administrator' && (
          <Link to={`${kind.path}/new`} className="button button--primary">
            {intl.formatMessage(kind.words.addNew)}
          </Link>
        )}
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
        <p role="status">{intl.formatMessage(noMatchMessage, { query: query.trim() })}</p>
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
                <span className="list-row__name">
                  <Link to={`${kind.path}/$listId`} params={{ listId: list.id }}>
                    {list.name}
                  </Link>
                </span>
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

/** Add New: a blank list, or (`?issue=`) the create the server refused, as the user entered it, to correct. */
function NewListPage({ kind }: { kind: MemberListKind }) {
  const { issue } = useSearch({ strict: false });
  const refused = useRefusedCreate(kind, issue);
  if (refused === undefined && issue !== undefined) return null;
  return (
    <MemberListEditor
      key={issue ?? 'blank'}
      kind={kind}
      listId={null}
      refused={refused && issue ? { issueKey: issue, name: refused.name, memberIds: refused.memberIds } : undefined}
    />
  );
}

/** A list's own page: a new address is a new page, so no draft carries over from the previous list. */
function MemberListPage({ kind }: { kind: MemberListKind }) {
  const { listId = '' } = useParams({ strict: false });
  return <MemberListEditor key={listId} kind={kind} listId={listId} />;
}

// The routes' pages (src/app/router.tsx): the same screens for both kinds, at each kind's addresses.
const { group, subList } = MEMBER_LIST_KINDS;
export const GroupsPage = () => <MemberListsOverview kind={group} />;
export const NewGroupPage = () => <NewListPage kind={group} />;
export const GroupPage = () => <MemberListPage kind={group} />;
export const SubListsPage = () => <MemberListsOverview kind={subList} />;
export const NewSubListPage = () => <NewListPage kind={subList} />;
export const SubListPage = () => <MemberListPage kind={subList} />;
