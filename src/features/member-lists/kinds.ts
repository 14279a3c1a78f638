/**
 * Sub-lists and groups are one feature: the same screens and flows, fed by this table of what
 * differs per kind — their words (French gives them different genders, so whole sentences
 * differ), their table and addresses, and their rules.
 */
import type { MessageDescriptor, TypedMessageDescriptor } from 'react-intl';
import type { ListKind } from '../../domain/model';
import { GROUP_MAX_MEMBERS, GROUP_MEMBERS_WARN_AT } from '../../domain/rules';
import { groupWords, subListWords } from './messages';

type Plain = MessageDescriptor;
type WithName = TypedMessageDescriptor<{ name: string }>;
type WithCount = TypedMessageDescriptor<{ count: number }>;

export interface MemberListWords {
  /** "Manage Groups" */
  title: Plain;
  /** "Add New Group" */
  addNew: Plain;
  /** "Group Identification" */
  identification: Plain;
  /** Accessible name of the list of lists. */
  listLabel: Plain;
  /** Shown when the tenant has none yet. */
  empty: Plain;
  /** Title of the member picker: "Pick Individual Group Members". */
  pickerTitle: Plain;
  /** "Another group is already called “{name}”…" */
  nameTaken: WithName;
  /** "Too similar to the existing group “{name}”." (a look-alike: see the rules' nameKey) */
  tooSimilar: WithName;
  /** Confirmation before creating: "Save the new group “{name}”?" */
  createTitle: WithName;
  /** Shown on the lists after a create: "Group “{name}” saved." */
  created: WithName;
  /** Shown on the lists after a delete: "Group “{name}” deleted." */
  deleted: WithName;
  /** Accessible name of the X at the top right. */
  deleteLabel: Plain;
  /** "Delete the group “{name}”?" */
  deleteTitle: WithName;
  /** "This group no longer exists — another administrator deleted it." */
  deletedElsewhere: Plain;
  /** The address names no list of this kind. */
  notFound: Plain;
  /** Above the form when it starts from a create the server refused (a sync issue). */
  fromIssue: Plain;
  /** Group only: "{count} scan lists will lose this group." */
  deleteScanEffect?: WithCount;
  /** Group only: "{count} removed members scan this group…" */
  removeScanEffect?: WithCount;
  /** Sub-list only: "Each member receives the other {count} members as contacts." */
  distribution?: WithCount;
}

export interface MemberListKind {
  id: ListKind;
  table: 'subLists' | 'groups';
  /** The overview's address; a list's own page is `${path}/<id>`, a new one `${path}/new`. */
  path: '/sub-lists' | '/groups';
  words: MemberListWords;
  /** The most members a list may hold (groups); none for sub-lists. */
  maxMembers?: number;
  /** From this many members, the screens say how many places are left. */
  warnAt?: number;
  /** Removing a member, or deleting the list, takes it out of the members' scan lists (groups). */
  scanLists?: boolean;
}

export const MEMBER_LIST_KINDS: Record<ListKind, MemberListKind> = {
  /** Groups: at most 250 members, and a subscriber removed from a group stops scanning it. */
  group: {
    id: 'group',
    table: 'groups',
    path: '/groups',
    words: groupWords,
    maxMembers: GROUP_MAX_MEMBERS,
    warnAt: GROUP_MEMBERS_WARN_AT,
    scanLists: true,
  },
  /** Sub-lists: no size limit; each member receives every other member as a contact (`words.distribution`). */
  subList: { id: 'subList', table: 'subLists', path: '/sub-lists', words: subListWords },
};
