/** The Sync issues page's words: each issue, the edit it was, the conflict or the server's reason. */
import {
  defineMessage,
  defineMessages,
  type IntlShape,
  type MessageDescriptor,
  type TypedMessageDescriptor,
} from 'react-intl';
import type { IntentName } from '../../domain/intents';
import type { RejectionReason } from '../../domain/outcomes';
import { nameMessages } from '../../ui/form-messages';

export const pageMessages = {
  ...defineMessages({
    title: { id: 'syncIssues.title', defaultMessage: 'Sync issues' },
    scopeWithdrawn: {
      id: 'syncIssues.scopeWithdrawn',
      defaultMessage:
        'Not saved: an administrator took this group out of the groups you supervise before your change reached the server, so you may no longer change its members.',
    },
    intro: {
      id: 'syncIssues.intro',
      defaultMessage: 'These edits could not be saved as you made them. Each one says why and what you can do.',
    },
    none: { id: 'syncIssues.none', defaultMessage: 'No sync issues: every edit reached the server.' },
    conflict: { id: 'syncIssues.conflict', defaultMessage: 'Conflict' },
    rejected: { id: 'syncIssues.rejected', defaultMessage: 'Not saved' },
    membersDropped: { id: 'syncIssues.membersDropped', defaultMessage: 'Saved without some members' },
    tryAgain: { id: 'syncIssues.tryAgain', defaultMessage: 'Try again' },
    sentAgain: { id: 'syncIssues.sentAgain', defaultMessage: 'The edit will be sent again.' },
    sentAgainWhenReloaded: {
      id: 'syncIssues.sentAgainWhenReloaded',
      defaultMessage: 'The edit will be sent again once this device has reloaded the data.',
    },
    unknownContact: { id: 'syncIssues.unknownContact', defaultMessage: 'a contact that no longer exists' },
    keepMine: { id: 'syncIssues.keepMine', defaultMessage: 'Keep mine' },
    keepTheirs: { id: 'syncIssues.keepTheirs', defaultMessage: 'Keep theirs' },
    edit: { id: 'syncIssues.edit', defaultMessage: 'Edit' },
    dismiss: { id: 'syncIssues.dismiss', defaultMessage: 'Dismiss' },
    keptMine: { id: 'syncIssues.keptMine', defaultMessage: 'Your version will be sent again.' },
    keptMineWhenReloaded: {
      id: 'syncIssues.keptMineWhenReloaded',
      defaultMessage: 'Your version will be sent once this device has reloaded the data.',
    },
    keptTheirs: { id: 'syncIssues.keptTheirs', defaultMessage: 'The other admin’s version is kept.' },
  }),
  cannotKeepMine: defineMessage<{ reason: string }>({
    id: 'syncIssues.cannotKeepMine',
    defaultMessage: 'Your version cannot be kept. {reason}',
  }),
  cannotTryAgain: defineMessage<{ reason: string }>({
    id: 'syncIssues.cannotTryAgain',
    defaultMessage: 'It still cannot be saved. {reason}',
  }),
  phone: defineMessage<{ phone: string }>({ id: 'syncIssues.phone', defaultMessage: 'Phone number: {phone}' }),
  members: defineMessage<{ count: number; names: string }>({
    id: 'syncIssues.members',
    defaultMessage: '{count, plural, =0 {No members} one {Member: {names}} other {# members: {names}}}',
  }),
  serverAnswer: defineMessage<{ status: number; message: string }>({
    id: 'syncIssues.serverAnswer',
    defaultMessage: 'The server answered {status}: “{message}”.',
  }),
  droppedMembers: defineMessage<{ count: number; names: string }>({
    id: 'syncIssues.droppedMembers',
    defaultMessage:
      'Saved without {names}: another admin deleted {count, plural, one {this contact} other {these contacts}} meanwhile. The other members were kept.',
  }),
  scanSummary: defineMessage<{ enabled: string; count: number }>({
    id: 'syncIssues.scanSummary',
    defaultMessage: '{enabled, select, true {on} other {off}}, {count, plural, one {# group} other {# groups}}',
  }),
};

/** What the edit was, in the user's words. `subject` is the row's name; `name` the new name. */
type EditValues = { subject: string; name: string };

export const editMessages: Record<IntentName, TypedMessageDescriptor<EditValues>> = {
  'externalContact.create': defineMessage<EditValues>({
    id: 'syncIssues.edit.externalContactCreate',
    defaultMessage: 'Add the external contact “{name}”',
  }),
  'externalContact.update': defineMessage<EditValues>({
    id: 'syncIssues.edit.externalContactUpdate',
    defaultMessage: 'Change the external contact “{subject}”',
  }),
  'externalContact.delete': defineMessage<EditValues>({
    id: 'syncIssues.edit.externalContactDelete',
    defaultMessage: 'Delete the external contact “{subject}”',
  }),
  'subList.create': defineMessage<EditValues>({
    id: 'syncIssues.edit.subListCreate',
    defaultMessage: 'Create the sub-list “{name}”',
  }),
  'subList.rename': defineMessage<EditValues>({
    id: 'syncIssues.edit.subListRename',
    defaultMessage: 'Rename the sub-list “{subject}” to “{name}”',
  }),
  'subList.addMembers': defineMessage<EditValues>({
    id: 'syncIssues.edit.subListAddMembers',
    defaultMessage: 'Add members to the sub-list “{subject}”',
  }),
  'subList.removeMembers': defineMessage<EditValues>({
    id: 'syncIssues.edit.subListRemoveMembers',
    defaultMessage: 'Remove members from the sub-list “{subject}”',
  }),
  'subList.delete': defineMessage<EditValues>({
    id: 'syncIssues.edit.subListDelete',
    defaultMessage: 'Delete the sub-list “{subject}”',
  }),
  'group.create': defineMessage<EditValues>({
    id: 'syncIssues.edit.groupCreate',
    defaultMessage: 'Create the group “{name}”',
  }),
  'group.rename': defineMessage<EditValues>({
    id: 'syncIssues.edit.groupRename',
    defaultMessage: 'Rename the group “{subject}” to “{name}”',
  }),
  'group.addMembers': defineMessage<EditValues>({
    id: 'syncIssues.edit.groupAddMembers',
    defaultMessage: 'Add members to the group “{subject}”',
  }),
  'group.removeMembers': defineMessage<EditValues>({
    id: 'syncIssues.edit.groupRemoveMembers',
    defaultMessage: 'Remove members from the group “{subject}”',
  }),
  'group.delete': defineMessage<EditValues>({
    id: 'syncIssues.edit.groupDelete',
    defaultMessage: 'Delete the group “{subject}”',
  }),
  'scanning.update': defineMessage<EditValues>({
    id: 'syncIssues.edit.scanningUpdate',
    defaultMessage: 'Change the talkgroup scanning of {subject}',
  }),
  'options.setMessaging': defineMessage<EditValues>({
    id: 'syncIssues.edit.setMessaging',
    defaultMessage: 'Change “Text & multimedia” for {subject}',
  }),
  'supervisor.addGroups': defineMessage<EditValues>({
    id: 'syncIssues.edit.supervisorAddGroups',
    defaultMessage: 'Give groups to supervise to {subject}',
  }),
  'supervisor.removeGroups': defineMessage<EditValues>({
    id: 'syncIssues.edit.supervisorRemoveGroups',
    defaultMessage: 'Take groups to supervise from {subject}',
  }),
};

/** A conflict in plain words: what the user wanted, what the other admin did. */
export const conflictMessages = {
  name: defineMessage<{ kind: string; mine: string; theirs: string }>({
    id: 'syncIssues.conflict.name',
    defaultMessage:
      'You renamed this {kind, select, group {group} subList {sub-list} other {contact}} to “{mine}”; another admin renamed it to “{theirs}”.',
  }),
  phone: defineMessage<{ mine: string; theirs: string }>({
    id: 'syncIssues.conflict.phone',
    defaultMessage: 'You changed the phone number to {mine}; another admin changed it to {theirs}.',
  }),
  messaging: defineMessage<{ mine: string; theirs: string }>({
    id: 'syncIssues.conflict.messaging',
    defaultMessage: 'You chose “{mine}” for “Text & multimedia”; another admin chose “{theirs}”.',
  }),
  scanning: defineMessage<{ mine: string; theirs: string }>({
    id: 'syncIssues.conflict.scanning',
    defaultMessage: 'You chose “{mine}” for talkgroup scanning; another admin chose “{theirs}”.',
  }),
};

const serverReasons = defineMessages({
  invalid: { id: 'syncIssues.reason.invalid', defaultMessage: 'The server could not accept this change.' },
  'name.required': { id: 'syncIssues.reason.nameRequired', defaultMessage: 'The name is empty.' },
  'name.tooLong': { id: 'syncIssues.reason.nameTooLong', defaultMessage: 'The name is longer than 30 characters.' },
  'name.taken': { id: 'syncIssues.reason.nameTaken', defaultMessage: 'Another admin already used this name.' },
  'name.tooSimilar': {
    id: 'syncIssues.reason.nameTooSimilar',
    defaultMessage: 'The name is too similar to “{holderName}”, which another list already has.',
  },
  'phone.required': { id: 'syncIssues.reason.phoneRequired', defaultMessage: 'The phone number is empty.' },
  'phone.invalid': { id: 'syncIssues.reason.phoneInvalid', defaultMessage: 'The phone number is not valid.' },
  'phone.areaCode': {
    id: 'syncIssues.reason.phoneAreaCode',
    defaultMessage: 'The area code (the first 3 digits) cannot start with 0 or 1.',
  },
  'phone.exchange': {
    id: 'syncIssues.reason.phoneExchange',
    defaultMessage: 'The 3 digits after the area code cannot start with 0 or 1.',
  },
  'phone.taken': { id: 'syncIssues.reason.phoneTaken', defaultMessage: 'Another contact already has this number.' },
  'group.full': { id: 'syncIssues.reason.groupFull', defaultMessage: 'The group already has 250 members.' },
  'scan.notMember': {
    id: 'syncIssues.reason.scanNotMember',
    defaultMessage: 'The subscriber is no longer a member of one of these groups.',
  },
  'scan.tooMany': { id: 'syncIssues.reason.scanTooMany', defaultMessage: 'A scan list holds at most 16 groups.' },
  'member.notFound': {
    id: 'syncIssues.reason.memberNotFound',
    defaultMessage: 'Another admin deleted one of the contacts.',
  },
  notFound: { id: 'syncIssues.reason.notFound', defaultMessage: 'Another admin deleted this item.' },
  notEditable: { id: 'syncIssues.reason.notEditable', defaultMessage: 'This contact cannot be changed here.' },
  refused: { id: 'syncIssues.reason.refused', defaultMessage: 'The server refused the request that carried it.' },
  forbidden: {
    id: 'syncIssues.reason.forbidden',
    defaultMessage:
      'Not saved: your account may not make this change. An administrator may have taken this group out of the groups you supervise.',
  },
});

/** Why the server refused an edit, in plain words; what a name holds is said as the name field says it. */
export const reasonMessages: Record<RejectionReason, MessageDescriptor> = {
  ...serverReasons,
  'name.blank': nameMessages.blank,
  'name.unreadable': nameMessages.unreadable,
  'name.control': nameMessages.control,
  'name.bidi': nameMessages.bidi,
  'name.invisible': nameMessages.invisible,
  'name.tooManyMarks': nameMessages.tooManyMarks,
};

/** Why the server refused an edit, with what its answer names (the look-alike list's name). */
export function reasonText(intl: IntlShape, reason: RejectionReason, detail?: Record<string, string | number>): string {
  return intl.formatMessage(reasonMessages[reason], { holderName: '', ...detail });
}
