import { Link } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import { MemberListsOverview } from '../../ui/member-lists/MemberListsOverview';
import { useGroups, useIsGroupPending } from './hooks';
import { groupKind } from './kind';

/** Manage Groups: every group with its member count, and the way to add one. */
export function GroupsPage() {
  const intl = useIntl();
  return (
    <MemberListsOverview
      kind={groupKind}
      lists={useGroups()}
      isPending={useIsGroupPending()}
      renderLink={(group) => (
        <Link to="/groups/$groupId" params={{ groupId: group.id }}>
          {group.name}
        </Link>
      )}
      addNewLink={
        <Link to="/groups/new" className="button button--primary">
          {intl.formatMessage(groupKind.words.addNew)}
        </Link>
      }
    />
  );
}
