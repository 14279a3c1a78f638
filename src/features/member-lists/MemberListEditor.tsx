import { useMemo, useState } from 'react';
import { Link, useNavigate } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import type { MemberList } from '../../domain/model';
import { NotFoundGate } from '../../ui/NotFoundGate';
import { useContacts, useList, useLists } from './hooks';
import type { MemberListKind } from './kinds';
import { EditorForm, type RefusedCreate } from './ListEditorForm';
import { RecreateList } from './RecreateList';
import { useListDraft } from './useListDraft';
import './member-lists.css';

/**
 * The Add New / Identification page of a sub-list or group (`listId` null: a new one, maybe from
 * a `refused` create). Edits stay a draft on screen until Save → OK, which stores the smallest
 * changes (rename, members removed, members added); members another admin adds or removes
 * meanwhile show up live in the draft.
 */
export function MemberListEditor({
  kind,
  listId,
  refused,
}: {
  kind: MemberListKind;
  listId: string | null;
  refused?: RefusedCreate;
}) {
  const intl = useIntl();
  const stored = useList(kind, listId ?? '');
  const list = listId === null ? undefined : stored;
  const lists = useLists(kind);
  const contacts = useContacts();
  const draft = useListDraft(kind, listId, list, refused);
  const navigate = useNavigate();
  const contactIds = useMemo(() => new Set(contacts?.map((contact) => contact.id)), [contacts]);
  const [deleting, setDeleting] = useState(false);
  const heading = intl.formatMessage(listId === null ? kind.words.addNew : kind.words.identification);

  // What the gate shows: nothing yet until every read is in, the form (for a new list or a stored
  // one), or "gone" (null). Our own delete also empties the row: the page is about to leave, so it stays quiet.
  const loaded = contacts !== undefined && lists !== undefined && (listId === null || list !== undefined);
  if (listId !== null && draft.live.state === 'deleted' && !deleting)
    return (
      <section className="page member-list-editor">
        <header className="page__header">
          <h1>{heading}</h1>
        </header>
        <RecreateList
          kind={kind}
          draft={draft}
          knownIds={contactIds}
          onLeave={() => void navigate({ to: kind.path, ignoreBlocker: true })}
        />
      </section>
    );
  let page: { list: MemberList | null } | null | undefined;
  if (!loaded || (deleting && list === null)) page = undefined;
  else if (listId === null) page = { list: null };
  else page = list ? { list } : null;
  return (
    <NotFoundGate
      row={page}
      heading={heading}
      missing={{
        title: kind.words.notFound,
        action: (
          <Link to={kind.path} className="button">
            {intl.formatMessage(kind.words.title)}
          </Link>
        ),
      }}
    >
      {({ list }) => (
        <EditorForm
          kind={kind}
          list={list}
          lists={lists ?? []}
          contacts={contacts ?? []}
          heading={heading}
          draft={draft}
          refused={refused}
          onDeleting={setDeleting}
        />
      )}
    </NotFoundGate>
  );
}
