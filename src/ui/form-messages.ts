/**
 * The shared words of the editing pages' pieces in src/ui (names, pickers, leaving a form, another
 * administrator's changes), apart from messages.ts so the first screen does not carry them.
 */
import { defineMessage, defineMessages } from 'react-intl';

/** A subscriber's Text & multimedia setting, by value: the Options tab and Sync issues name it alike. */
export const messagingLabels = defineMessages({
  enabled: { id: 'ui.messaging.enabled', defaultMessage: 'Enabled' },
  none: { id: 'ui.messaging.none', defaultMessage: 'None' },
});

/** What a search or filter says when nothing matches: a picker's, a list of lists', a list's members. */
export const noMatchMessage = defineMessage<{ query: string }>({
  id: 'ui.noMatch',
  defaultMessage: 'Nothing matches “{query}”.',
});

export const leaveMessages = defineMessages({
  title: { id: 'ui.leave.title', defaultMessage: 'Leave without saving?' },
  body: {
    id: 'ui.leave.body',
    defaultMessage: 'Your changes on this page are not saved. If you leave now, they will be lost.',
  },
  leave: { id: 'ui.leave.confirm', defaultMessage: 'Leave without saving' },
  stay: { id: 'ui.leave.stay', defaultMessage: 'Stay on this page' },
});

export const nameMessages = {
  ...defineMessages({
    label: { id: 'ui.name.label', defaultMessage: 'Name' },
    required: { id: 'ui.name.required', defaultMessage: 'Enter a name.' },
    blank: { id: 'ui.name.blank', defaultMessage: 'This name shows nothing: it is made only of invisible characters.' },
    unreadable: {
      id: 'ui.name.unreadable',
      defaultMessage: 'This name contains a character that cannot be displayed.',
    },
    control: { id: 'ui.name.control', defaultMessage: 'This name contains control characters.' },
    bidi: {
      id: 'ui.name.bidi',
      defaultMessage: 'This name contains characters that change the direction of the text.',
    },
    invisible: { id: 'ui.name.invisible', defaultMessage: 'This name contains invisible characters.' },
    tooManyMarks: {
      id: 'ui.name.tooManyMarks',
      defaultMessage: 'A character in this name carries too many accents or marks.',
    },
  }),
  counter: defineMessage<{ count: number; max: number }>({
    id: 'ui.name.counter',
    defaultMessage: '{count, number} of {max, plural, one {# character} other {# characters}}',
  }),
  tooLong: defineMessage<{ count: number; max: number }>({
    id: 'ui.name.tooLong',
    defaultMessage:
      'The name is too long: {count, plural, one {# character} other {# characters}}, {max, number} at most.',
  }),
};

/** What a form says when another administrator changes, or deletes, what it edits (RemoteChanges). */
export const remoteMessages = {
  changed: defineMessage<{ known: string; name: string; when: string; field: string; value: string }>({
    id: 'ui.remote.changed',
    defaultMessage:
      '{known, select, yes {{name} changed “{field}” to “{value}” ({when}).} other {Another administrator changed “{field}” to “{value}”.}}',
  }),
  changedNoValue: defineMessage<{ known: string; name: string; when: string; field: string }>({
    id: 'ui.remote.changedNoValue',
    defaultMessage:
      '{known, select, yes {{name} changed “{field}” ({when}).} other {Another administrator changed “{field}”.}}',
  }),
  ...defineMessages({
    followed: { id: 'ui.remote.followed', defaultMessage: 'The form shows the new value.' },
    kept: {
      id: 'ui.remote.kept',
      defaultMessage:
        'You changed it too: your value stays in the form. If you save it, the Sync issues page will ask which one to keep.',
    },
    useTheirs: { id: 'ui.remote.useTheirs', defaultMessage: 'Use theirs' },
    recreateHint: {
      id: 'ui.remote.recreateHint',
      defaultMessage: 'What you entered is still here: you can create it again, or leave this page.',
    },
    recreate: { id: 'ui.remote.recreate', defaultMessage: 'Create it again' },
    leave: { id: 'ui.remote.leave', defaultMessage: 'Leave this page' },
  }),
  deletedBy: defineMessage<{ name: string; when: string }>({
    id: 'ui.remote.deletedBy',
    defaultMessage: 'Deleted by {name} ({when}).',
  }),
};

/** The words every picker (Picker.tsx) shares, whatever it picks. */
export const pickerMessages = {
  ...defineMessages({
    search: { id: 'ui.picker.search', defaultMessage: 'Search' },
    clear: { id: 'ui.picker.clear', defaultMessage: 'Clear selection' },
    add: { id: 'ui.picker.add', defaultMessage: 'Add' },
  }),
  selectAll: defineMessage<{ count: number }>({
    id: 'ui.picker.selectAll',
    defaultMessage: '{count, plural, =1 {Select the result} other {Select all # results}}',
  }),
  unselectAll: defineMessage<{ count: number }>({
    id: 'ui.picker.unselectAll',
    defaultMessage: '{count, plural, =1 {Unselect the result} other {Unselect all # results}}',
  }),
  selected: defineMessage<{ count: number }>({
    id: 'ui.picker.selected',
    defaultMessage: '{count, plural, one {# selected} other {# selected}}',
  }),
};
