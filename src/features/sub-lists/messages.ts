/** The words of the sub-list screens; the flows themselves are shared with groups (src/ui/member-lists). */
import { defineMessage, defineMessages } from 'react-intl';
import type { MemberListWords } from '../../ui/member-lists/words';

export const subListWords: MemberListWords = {
  ...defineMessages({
    title: { id: 'subLists.title', defaultMessage: 'Manage Sub-Lists' },
    addNew: { id: 'subLists.addNew', defaultMessage: 'Add New Sub-List' },
    identification: { id: 'subLists.identification', defaultMessage: 'Sub-List Identification' },
    listLabel: { id: 'subLists.listLabel', defaultMessage: 'Sub-lists' },
    empty: { id: 'subLists.empty', defaultMessage: 'No sub-lists yet. Create one with “Add New Sub-List”.' },
    pickerTitle: { id: 'subLists.pickerTitle', defaultMessage: 'Add Members' },
    deleteLabel: { id: 'subLists.deleteLabel', defaultMessage: 'Delete this sub-list' },
    deletedElsewhere: {
      id: 'subLists.deletedElsewhere',
      defaultMessage: 'This sub-list no longer exists — another administrator deleted it.',
    },
    notFound: { id: 'subLists.notFound', defaultMessage: 'There is no sub-list at this address.' },
  }),
  nameTaken: defineMessage<{ name: string }>({
    id: 'subLists.nameTaken',
    defaultMessage: 'Another sub-list is already called “{name}” (names ignore case and accents).',
  }),
  createTitle: defineMessage<{ name: string }>({
    id: 'subLists.createTitle',
    defaultMessage: 'Save the new sub-list “{name}”?',
  }),
  created: defineMessage<{ name: string }>({
    id: 'subLists.created',
    defaultMessage: 'Sub-list “{name}” saved. It is sent as soon as the network allows.',
  }),
  deleted: defineMessage<{ name: string }>({
    id: 'subLists.deleted',
    defaultMessage: 'Sub-list “{name}” deleted.',
  }),
  deleteTitle: defineMessage<{ name: string }>({
    id: 'subLists.deleteTitle',
    defaultMessage: 'Delete the sub-list “{name}”?',
  }),
  distribution: defineMessage<{ count: number }>({
    id: 'subLists.distribution',
    defaultMessage:
      '{count, plural, =0 {Each member will receive every other member as a contact.} one {Each member receives the other member as a contact.} other {Each member receives the other # members as contacts.}}',
  }),
};
