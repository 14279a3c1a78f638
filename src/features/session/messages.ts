import { defineMessage, defineMessages } from 'react-intl';

export const signInMessages = defineMessages({
  title: { id: 'signIn.title', defaultMessage: 'Sign in' },
  intro: {
    id: 'signIn.intro',
    defaultMessage: 'Manage your company’s Push-to-Talk contacts, lists and groups.',
  },
  username: { id: 'signIn.username', defaultMessage: 'Username' },
  password: { id: 'signIn.password', defaultMessage: 'Password' },
  submit: { id: 'signIn.submit', defaultMessage: 'Sign in' },
  submitting: { id: 'signIn.submitting', defaultMessage: 'Signing in…' },
  required: { id: 'signIn.required', defaultMessage: 'Enter your username and password.' },
  badCredentials: { id: 'signIn.badCredentials', defaultMessage: 'That username and password do not match.' },
  offline: {
    id: 'signIn.offline',
    defaultMessage: 'The server cannot be reached. Check your connection and try again.',
  },
  failed: { id: 'signIn.failed', defaultMessage: 'Signing in failed. Try again in a moment.' },
  tooMany: defineMessage<{ minutes: number }>({
    id: 'signIn.tooMany',
    defaultMessage:
      'Too many sign-in attempts. Try again in {minutes, plural, one {# minute} other {# minutes}}, or call customer service.',
  }),
  help: {
    id: 'signIn.help',
    defaultMessage: 'Lost your sign-in details? Call business customer service at 1-800-667-0123, 8 a.m. to 5 p.m. ET.',
  },
  demoTitle: { id: 'signIn.demoTitle', defaultMessage: 'Demo accounts' },
  demoUse: defineMessage<{ tenant: string }>({ id: 'signIn.demoUse', defaultMessage: 'Use {tenant}' }),
  // A tenant with several demo logins: each button names its account, so no two read alike.
  demoUseAccount: defineMessage<{ name: string; tenant: string }>({
    id: 'signIn.demoUseAccount',
    defaultMessage: 'Use {name}, {tenant}',
  }),
  demoRole: defineMessage<{ role: string }>({
    id: 'signIn.demoRole',
    defaultMessage: '{role, select, supervisor {Supervisor} other {Administrator}}',
  }),
});

export const exitMessages = {
  ...defineMessages({
    exit: { id: 'session.exit', defaultMessage: 'Exit' },
    warningTitle: { id: 'session.exitWarningTitle', defaultMessage: 'Edits are still waiting' },
    stay: { id: 'session.exitStay', defaultMessage: 'Stay signed in' },
    exitStopped: {
      id: 'session.exitStopped',
      defaultMessage: 'The server refused an edit: see “Sync issues” before you exit. You are still signed in.',
    },
    expired: {
      id: 'session.expired',
      defaultMessage: 'Your session has ended. Sign in again to send your edits; they are kept on this device.',
    },
    signInAgain: { id: 'session.signInAgain', defaultMessage: 'Sign in again' },
  }),
  warning: defineMessage<{ count: number }>({
    id: 'session.exitWarning',
    defaultMessage:
      '{count, plural, one {# edit has not reached the server yet. Leaving now removes your data from this device unless you keep this edit here: it is then sent the next time you sign in on this device.} other {# edits have not reached the server yet. Leaving now removes your data from this device unless you keep these edits here: they are then sent the next time you sign in on this device.}}',
  }),
  keep: defineMessage<{ count: number }>({
    id: 'session.exitKeep',
    defaultMessage:
      '{count, plural, one {Exit and keep the edit for my next sign-in} other {Exit and keep the edits for my next sign-in}}',
  }),
  wait: defineMessage<{ count: number }>({
    id: 'session.exitWait',
    defaultMessage:
      '{count, plural, one {Wait until the edit is sent, then exit} other {Wait until the edits are sent, then exit}}',
  }),
  discard: defineMessage<{ count: number }>({
    id: 'session.exitDiscard',
    defaultMessage:
      '{count, plural, one {Discard the edit and remove my data} other {Discard the # edits and remove my data}}',
  }),
  exitWhenSent: defineMessage<{ count: number }>({
    id: 'session.exitWhenSent',
    defaultMessage: '{count, plural, one {Exit once # edit is sent…} other {Exit once # edits are sent…}}',
  }),
};

export const keptDataMessages = {
  ...defineMessages({
    title: { id: 'session.kept.title', defaultMessage: 'Data kept on this device' },
    remove: { id: 'session.kept.remove', defaultMessage: 'Remove the data from this device' },
    confirmTitle: { id: 'session.kept.confirmTitle', defaultMessage: 'Remove the data kept on this device?' },
    removed: { id: 'session.kept.removed', defaultMessage: 'No data of earlier sessions is left on this device.' },
  }),
  body: defineMessage<{ count: number }>({
    id: 'session.kept.body',
    defaultMessage:
      '{count, plural, =0 {Someone who signed in here kept their data on this device.} one {Someone who signed in here kept their data on this device, with # edit not yet sent to the server.} other {Someone who signed in here kept their data on this device, with # edits not yet sent to the server.}}',
  }),
  confirmBody: defineMessage<{ count: number }>({
    id: 'session.kept.confirmBody',
    defaultMessage:
      '{count, plural, =0 {Contacts, lists and groups of earlier sessions will be removed from this device.} one {Contacts, lists and groups of earlier sessions will be removed from this device. # edit that has not reached the server will be lost.} other {Contacts, lists and groups of earlier sessions will be removed from this device. # edits that have not reached the server will be lost.}}',
  }),
};
