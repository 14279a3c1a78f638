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
});

export const exitMessages = {
  ...defineMessages({
    exit: { id: 'session.exit', defaultMessage: 'Exit' },
    warningTitle: { id: 'session.exitWarningTitle', defaultMessage: 'Edits are still waiting' },
    exitAnyway: { id: 'session.exitAnyway', defaultMessage: 'Exit anyway' },
    expired: {
      id: 'session.expired',
      defaultMessage: 'Your session has ended. Sign in again to send your edits; they are kept on this device.',
    },
    signInAgain: { id: 'session.signInAgain', defaultMessage: 'Sign in again' },
  }),
  warning: defineMessage<{ count: number }>({
    id: 'session.exitWarning',
    defaultMessage:
      '{count, plural, one {# edit has not reached the server yet. It stays on this device and will be sent the next time you sign in here.} other {# edits have not reached the server yet. They stay on this device and will be sent the next time you sign in here.}}',
  }),
};
