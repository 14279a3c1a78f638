import { defineMessage, defineMessages } from 'react-intl';

export const demoMessages = defineMessages({
  open: { id: 'demo.open', defaultMessage: 'Demo' },
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
  otherAdminSchedule: { id: 'demo.otherAdminSchedule', defaultMessage: 'Edit every 10 seconds' },
  otherAdminRename: { id: 'demo.otherAdminRename', defaultMessage: 'Rename what I am viewing' },
  otherAdminDelete: { id: 'demo.otherAdminDelete', defaultMessage: 'Delete what I am viewing' },
  otherAdminLast: defineMessage<{ intent: string }>({
    id: 'demo.otherAdminLast',
    defaultMessage: 'Last edit by the other administrator: {intent}',
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
