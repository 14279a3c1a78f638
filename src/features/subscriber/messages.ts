/**
 * The words of a subscriber's profile — its header, tabs and gate, View Groups (talkgroup
 * scanning) and Options (messaging) — and the functions that turn a refusal into a message.
 */
import { defineMessage, defineMessages, type IntlShape } from 'react-intl';
import type { Group, Priority } from '../../domain/model';
import { IntentRejected } from '../../domain/outcomes';

export const profileMessages = {
  ...defineMessages({
    sections: { id: 'subscriber.sections', defaultMessage: 'Subscriber profile' },
    viewGroups: { id: 'subscriber.viewGroups', defaultMessage: 'View Groups' },
    optionsTitle: { id: 'subscriber.optionsTitle', defaultMessage: 'Options' },
    loading: { id: 'subscriber.loading', defaultMessage: 'Loading the subscriber…' },
    notFoundTitle: { id: 'subscriber.notFoundTitle', defaultMessage: 'This subscriber no longer exists' },
    notFoundBody: {
      id: 'subscriber.notFoundBody',
      defaultMessage: 'The carrier may have removed them, or the link may be wrong.',
    },
    externalTitle: { id: 'subscriber.externalTitle', defaultMessage: 'This is an external contact' },
    gone: { id: 'subscriber.error.gone', defaultMessage: 'This subscriber no longer exists. Nothing was saved.' },
  }),
  phone: defineMessage<{ phone: string }>({ id: 'subscriber.phone', defaultMessage: 'Phone number: {phone}' }),
};

export const scanningMessages = {
  ...defineMessages({
    externalBody: {
      id: 'subscriber.scanning.externalBody',
      defaultMessage: 'External contacts have no groups to scan. You can change their name and number.',
    },
    enable: { id: 'subscriber.scanning.enable', defaultMessage: 'Enable Talkgroup Scanning' },
    enableHint: {
      id: 'subscriber.scanning.enableHint',
      defaultMessage: 'When on, the device listens to the groups ticked below, in order of priority.',
    },
    offHint: {
      id: 'subscriber.scanning.offHint',
      defaultMessage: 'Scanning is off. The groups ticked below are kept for when you turn it back on.',
    },
    nothingTicked: {
      id: 'subscriber.scanning.nothingTicked',
      defaultMessage: 'Scanning is on but no group is ticked: the device has nothing to scan.',
    },
    scanList: { id: 'subscriber.scanning.scanList', defaultMessage: 'Groups to scan' },
    enableLocked: {
      id: 'subscriber.scanning.enableLocked',
      defaultMessage:
        'Only an administrator can turn scanning on or off here: this subscriber also scans groups you do not supervise.',
    },
    lockedEntry: { id: 'subscriber.scanning.lockedEntry', defaultMessage: 'A group you do not supervise' },
    p1: { id: 'subscriber.scanning.priority.p1', defaultMessage: 'Priority 1 (highest)' },
    p2: { id: 'subscriber.scanning.priority.p2', defaultMessage: 'Priority 2' },
    p3: { id: 'subscriber.scanning.priority.p3', defaultMessage: 'Priority 3' },
    normal: { id: 'subscriber.scanning.priority.normal', defaultMessage: 'Normal' },
    goToGroups: { id: 'subscriber.scanning.goToGroups', defaultMessage: 'Manage Groups' },
    tooMany: {
      id: 'subscriber.scanning.error.tooMany',
      defaultMessage: 'A scan list holds at most 16 groups. Untick some groups, then save again.',
    },
    notMemberUnknown: {
      id: 'subscriber.scanning.error.notMemberUnknown',
      defaultMessage:
        'A scan list can only hold groups the subscriber belongs to, and one of these groups no longer includes them. Nothing was saved.',
    },
    notSaved: {
      id: 'subscriber.scanning.error.notSaved',
      defaultMessage: 'The scan list could not be saved. Try again.',
    },
  }),
  noGroups: defineMessage<{ name: string }>({
    id: 'subscriber.scanning.noGroups',
    defaultMessage:
      '{name} is not a member of any group, so there is nothing to scan yet. Add them to groups in “Manage Groups”.',
  }),
  lockedNote: defineMessage<{ count: number }>({
    id: 'subscriber.scanning.lockedNote',
    defaultMessage:
      '{count, plural, one {This entry is} other {These # entries are}} for groups you do not supervise: you can see {count, plural, one {it} other {them}}, but only an administrator can change {count, plural, one {it} other {them}}.',
  }),
  count: defineMessage<{ count: number; max: number }>({
    id: 'subscriber.scanning.count',
    defaultMessage: 'Scan list: {count, number} of {max, plural, one {# group} other {# groups}}',
  }),
  full: defineMessage<{ max: number }>({
    id: 'subscriber.scanning.full',
    defaultMessage:
      'The scan list is full: {max, plural, one {# group} other {# groups}} at most. Untick a group to choose another.',
  }),
  priorityFor: defineMessage<{ group: string }>({
    id: 'subscriber.scanning.priorityFor',
    defaultMessage: 'Priority for {group}',
  }),
  saved: defineMessage<{ name: string }>({
    id: 'subscriber.scanning.saved',
    defaultMessage: 'The scan list of {name} was saved.',
  }),
  notMember: defineMessage<{ group: string }>({
    id: 'subscriber.scanning.error.notMember',
    defaultMessage:
      'A scan list can only hold groups the subscriber belongs to, and the group “{group}” no longer includes them. Nothing was saved.',
  }),
};

export const priorityLabels: Record<Priority, (typeof scanningMessages)['p1' | 'p2' | 'p3' | 'normal']> = {
  p1: scanningMessages.p1,
  p2: scanningMessages.p2,
  p3: scanningMessages.p3,
  normal: scanningMessages.normal,
};

export const optionsMessages = {
  ...defineMessages({
    messaging: { id: 'subscriber.options.messaging', defaultMessage: 'Messaging' },
    textMultimedia: { id: 'subscriber.options.textMultimedia', defaultMessage: 'Text & multimedia' },
    noneWarning: {
      id: 'subscriber.options.noneWarning',
      defaultMessage:
        'Choosing “None” turns off integrated secure messaging and voice message fallback, which uses messaging to deliver voice messages.',
    },
    secureMessaging: { id: 'subscriber.options.secureMessaging', defaultMessage: 'Integrated secure messaging' },
    voiceFallback: { id: 'subscriber.options.voiceFallback', defaultMessage: 'Voice message fallback' },
    on: { id: 'subscriber.options.on', defaultMessage: 'On' },
    off: { id: 'subscriber.options.off', defaultMessage: 'Off' },
    location: { id: 'subscriber.options.location', defaultMessage: 'Location services' },
    locationNote: {
      id: 'subscriber.options.locationNote',
      defaultMessage: 'Note: Push-to-Talk location services cannot be removed at this time.',
    },
    dataCharges: {
      id: 'subscriber.options.dataCharges',
      defaultMessage:
        'Integrated messaging, voice message fallback and the location enhancements introduced in version 9.0 of the Push-to-Talk service need a data connection. Normal data usage charges apply to these options.',
    },
    externalBody: {
      id: 'subscriber.options.externalBody',
      defaultMessage: 'Only PTT subscribers have options. You can change an external contact’s name and number.',
    },
    notSaved: { id: 'subscriber.options.error.notSaved', defaultMessage: 'The options could not be saved. Try again.' },
  }),
  saved: defineMessage<{ name: string }>({
    id: 'subscriber.options.saved',
    defaultMessage: 'The options of {name} were saved.',
  }),
};

/** Why the scan list was not saved. */
export function scanRejectionMessage(intl: IntlShape, error: IntentRejected, groups: readonly Group[]): string {
  switch (error.reason) {
    case 'scan.tooMany':
      return intl.formatMessage(scanningMessages.tooMany);
    case 'scan.notMember': {
      const group = groups.find((candidate) => candidate.id === error.detail?.groupId);
      return group
        ? intl.formatMessage(scanningMessages.notMember, { group: group.name })
        : intl.formatMessage(scanningMessages.notMemberUnknown);
    }
    case 'notFound':
      return intl.formatMessage(profileMessages.gone);
    default:
      return intl.formatMessage(scanningMessages.notSaved);
  }
}

/** Why the options were not saved. */
export function optionsRejectionMessage(intl: IntlShape, error: IntentRejected): string {
  return intl.formatMessage(error.reason === 'notFound' ? profileMessages.gone : optionsMessages.notSaved);
}
