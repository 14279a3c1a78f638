import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import { MemberListEditor } from '../../ui/member-lists/MemberListEditor';
import { useContacts, useGroup, useGroups, useIsGroupPending, usePendingGroupMembers } from './hooks';
import { useGroupMutations } from './mutations';
import { groupKind } from './kind';

/** Group Identification: rename, add and remove members, delete. */
export function GroupPage() {
  const { groupId = '' } = useParams({ strict: false });
  // A new id is a new page: no draft carries over from the previous group.
  return <GroupEditor key={groupId} groupId={groupId} />;
}

/** Add New Group. */
export function NewGroupPage() {
  return <GroupEditor groupId={null} />;
}

function GroupEditor({ groupId }: { groupId: string | null }) {
  const intl = useIntl();
  const navigate = useNavigate();
  const group = useGroup(groupId ?? '');
  const isPending = useIsGroupPending();
  const pendingMembers = usePendingGroupMembers(groupId ?? '');
  const { create, save, remove } = useGroupMutations();
  return (
    <MemberListEditor
      kind={groupKind}
      isNew={groupId === null}
      list={groupId === null ? undefined : group}
      lists={useGroups()}
      contacts={useContacts()}
      pending={groupId !== null && isPending(groupId)}
      pendingMemberIds={pendingMembers}
      onCreate={create}
      onSave={save}
      onDelete={remove}
      onDone={() => void navigate({ to: '/groups', ignoreBlocker: true })}
      backLink={<Link to="/groups">{intl.formatMessage(groupKind.words.title)}</Link>}
    />
  );
}
