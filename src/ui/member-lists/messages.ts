/** Words the sub-list and group screens share (kind-neutral in both languages). */
import { defineMessage, defineMessages } from 'react-intl';

export const listMessages = {
  ...defineMessages({
    nameLabel: { id: 'ui.memberLists.name', defaultMessage: 'Name' },
    nameRequired: { id: 'ui.memberLists.nameRequired', defaultMessage: 'Enter a name.' },
    members: { id: 'ui.memberLists.members', defaultMessage: 'Members' },
    addMembers: { id: 'ui.memberLists.addMembers', defaultMessage: 'Add Members' },
    save: { id: 'ui.memberLists.save', defaultMessage: 'Save' },
    cancel: { id: 'ui.memberLists.cancel', defaultMessage: 'Cancel' },
    discard: { id: 'ui.memberLists.discard', defaultMessage: 'Discard changes' },
    unsaved: { id: 'ui.memberLists.unsaved', defaultMessage: 'Unsaved changes: select Save to keep them.' },
    saved: { id: 'ui.memberLists.saved', defaultMessage: 'Saved. The change is sent as soon as the network allows.' },
    notSaved: { id: 'ui.memberLists.notSaved', defaultMessage: 'Not saved yet' },
    noMembers: { id: 'ui.memberLists.noMembers', defaultMessage: 'No members yet. Use “Add Members” to choose some.' },
    searchMembers: { id: 'ui.memberLists.searchMembers', defaultMessage: 'Search members' },
    searchLists: { id: 'ui.memberLists.searchLists', defaultMessage: 'Search by name' },
    full: {
      id: 'ui.memberLists.full',
      defaultMessage: 'No places left: remove members before adding others.',
    },
    unsavedLost: {
      id: 'ui.memberLists.unsavedLost',
      defaultMessage: 'Your unsaved changes to it could not be kept.',
    },
    changesLabel: { id: 'ui.memberLists.changesLabel', defaultMessage: 'Changes to save' },
    rejectedMember: {
      id: 'ui.memberLists.rejectedMember',
      defaultMessage: 'A contact you chose no longer exists. Check the members and save again.',
    },
    rejectedOther: {
      id: 'ui.memberLists.rejectedOther',
      defaultMessage: 'This change could not be saved. Check it and try again.',
    },
  }),
  nameHint: defineMessage<{ count: number; max: number }>({
    id: 'ui.memberLists.nameHint',
    defaultMessage: '{count} of {max} characters',
  }),
  nameTooLong: defineMessage<{ count: number; max: number }>({
    id: 'ui.memberLists.nameTooLong',
    defaultMessage: 'A name has at most {max} characters; this one has {count}.',
  }),
  memberCount: defineMessage<{ count: number }>({
    id: 'ui.memberLists.memberCount',
    defaultMessage: '{count, plural, one {# member} other {# members}}',
  }),
  memberCountOfMax: defineMessage<{ count: number; max: number; left: number }>({
    id: 'ui.memberLists.memberCountOfMax',
    defaultMessage:
      '{count, number} of {max, number} members — {left, plural, =0 {no places left} one {# place left} other {# places left}}',
  }),
  overLimit: defineMessage<{ max: number; excess: number }>({
    id: 'ui.memberLists.overLimit',
    defaultMessage:
      'At most {max, number} members: remove {excess, plural, one {# member} other {# members}} before saving.',
  }),
  remove: defineMessage<{ name: string }>({ id: 'ui.memberLists.remove', defaultMessage: 'Remove {name}' }),
  noMatch: defineMessage<{ query: string }>({
    id: 'ui.memberLists.noMatch',
    defaultMessage: 'Nothing matches “{query}”.',
  }),
  saveTitle: defineMessage<{ name: string }>({
    id: 'ui.memberLists.saveTitle',
    defaultMessage: 'Save the changes to “{name}”?',
  }),
  renamed: defineMessage<{ name: string }>({ id: 'ui.memberLists.renamed', defaultMessage: 'New name: “{name}”' }),
  added: defineMessage<{ count: number }>({
    id: 'ui.memberLists.added',
    defaultMessage: '{count, plural, one {# member added} other {# members added}}',
  }),
  removed: defineMessage<{ count: number }>({
    id: 'ui.memberLists.removed',
    defaultMessage: '{count, plural, one {# member removed} other {# members removed}}',
  }),
  createMembers: defineMessage<{ count: number }>({
    id: 'ui.memberLists.createMembers',
    defaultMessage: '{count, plural, =0 {No members for now.} one {With # member.} other {With # members.}}',
  }),
  deleteKeepsContacts: defineMessage<{ count: number }>({
    id: 'ui.memberLists.deleteKeepsContacts',
    defaultMessage:
      '{count, plural, =0 {It has no members.} one {Its # member stays in the master list.} other {Its # members stay in the master list.}}',
  }),
};

export const pickerMessages = {
  ...defineMessages({
    description: {
      id: 'ui.memberPicker.description',
      defaultMessage: 'Contacts that are not members yet. Tick the ones to add, then select Add.',
    },
    search: { id: 'ui.memberPicker.search', defaultMessage: 'Search' },
    searchHint: { id: 'ui.memberPicker.searchHint', defaultMessage: 'Name or phone number' },
    results: { id: 'ui.memberPicker.results', defaultMessage: 'Available contacts' },
    clear: { id: 'ui.memberPicker.clear', defaultMessage: 'Clear selection' },
    add: { id: 'ui.memberPicker.add', defaultMessage: 'Add' },
    noneAvailable: { id: 'ui.memberPicker.noneAvailable', defaultMessage: 'Every contact is already a member.' },
  }),
  resultCount: defineMessage<{ count: number }>({
    id: 'ui.memberPicker.resultCount',
    defaultMessage: '{count, plural, one {# contact} other {# contacts}}',
  }),
  selectAll: defineMessage<{ count: number }>({
    id: 'ui.memberPicker.selectAll',
    defaultMessage: 'Select all {count, plural, one {# result} other {# results}}',
  }),
  unselectAll: defineMessage<{ count: number }>({
    id: 'ui.memberPicker.unselectAll',
    defaultMessage: 'Unselect all {count, plural, one {# result} other {# results}}',
  }),
  selected: defineMessage<{ count: number }>({
    id: 'ui.memberPicker.selected',
    defaultMessage: '{count, plural, one {# selected} other {# selected}}',
  }),
  placesLeft: defineMessage<{ left: number }>({
    id: 'ui.memberPicker.placesLeft',
    defaultMessage: '{left, plural, =0 {No places left} one {# place left} other {# places left}}',
  }),
  limitReached: defineMessage<{ left: number; max: number }>({
    id: 'ui.memberPicker.limitReached',
    defaultMessage:
      '{left, plural, =0 {No more members can be added} one {Only # more member can be added} other {Only # more members can be added}} (at most {max, number}).',
  }),
};
