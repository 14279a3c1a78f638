/**
 * Every word of the sub-list and group screens: those they share (kind-neutral in both
 * languages), those of each kind, and the functions that turn a name problem or a refusal from
 * the rules into a message.
 */
import {
  defineMessage,
  defineMessages,
  type IntlShape,
  type MessageDescriptor,
  type TypedMessageDescriptor,
} from 'react-intl';
import type { MemberList } from '../../domain/model';
import { IntentRejected, StorageFull } from '../../domain/outcomes';
import { nameError, normalizeName } from '../../domain/rules';
import { commonMessages } from '../../ui/messages';
import { isNameProblem, nameProblemMessage } from '../../ui/NameField';
import { nameHolder } from './lists';

export const listMessages = {
  ...defineMessages({
    members: { id: 'memberLists.members', defaultMessage: 'Members' },
    addMembers: { id: 'memberLists.addMembers', defaultMessage: 'Add Members' },
    discard: { id: 'memberLists.discard', defaultMessage: 'Discard changes' },
    unsaved: { id: 'memberLists.unsaved', defaultMessage: 'Unsaved changes: select “Save” to keep them.' },
    saved: { id: 'memberLists.saved', defaultMessage: 'Saved. The change is sent as soon as the network allows.' },
    notSaved: { id: 'memberLists.notSaved', defaultMessage: 'Not saved yet' },
    noMembers: { id: 'memberLists.noMembers', defaultMessage: 'No members yet. Use “Add Members” to choose some.' },
    searchMembers: { id: 'memberLists.searchMembers', defaultMessage: 'Search members' },
    searchLists: { id: 'memberLists.searchLists', defaultMessage: 'Search by name' },
    full: {
      id: 'memberLists.full',
      defaultMessage: 'No places left: remove members before adding others.',
    },
    changesLabel: { id: 'memberLists.changesLabel', defaultMessage: 'Changes to save' },
    rejectedOther: {
      id: 'memberLists.rejectedOther',
      defaultMessage: 'This change could not be saved. Check it and try again.',
    },
  }),
  memberCount: defineMessage<{ count: number }>({
    id: 'memberLists.memberCount',
    defaultMessage: '{count, plural, one {# member} other {# members}}',
  }),
  memberCountOfMax: defineMessage<{ count: number; max: number; left: number }>({
    id: 'memberLists.memberCountOfMax',
    defaultMessage:
      '{count, number} of {max, plural, one {# member} other {# members}} — {left, plural, =0 {no places left} one {# place left} other {# places left}}',
  }),
  overLimit: defineMessage<{ max: number; excess: number }>({
    id: 'memberLists.overLimit',
    defaultMessage:
      'At most {max, plural, one {# member} other {# members}}: remove {excess, plural, one {# member} other {# members}} before saving.',
  }),
  remove: defineMessage<{ name: string }>({ id: 'memberLists.remove', defaultMessage: 'Remove {name}' }),
  saveTitle: defineMessage<{ name: string }>({
    id: 'memberLists.saveTitle',
    defaultMessage: 'Save the changes to “{name}”?',
  }),
  renamed: defineMessage<{ name: string }>({ id: 'memberLists.renamed', defaultMessage: 'New name: “{name}”' }),
  added: defineMessage<{ count: number }>({
    id: 'memberLists.added',
    defaultMessage: '{count, plural, one {# member added} other {# members added}}',
  }),
  removed: defineMessage<{ count: number }>({
    id: 'memberLists.removed',
    defaultMessage: '{count, plural, one {# member removed} other {# members removed}}',
  }),
  createMembers: defineMessage<{ count: number }>({
    id: 'memberLists.createMembers',
    defaultMessage: '{count, plural, =0 {No members for now.} one {With # member.} other {With # members.}}',
  }),
  supervisedBy: defineMessage<{ names: string; count: number }>({
    id: 'memberLists.supervisedBy',
    defaultMessage: '{count, plural, one {Supervisor} other {Supervisors}}: {names}',
  }),
  deleteScopes: defineMessage<{ count: number }>({
    id: 'memberLists.deleteScopes',
    defaultMessage:
      '{count, plural, one {# supervisor} other {# supervisors}} will lose it from the groups they supervise.',
  }),
  deleteKeepsContacts: defineMessage<{ count: number }>({
    id: 'memberLists.deleteKeepsContacts',
    defaultMessage:
      '{count, plural, =0 {It has no members.} =1 {Its only member stays in the master list.} other {Its # members stay in the master list.}}',
  }),
};

export const pickerMessages = {
  ...defineMessages({
    description: {
      id: 'memberLists.picker.description',
      defaultMessage: 'Contacts that are not members yet. Tick the ones to add, then select “Add”.',
    },
    results: { id: 'memberLists.picker.results', defaultMessage: 'Available contacts' },
    noneAvailable: { id: 'memberLists.picker.noneAvailable', defaultMessage: 'Every contact is already a member.' },
  }),
  resultCount: defineMessage<{ count: number }>({
    id: 'memberLists.picker.resultCount',
    defaultMessage: '{count, plural, one {# contact} other {# contacts}}',
  }),
  placesLeft: defineMessage<{ left: number }>({
    id: 'memberLists.picker.placesLeft',
    defaultMessage: '{left, plural, =0 {No places left} one {# place left} other {# places left}}',
  }),
  limitReached: defineMessage<{ left: number; max: number }>({
    id: 'memberLists.picker.limitReached',
    defaultMessage:
      '{left, plural, =0 {No more members can be added} one {Only # more member can be added} other {Only # more members can be added}} (at most {max, number}).',
  }),
};

/** What the name and refusal messages need of a kind's words (kinds.ts). */
interface KindWords {
  nameTaken: TypedMessageDescriptor<{ name: string }>;
  tooSimilar: TypedMessageDescriptor<{ name: string }>;
  deletedElsewhere: MessageDescriptor;
}

export const groupWords = {
  ...defineMessages({
    title: { id: 'memberLists.group.title', defaultMessage: 'Manage Groups' },
    addNew: { id: 'memberLists.group.addNew', defaultMessage: 'Add New Group' },
    identification: { id: 'memberLists.group.identification', defaultMessage: 'Group Identification' },
    listLabel: { id: 'memberLists.group.listLabel', defaultMessage: 'Groups' },
    empty: { id: 'memberLists.group.empty', defaultMessage: 'No groups yet. Create one with “Add New Group”.' },
    pickerTitle: { id: 'memberLists.group.pickerTitle', defaultMessage: 'Pick Individual Group Members' },
    deleteLabel: { id: 'memberLists.group.deleteLabel', defaultMessage: 'Delete this group' },
    deletedElsewhere: {
      id: 'memberLists.group.deletedElsewhere',
      defaultMessage: 'This group no longer exists — another administrator deleted it.',
    },
    notFound: { id: 'memberLists.group.notFound', defaultMessage: 'There is no group at this address.' },
    fromIssue: {
      id: 'memberLists.group.fromIssue',
      defaultMessage:
        'The server did not save this group as you entered it. Correct it and save it again: the sync issue then closes.',
    },
  }),
  nameTaken: defineMessage<{ name: string }>({
    id: 'memberLists.group.nameTaken',
    defaultMessage: 'Another group is already called “{name}” (names ignore case and accents).',
  }),
  tooSimilar: defineMessage<{ name: string }>({
    id: 'memberLists.group.tooSimilar',
    defaultMessage: 'Too similar to the existing group “{name}”.',
  }),
  createTitle: defineMessage<{ name: string }>({
    id: 'memberLists.group.createTitle',
    defaultMessage: 'Save the new group “{name}”?',
  }),
  created: defineMessage<{ name: string }>({
    id: 'memberLists.group.created',
    defaultMessage: 'Group “{name}” saved. It is sent as soon as the network allows.',
  }),
  deleted: defineMessage<{ name: string }>({
    id: 'memberLists.group.deleted',
    defaultMessage: 'Group “{name}” deleted.',
  }),
  deleteTitle: defineMessage<{ name: string }>({
    id: 'memberLists.group.deleteTitle',
    defaultMessage: 'Delete the group “{name}”?',
  }),
  deleteScanEffect: defineMessage<{ count: number }>({
    id: 'memberLists.group.deleteScanEffect',
    defaultMessage:
      '{count, plural, =0 {No scan list uses this group.} one {# scan list will lose this group.} other {# scan lists will lose this group.}}',
  }),
  removeScanEffect: defineMessage<{ count: number }>({
    id: 'memberLists.group.removeScanEffect',
    defaultMessage:
      '{count, plural, one {# removed member scans this group: it will be taken out of their scan list.} other {# removed members scan this group: it will be taken out of their scan lists.}}',
  }),
};

export const subListWords = {
  ...defineMessages({
    title: { id: 'memberLists.subList.title', defaultMessage: 'Manage Sub-Lists' },
    addNew: { id: 'memberLists.subList.addNew', defaultMessage: 'Add New Sub-List' },
    identification: { id: 'memberLists.subList.identification', defaultMessage: 'Sub-List Identification' },
    listLabel: { id: 'memberLists.subList.listLabel', defaultMessage: 'Sub-lists' },
    empty: { id: 'memberLists.subList.empty', defaultMessage: 'No sub-lists yet. Create one with “Add New Sub-List”.' },
    pickerTitle: { id: 'memberLists.subList.pickerTitle', defaultMessage: 'Add Members' },
    deleteLabel: { id: 'memberLists.subList.deleteLabel', defaultMessage: 'Delete this sub-list' },
    deletedElsewhere: {
      id: 'memberLists.subList.deletedElsewhere',
      defaultMessage: 'This sub-list no longer exists — another administrator deleted it.',
    },
    notFound: { id: 'memberLists.subList.notFound', defaultMessage: 'There is no sub-list at this address.' },
    fromIssue: {
      id: 'memberLists.subList.fromIssue',
      defaultMessage:
        'The server did not save this sub-list as you entered it. Correct it and save it again: the sync issue then closes.',
    },
  }),
  nameTaken: defineMessage<{ name: string }>({
    id: 'memberLists.subList.nameTaken',
    defaultMessage: 'Another sub-list is already called “{name}” (names ignore case and accents).',
  }),
  tooSimilar: defineMessage<{ name: string }>({
    id: 'memberLists.subList.tooSimilar',
    defaultMessage: 'Too similar to the existing sub-list “{name}”.',
  }),
  createTitle: defineMessage<{ name: string }>({
    id: 'memberLists.subList.createTitle',
    defaultMessage: 'Save the new sub-list “{name}”?',
  }),
  created: defineMessage<{ name: string }>({
    id: 'memberLists.subList.created',
    defaultMessage: 'Sub-list “{name}” saved. It is sent as soon as the network allows.',
  }),
  deleted: defineMessage<{ name: string }>({
    id: 'memberLists.subList.deleted',
    defaultMessage: 'Sub-list “{name}” deleted.',
  }),
  deleteTitle: defineMessage<{ name: string }>({
    id: 'memberLists.subList.deleteTitle',
    defaultMessage: 'Delete the sub-list “{name}”?',
  }),
  distribution: defineMessage<{ count: number }>({
    id: 'memberLists.subList.distribution',
    defaultMessage:
      '{count, plural, =0 {Each member will receive every other member as a contact.} one {Each member receives the other member as a contact.} other {Each member receives the other # members as contacts.}}',
  }),
};

/** The message under the name field, or null. "Required" waits until the user typed or tried to save. */
export function listNameProblem(
  intl: IntlShape,
  words: KindWords,
  lists: readonly MemberList[],
  name: string,
  selfId: string | null,
  showRequired: boolean,
): string | null {
  const problem = nameError(name);
  if (problem === 'name.required') return showRequired ? nameProblemMessage(intl, problem, name) : null;
  if (problem) return nameProblemMessage(intl, problem, name);
  const holder = nameHolder(lists, name, selfId);
  if (!holder) return null;
  return intl.formatMessage(holder.same ? words.nameTaken : words.tooSimilar, { name: holder.list.name });
}

/** A refusal from the rules (or the store) of a save or a delete, in the user's words. */
export function listRejectionMessage(intl: IntlShape, words: KindWords, error: unknown, name: string): string {
  if (error instanceof StorageFull) return intl.formatMessage(commonMessages.storageFull);
  if (!(error instanceof IntentRejected)) return intl.formatMessage(listMessages.rejectedOther);
  const { reason, detail } = error;
  if (isNameProblem(reason)) return nameProblemMessage(intl, reason, name);
  switch (reason) {
    case 'name.taken':
      return intl.formatMessage(words.nameTaken, { name: normalizeName(name) });
    case 'name.tooSimilar':
      return intl.formatMessage(words.tooSimilar, { name: String(detail?.holderName ?? '') });
    case 'group.full': {
      const max = Number(detail?.max ?? 0);
      return intl.formatMessage(listMessages.overLimit, { max, excess: Number(detail?.count ?? 0) - max });
    }
    case 'notFound':
      return intl.formatMessage(words.deletedElsewhere);
    default:
      return intl.formatMessage(listMessages.rejectedOther);
  }
}
