/** The words of My groups (a supervisor's home) and of the Supervisors section (administrators). */
import { defineMessage, defineMessages } from 'react-intl';

export const myGroupsMessages = {
  ...defineMessages({
    title: { id: 'supervisors.myGroups.title', defaultMessage: 'My groups' },
    intro: {
      id: 'supervisors.myGroups.intro',
      defaultMessage:
        'The groups you supervise. Open a group to add or remove members; tap a member to set their scanning.',
    },
    none: {
      id: 'supervisors.myGroups.none',
      defaultMessage: 'You supervise no group yet. An administrator chooses the groups you supervise.',
    },
    members: { id: 'supervisors.myGroups.members', defaultMessage: 'Members and their scanning' },
    notScanning: { id: 'supervisors.myGroups.notScanning', defaultMessage: 'Does not scan it' },
  }),
  summary: defineMessage<{ count: number; scanners: number }>({
    id: 'supervisors.myGroups.summary',
    defaultMessage:
      '{count, plural, one {# member} other {# members}} · {scanners, plural, =0 {nobody scans it} one {# scans it} other {# scan it}}',
  }),
  scans: defineMessage<{ priority: string }>({
    id: 'supervisors.myGroups.scans',
    defaultMessage: 'Scans it: {priority, select, p1 {Priority 1} p2 {Priority 2} p3 {Priority 3} other {Normal}}',
  }),
};

export const supervisorsMessages = {
  ...defineMessages({
    title: { id: 'supervisors.title', defaultMessage: 'Supervisors' },
    intro: {
      id: 'supervisors.intro',
      defaultMessage: 'Each supervisor manages the members and scanning of the groups you give them, and nothing else.',
    },
    none: {
      id: 'supervisors.none',
      defaultMessage: 'This company has no supervisor account. The carrier creates them on request.',
    },
    noGroups: { id: 'supervisors.noGroups', defaultMessage: 'No group yet.' },
    addGroups: { id: 'supervisors.addGroups', defaultMessage: 'Add groups' },
    pickerDescription: {
      id: 'supervisors.picker.description',
      defaultMessage: 'Groups this supervisor does not supervise yet. Tick the ones to add, then select “Add”.',
    },
    pickerResults: { id: 'supervisors.picker.results', defaultMessage: 'Available groups' },
    pickerNoneAvailable: {
      id: 'supervisors.picker.noneAvailable',
      defaultMessage: 'This supervisor already supervises every group.',
    },
    neverChanged: { id: 'supervisors.neverChanged', defaultMessage: 'No change recorded on this device' },
  }),
  groupCount: defineMessage<{ count: number }>({
    id: 'supervisors.groupCount',
    defaultMessage: '{count, plural, one {# group} other {# groups}}',
  }),
  lastChange: defineMessage<{ date: Date }>({
    id: 'supervisors.lastChange',
    defaultMessage: 'Last change: {date, date, medium}',
  }),
  remove: defineMessage<{ group: string; supervisor: string }>({
    id: 'supervisors.remove',
    defaultMessage: 'Take “{group}” from {supervisor}',
  }),
  pickerTitle: defineMessage<{ supervisor: string }>({
    id: 'supervisors.picker.title',
    defaultMessage: 'Add groups for {supervisor}',
  }),
  groupsOf: defineMessage<{ supervisor: string }>({
    id: 'supervisors.groupsOf',
    defaultMessage: 'Groups {supervisor} supervises',
  }),
};
