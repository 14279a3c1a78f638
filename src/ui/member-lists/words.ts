/**
 * What differs between sub-lists and groups: their words (French gives them different
 * genders, so whole sentences differ) and their rules. Each feature supplies one of these.
 */
import type { MessageDescriptor, TypedMessageDescriptor } from 'react-intl';

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
  /** Group only: "{count} scan lists will lose this group." */
  deleteScanEffect?: WithCount;
  /** Group only: "{count} removed members scan this group…" */
  removeScanEffect?: WithCount;
  /** Sub-list only: "Each member receives the other {count} members as contacts." */
  distribution?: WithCount;
}

export interface MemberListRules {
  /** The most members a list may hold (groups); none for sub-lists. */
  maxMembers?: number;
  /** From this many members, the screens say how many places are left. */
  warnAt?: number;
  /** Removing a member drops the list from that member's scan list (groups). */
  scanLists?: boolean;
}

export interface MemberListKind {
  /** Names the kind in test ids and DOM ids. */
  id: 'subList' | 'group';
  words: MemberListWords;
  rules: MemberListRules;
}
