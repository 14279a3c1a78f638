import { GROUP_MAX_MEMBERS, GROUP_MEMBERS_WARN_AT } from '../../domain/rules';
import type { MemberListKind } from '../../ui/member-lists/words';
import { groupWords } from './messages';

/** Groups: at most 250 members, and a subscriber removed from a group stops scanning it. */
export const groupKind: MemberListKind = {
  id: 'group',
  words: groupWords,
  rules: { maxMembers: GROUP_MAX_MEMBERS, warnAt: GROUP_MEMBERS_WARN_AT, scanLists: true },
};
