/** The Demo panel's words (loaded with the panel), and the key its last-edit line uses for an intent. */
import { defineMessage, defineMessages } from 'react-intl';
import type { IntentName } from '../../domain/intents';

/** An intent's name as an ICU select key, which cannot hold a dot: `group.rename` → `groupRename`. */
export const editKey = (name: IntentName): string =>
  name.replace(/\.(\w)/, (_dot, letter: string) => letter.toUpperCase());

export const demoMessages = defineMessages({
  title: { id: 'demo.title', defaultMessage: 'Demo controls' },
  intro: {
    id: 'demo.intro',
    defaultMessage: 'The back-end is simulated in this browser. Make it misbehave to see how the app copes.',
  },
  network: { id: 'demo.network', defaultMessage: 'Network' },
  offline: { id: 'demo.offline', defaultMessage: 'Cut the network' },
  latency: { id: 'demo.latency', defaultMessage: 'Latency' },
  latencyNone: { id: 'demo.latencyNone', defaultMessage: 'None' },
  latencyFixed: { id: 'demo.latencyFixed', defaultMessage: 'Slow (800 ms)' },
  latencyRandom: { id: 'demo.latencyRandom', defaultMessage: 'Erratic (0.2 to 3 s)' },
  errorRate: { id: 'demo.errorRate', defaultMessage: 'Failed requests (500, 503, 429)' },
  loseRate: { id: 'demo.loseRate', defaultMessage: 'Responses lost after the server saved' },
  percent: defineMessage<{ value: number }>({ id: 'demo.percent', defaultMessage: '{value, number, percent}' }),
  otherAdmin: { id: 'demo.otherAdmin', defaultMessage: 'Another administrator' },
  otherAdminEdit: { id: 'demo.otherAdminEdit', defaultMessage: 'Make one edit now' },
  actingAs: { id: 'demo.actingAs', defaultMessage: 'Acts as' },
  actingAsAdministrator: { id: 'demo.actingAsAdministrator', defaultMessage: 'An administrator' },
  actingAsSupervisor: defineMessage<{ name: string }>({
    id: 'demo.actingAsSupervisor',
    defaultMessage: '{name} (supervisor)',
  }),
  otherAdminSchedule: { id: 'demo.otherAdminSchedule', defaultMessage: 'Edit every 10 seconds' },
  otherAdminRename: { id: 'demo.otherAdminRename', defaultMessage: 'Rename what I am viewing' },
  otherAdminDelete: { id: 'demo.otherAdminDelete', defaultMessage: 'Delete what I am viewing' },
  otherAdminChange: { id: 'demo.otherAdminChange', defaultMessage: 'Change what I am viewing' },
  otherAdminLast: defineMessage<{ intent: string }>({
    id: 'demo.otherAdminLast',
    defaultMessage:
      'The other administrator just {intent, select, externalContactCreate {added an external contact} externalContactUpdate {changed an external contact} externalContactDelete {deleted an external contact} subListCreate {created a sub-list} subListRename {renamed a sub-list} subListAddMembers {added members to a sub-list} subListRemoveMembers {removed members from a sub-list} subListDelete {deleted a sub-list} groupCreate {created a group} groupRename {renamed a group} groupAddMembers {added members to a group} groupRemoveMembers {removed members from a group} groupDelete {deleted a group} scanningUpdate {changed a subscriber’s talkgroup scanning} optionsSetMessaging {changed a subscriber’s “Text & multimedia”} other {made an edit}}.',
  }),
  server: { id: 'demo.server', defaultMessage: 'Server' },
  restore: { id: 'demo.restore', defaultMessage: 'Restore the server from an earlier backup' },
  restoreHowFar: { id: 'demo.restoreHowFar', defaultMessage: 'Backup taken' },
  restoreChanges: defineMessage<{ count: number }>({
    id: 'demo.restoreChanges',
    defaultMessage: '{count, plural, one {# change ago} other {# changes ago}}',
  }),
  restoreTitle: { id: 'demo.restoreTitle', defaultMessage: 'Restore the server from an earlier backup?' },
  restoreBody: defineMessage<{ count: number }>({
    id: 'demo.restoreBody',
    defaultMessage:
      'The simulated server goes back {count, plural, one {# change} other {# changes}}, as if restored from a backup taken then (never before the demo data was set up). This device notices, loads the data again and sends again your edits that the backup lacks.',
  }),
  restoreDone: defineMessage<{ count: number }>({
    id: 'demo.restoreDone',
    defaultMessage:
      '{count, plural, =0 {There is no earlier backup: nothing changed since the demo data was set up.} one {The server went back # change.} other {The server went back # changes.}}',
  }),
  reset: { id: 'demo.reset', defaultMessage: 'Reset demo data' },
  resetTitle: { id: 'demo.resetTitle', defaultMessage: 'Reset the demo data?' },
  resetBody: {
    id: 'demo.resetBody',
    defaultMessage:
      'Every demo tenant goes back to its original contacts, sub-lists and groups on the simulated server. Your device then downloads the difference.',
  },
  resetDone: { id: 'demo.resetDone', defaultMessage: 'The demo data was reset.' },
  close: { id: 'demo.close', defaultMessage: 'Close' },
});
