/** The words of the group screens; the flows themselves are shared with sub-lists (src/ui/member-lists). */
import { defineMessage, defineMessages } from 'react-intl';
import type { MemberListWords } from '../../ui/member-lists/words';

export const groupWords: MemberListWords = {
  ...defineMessages({
    title: { id: 'groups.title', defaultMessage: 'Manage Groups' },
    addNew: { id: 'groups.addNew', defaultMessage: 'Add New Group' },
    identification: { id: 'groups.identification', defaultMessage: 'Group Identification' },
    listLabel: { id: 'groups.listLabel', defaultMessage: 'Groups' },
    empty: { id: 'groups.empty', defaultMessage: 'No groups yet. Create one with “Add New Group”.' },
    pickerTitle: { id: 'groups.pickerTitle', defaultMessage: 'Pick Individual Group Members' },
    deleteLabel: { id: 'groups.deleteLabel', defaultMessage: 'Delete this group' },
    deletedElsewhere: {
      id: 'groups.deletedElsewhere',
      defaultMessage: 'This group no longer exists — another administrator deleted it.',
    },
    notFound: { id: 'groups.notFound', defaultMessage: 'There is no group at this address.' },
  }),
  nameTaken: defineMessage<{ name: string }>({
    id: 'groups.nameTaken',
    defaultMessage: 'Another group is already called “{name}” (names ignore case and accents).',
  }),
  createTitle: defineMessage<{ name: string }>({
    id: 'groups.createTitle',
    defaultMessage: 'Save the new group “{name}”?',
  }),
  created: defineMessage<{ name: string }>({
    id: 'groups.created',
    defaultMessage: 'Group “{name}” saved. It is sent as soon as the network allows.',
  }),
  deleted: defineMessage<{ name: string }>({
    id: 'groups.deleted',
    defaultMessage: 'Group “{name}” deleted.',
  }),
  deleteTitle: defineMessage<{ name: string }>({
    id: 'groups.deleteTitle',
    defaultMessage: 'Delete the group “{name}”?',
  }),
  deleteScanEffect: defineMessage<{ count: number }>({
    id: 'groups.deleteScanEffect',
    defaultMessage:
      '{count, plural, =0 {No scan list uses this group.} one {# scan list will lose this group.} other {# scan lists will lose this group.}}',
  }),
  removeScanEffect: defineMessage<{ count: number }>({
    id: 'groups.removeScanEffect',
    defaultMessage:
      '{count, plural, one {# removed member scans this group: it will be taken out of their scan list.} other {# removed members scan this group: it will be taken out of their scan lists.}}',
  }),
};
