import { defineMessage, defineMessages } from 'react-intl';

export const masterListMessages = {
  ...defineMessages({
    title: { id: 'masterList.title', defaultMessage: 'Manage Master List' },
    intro: {
      id: 'masterList.intro',
      defaultMessage: 'Every contact of your company: PTT subscribers and external contacts. Select one to manage it.',
    },
    addExternal: { id: 'masterList.addExternal', defaultMessage: 'Add External Contact' },
    export: { id: 'masterList.export', defaultMessage: 'Export to CSV' },
    kindLegend: { id: 'masterList.kindLegend', defaultMessage: 'Show' },
    kindAll: { id: 'masterList.kindAll', defaultMessage: 'All contacts' },
    kindSubscribers: { id: 'masterList.kindSubscribers', defaultMessage: 'Subscribers' },
    kindExternal: { id: 'masterList.kindExternal', defaultMessage: 'External contacts' },
    listLabel: { id: 'masterList.listLabel', defaultMessage: 'Contacts' },
    searchHelp: {
      id: 'masterList.searchHelp',
      defaultMessage:
        'Type part of a name or of a phone number. In the list, the arrow keys move and Enter opens the contact.',
    },
    loading: { id: 'masterList.loading', defaultMessage: 'Loading contacts…' },
    emptyTitle: { id: 'masterList.emptyTitle', defaultMessage: 'No contacts yet' },
    emptyBody: {
      id: 'masterList.emptyBody',
      defaultMessage: 'Subscribers appear here once the carrier provisions them. You can add an external contact now.',
    },
    noMatchHint: {
      id: 'masterList.noMatchHint',
      defaultMessage: 'Check the spelling, type fewer letters, or search by phone number.',
    },
    showAllKinds: { id: 'masterList.showAllKinds', defaultMessage: 'Search all contacts' },
    clearSearch: { id: 'masterList.clearSearch', defaultMessage: 'Clear the search' },
    noSubscribers: { id: 'masterList.noSubscribers', defaultMessage: 'There are no PTT subscribers to show.' },
    noExternal: {
      id: 'masterList.noExternal',
      defaultMessage: 'There are no external contacts yet. Add one with “Add External Contact”.',
    },
  }),
  count: defineMessage<{ count: number }>({
    id: 'masterList.count',
    defaultMessage: '{count, plural, =0 {No contacts} one {# contact} other {# contacts}}',
  }),
  matchCount: defineMessage<{ count: number; total: number }>({
    id: 'masterList.matchCount',
    defaultMessage:
      '{total, plural, one {Showing {count, number} of # contact} other {Showing {count, number} of # contacts}}',
  }),
  receivingOf: defineMessage<{ loaded: number; total: number }>({
    id: 'masterList.receivingOf',
    defaultMessage:
      'Receiving contacts from the server… {loaded, number} of {total, plural, one {# contact} other {# contacts}} so far; search covers those received.',
  }),
  receiving: defineMessage<{ loaded: number }>({
    id: 'masterList.receiving',
    defaultMessage:
      'Receiving data from the server… {loaded, plural, one {# contact} other {# contacts}} so far; search covers those received.',
  }),
  receivingMatches: defineMessage<{ count: number; loaded: number }>({
    id: 'masterList.receivingMatches',
    defaultMessage:
      '{loaded, plural, one {Showing {count, number} of the # contact received so far} other {Showing {count, number} of the # contacts received so far}}; more are on their way.',
  }),
  stillLoading: defineMessage<{ loaded: number; total: number }>({
    id: 'masterList.stillLoading',
    defaultMessage:
      'Loading contacts… {loaded, number} of {total, plural, one {# contact} other {# contacts}} shown so far.',
  }),
  noMatch: defineMessage<{ query: string }>({
    id: 'masterList.noMatch',
    defaultMessage: 'No contact matches “{query}”.',
  }),
  noMatchSubscriber: defineMessage<{ query: string }>({
    id: 'masterList.noMatchSubscriber',
    defaultMessage: 'No subscriber matches “{query}”.',
  }),
  noMatchExternal: defineMessage<{ query: string }>({
    id: 'masterList.noMatchExternal',
    defaultMessage: 'No external contact matches “{query}”.',
  }),
};
