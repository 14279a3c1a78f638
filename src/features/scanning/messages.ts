import { defineMessage, defineMessages } from 'react-intl';
import type { Priority } from '../../domain/model';

export const scanningMessages = {
  ...defineMessages({
    viewGroups: { id: 'scanning.viewGroups', defaultMessage: 'View Groups' },
    externalBody: {
      id: 'scanning.externalBody',
      defaultMessage: 'External contacts have no groups to scan. You can change their name and number.',
    },
    enable: { id: 'scanning.enable', defaultMessage: 'Enable Talkgroup Scanning' },
    enableHint: {
      id: 'scanning.enableHint',
      defaultMessage: 'When on, the device listens to the groups ticked below, in order of priority.',
    },
    offHint: {
      id: 'scanning.offHint',
      defaultMessage: 'Scanning is off. The groups ticked below are kept for when you turn it back on.',
    },
    nothingTicked: {
      id: 'scanning.nothingTicked',
      defaultMessage: 'Scanning is on but no group is ticked: the device has nothing to scan.',
    },
    scanList: { id: 'scanning.scanList', defaultMessage: 'Groups to scan' },
    p1: { id: 'scanning.priority.p1', defaultMessage: 'Priority 1 (highest)' },
    p2: { id: 'scanning.priority.p2', defaultMessage: 'Priority 2' },
    p3: { id: 'scanning.priority.p3', defaultMessage: 'Priority 3' },
    normal: { id: 'scanning.priority.normal', defaultMessage: 'Normal' },
    goToGroups: { id: 'scanning.goToGroups', defaultMessage: 'Manage Groups' },
    save: { id: 'scanning.save', defaultMessage: 'Save' },
    cancel: { id: 'scanning.cancel', defaultMessage: 'Cancel' },
    tooMany: {
      id: 'scanning.error.tooMany',
      defaultMessage: 'A scan list holds at most 16 groups. Untick some groups, then save again.',
    },
    notMemberUnknown: {
      id: 'scanning.error.notMemberUnknown',
      defaultMessage:
        'A scan list can only hold groups the subscriber belongs to, and one of these groups no longer includes them. Nothing was saved.',
    },
    gone: {
      id: 'scanning.error.gone',
      defaultMessage: 'This subscriber no longer exists. Nothing was saved.',
    },
    notSaved: { id: 'scanning.error.notSaved', defaultMessage: 'The scan list could not be saved. Try again.' },
  }),
  noGroups: defineMessage<{ name: string }>({
    id: 'scanning.noGroups',
    defaultMessage:
      '{name} is not a member of any group, so there is nothing to scan yet. Add them to groups in Manage Groups.',
  }),
  count: defineMessage<{ count: number; max: number }>({
    id: 'scanning.count',
    defaultMessage: '{count, plural, =0 {No group} one {# group} other {# groups}} of {max, number} in the scan list.',
  }),
  full: defineMessage<{ max: number }>({
    id: 'scanning.full',
    defaultMessage: 'The scan list is full: {max, number} groups at most. Untick a group to choose another.',
  }),
  priorityFor: defineMessage<{ group: string }>({
    id: 'scanning.priorityFor',
    defaultMessage: 'Priority for {group}',
  }),
  saved: defineMessage<{ name: string }>({
    id: 'scanning.saved',
    defaultMessage: 'The scan list of {name} was saved.',
  }),
  notMember: defineMessage<{ group: string }>({
    id: 'scanning.error.notMember',
    defaultMessage:
      'A scan list can only hold groups the subscriber belongs to, and {group} no longer includes them. Nothing was saved.',
  }),
};

export const priorityLabels: Record<Priority, (typeof scanningMessages)['p1' | 'p2' | 'p3' | 'normal']> = {
  p1: scanningMessages.p1,
  p2: scanningMessages.p2,
  p3: scanningMessages.p3,
  normal: scanningMessages.normal,
};
