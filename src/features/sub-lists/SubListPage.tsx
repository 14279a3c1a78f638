import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import { MemberListEditor } from '../../ui/member-lists/MemberListEditor';
import { useContacts, useIsSubListPending, usePendingSubListMembers, useSubList, useSubLists } from './hooks';
import { useSubListMutations } from './mutations';
import { subListKind } from './kind';

/** Sub-List Identification: rename, add and remove members, delete. */
export function SubListPage() {
  const { subListId = '' } = useParams({ strict: false });
  // A new id is a new page: no draft carries over from the previous sub-list.
  return <SubListEditor key={subListId} subListId={subListId} />;
}

/** Add New Sub-List. */
export function NewSubListPage() {
  return <SubListEditor subListId={null} />;
}

function SubListEditor({ subListId }: { subListId: string | null }) {
  const intl = useIntl();
  const navigate = useNavigate();
  const subList = useSubList(subListId ?? '');
  const isPending = useIsSubListPending();
  const pendingMembers = usePendingSubListMembers(subListId ?? '');
  const { create, save, remove } = useSubListMutations();
  return (
    <MemberListEditor
      kind={subListKind}
      isNew={subListId === null}
      list={subListId === null ? undefined : subList}
      lists={useSubLists()}
      contacts={useContacts()}
      pending={subListId !== null && isPending(subListId)}
      pendingMemberIds={pendingMembers}
      onCreate={create}
      onSave={save}
      onDelete={remove}
      onDone={() => void navigate({ to: '/sub-lists', ignoreBlocker: true })}
      backLink={<Link to="/sub-lists">{intl.formatMessage(subListKind.words.title)}</Link>}
    />
  );
}
