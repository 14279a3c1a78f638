import { defineMessage, defineMessages } from 'react-intl';

export const userOptionsMessages = {
  ...defineMessages({
    title: { id: 'userOptions.title', defaultMessage: 'Options' },
    messaging: { id: 'userOptions.messaging', defaultMessage: 'Messaging' },
    textMultimedia: { id: 'userOptions.textMultimedia', defaultMessage: 'Text & multimedia' },
    enabled: { id: 'userOptions.enabled', defaultMessage: 'Enabled' },
    none: { id: 'userOptions.none', defaultMessage: 'None' },
    noneWarning: {
      id: 'userOptions.noneWarning',
      defaultMessage:
        'Choosing None turns off integrated secure messaging and voice message fallback, which uses messaging to deliver voice messages.',
    },
    secureMessaging: { id: 'userOptions.secureMessaging', defaultMessage: 'Integrated secure messaging' },
    voiceFallback: { id: 'userOptions.voiceFallback', defaultMessage: 'Voice message fallback' },
    on: { id: 'userOptions.on', defaultMessage: 'On' },
    off: { id: 'userOptions.off', defaultMessage: 'Off' },
    location: { id: 'userOptions.location', defaultMessage: 'Location services' },
    locationNote: {
      id: 'userOptions.locationNote',
      defaultMessage: 'Note: Push-to-Talk location services cannot be removed at this time.',
    },
    dataCharges: {
      id: 'userOptions.dataCharges',
      defaultMessage:
        'Integrated messaging, voice message fallback and the location enhancements introduced in version 9.0 of the Push-to-Talk service need a data connection. Normal data usage charges apply to these options.',
    },
    save: { id: 'userOptions.save', defaultMessage: 'Save' },
    cancel: { id: 'userOptions.cancel', defaultMessage: 'Cancel' },
    externalBody: {
      id: 'userOptions.externalBody',
      defaultMessage: 'Only PTT subscribers have options. You can change an external contact’s name and number.',
    },
    gone: { id: 'userOptions.error.gone', defaultMessage: 'This subscriber no longer exists. Nothing was saved.' },
    notSaved: { id: 'userOptions.error.notSaved', defaultMessage: 'The options could not be saved. Try again.' },
  }),
  saved: defineMessage<{ name: string }>({
    id: 'userOptions.saved',
    defaultMessage: 'The options of {name} were saved.',
  }),
};
