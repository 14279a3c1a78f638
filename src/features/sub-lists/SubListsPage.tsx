import { Link } from '@tanstack/react-router';
import { useIntl } from 'react-intl';
import { MemberListsOverview } from '../../ui/member-lists/MemberListsOverview';
import { useIsSubListPending, useSubLists } from './hooks';
import { subListKind } from './kind';

/** Manage Sub-Lists: every sub-list with its member count, and the way to add one. */
export function SubListsPage() {
  const intl = useIntl();
  return (
    <MemberListsOverview
      kind={subListKind}
      lists={useSubLists()}
      isPending={useIsSubListPending()}
      renderLink={(subList) => (
        <Link to="/sub-lists/$subListId" params={{ subListId: subList.id }}>
          {subList.name}
        </Link>
      )}
      addNewLink={
        <Link to="/sub-lists/new" className="button button--primary">
          {intl.formatMessage(subListKind.words.addNew)}
        </Link>
      }
    />
  );
}
