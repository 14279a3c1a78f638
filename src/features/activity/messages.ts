/**
 * The Activity section's words: one sentence per kind of edit (who did what, to what), the
 * lines that detail an entry, and the page's and History's own labels.
 */
import { defineMessage, defineMessages } from 'react-intl';

/** `who` is `you` for the signed-in user's own edits, anything else for `actor`. */
type Who = { who: string; actor: string };

export const sentenceMessages = {
  contactCreate: defineMessage<Who & { name: string }>({
    id: 'activity.contactCreate',
    defaultMessage: '{who, select, you {You} other {{actor}}} added the external contact {name}.',
  }),
  contactUpdate: defineMessage<Who & { name: string }>({
    id: 'activity.contactUpdate',
    defaultMessage: '{who, select, you {You} other {{actor}}} changed the external contact {name}.',
  }),
  contactDelete: defineMessage<Who & { name: string }>({
    id: 'activity.contactDelete',
    defaultMessage: '{who, select, you {You} other {{actor}}} deleted the external contact {name}.',
  }),
  listCreate: defineMessage<Who & { kind: string; list: string; count: number }>({
    id: 'activity.listCreate',
    defaultMessage:
      '{who, select, you {You} other {{actor}}} created the {kind, select, group {group} other {sub-list}} “{list}” with {count, plural, one {# member} other {# members}}.',
  }),
  listRename: defineMessage<Who & { kind: string; list: string }>({
    id: 'activity.listRename',
    defaultMessage:
      '{who, select, you {You} other {{actor}}} renamed the {kind, select, group {group} other {sub-list}} “{list}”.',
  }),
  listDelete: defineMessage<Who & { kind: string; list: string }>({
    id: 'activity.listDelete',
    defaultMessage:
      '{who, select, you {You} other {{actor}}} deleted the {kind, select, group {group} other {sub-list}} “{list}”.',
  }),
  addMembers: defineMessage<Who & { list: string; count: number }>({
    id: 'activity.addMembers',
    defaultMessage:
      '{who, select, you {You} other {{actor}}} added {count, plural, one {# member} other {# members}} to “{list}”.',
  }),
  removeMembers: defineMessage<Who & { list: string; count: number }>({
    id: 'activity.removeMembers',
    defaultMessage:
      '{who, select, you {You} other {{actor}}} removed {count, plural, one {# member} other {# members}} from “{list}”.',
  }),
  scanningOff: defineMessage<Who & { subscriber: string }>({
    id: 'activity.scanningOff',
    defaultMessage: '{who, select, you {You} other {{actor}}} turned scanning off for {subscriber}.',
  }),
  scanningPriority: defineMessage<Who & { subscriber: string; group: string; priority: string }>({
    id: 'activity.scanningPriority',
    defaultMessage:
      '{who, select, you {You} other {{actor}}} set {subscriber}’s scanning of “{group}” to {priority, select, p1 {Priority 1} p2 {Priority 2} p3 {Priority 3} other {Normal}}.',
  }),
  scanList: defineMessage<Who & { subscriber: string; count: number }>({
    id: 'activity.scanList',
    defaultMessage:
      '{who, select, you {You} other {{actor}}} changed {subscriber}’s scan list: {count, plural, one {# group} other {# groups}}.',
  }),
  messaging: defineMessage<Who & { subscriber: string; messaging: string }>({
    id: 'activity.messaging',
    defaultMessage:
      '{who, select, you {You} other {{actor}}} turned “Text & multimedia” {messaging, select, none {off} other {on}} for {subscriber}.',
  }),
  scope: defineMessage<Who & { supervisor: string; change: string; count: number }>({
    id: 'activity.scope',
    defaultMessage:
      '{who, select, you {You} other {{actor}}} {change, select, add {gave {supervisor} {count, plural, one {# group} other {# groups}} to supervise} other {took {count, plural, one {# group} other {# groups}} away from {supervisor}}}.',
  }),
};

export const detailMessages = {
  field: defineMessage<{ field: string; before: string; after: string }>({
    id: 'activity.fieldChange',
    defaultMessage: '{field, select, name {Name} phone {Number} other {Value}}: {before} → {after}',
  }),
  cascade: defineMessage<{ count: number }>({
    id: 'activity.cascade',
    defaultMessage: 'Also changed: {count, plural, one {# other contact or list} other {# other contacts or lists}}',
  }),
};

export const pageMessages = {
  ...defineMessages({
    title: { id: 'activity.title', defaultMessage: 'Activity' },
    intro: {
      id: 'activity.intro',
      defaultMessage:
        'Who changed what, and when, newest first. This device keeps the last 30 days (at least 10,000 changes), readable offline.',
    },
    filters: { id: 'activity.filters', defaultMessage: 'Filters' },
    person: { id: 'activity.person', defaultMessage: 'Person' },
    everyone: { id: 'activity.everyone', defaultMessage: 'Everyone' },
    kind: { id: 'activity.kindLabel', defaultMessage: 'Kind of change' },
    allKinds: { id: 'activity.allKinds', defaultMessage: 'All changes' },
    from: { id: 'activity.from', defaultMessage: 'From' },
    to: { id: 'activity.to', defaultMessage: 'To' },
    search: { id: 'activity.search', defaultMessage: 'Search by name' },
    none: { id: 'activity.none', defaultMessage: 'No activity matches these filters.' },
    showMore: { id: 'activity.showMore', defaultMessage: 'Show more' },
    history: { id: 'activity.history', defaultMessage: 'History' },
    historyNone: { id: 'activity.historyNone', defaultMessage: 'No change recorded on this device yet.' },
    historyAll: { id: 'activity.historyAll', defaultMessage: 'See the full history' },
    rowOnly: { id: 'activity.rowOnly', defaultMessage: 'Showing one row’s history.' },
    allActivity: { id: 'activity.allActivity', defaultMessage: 'Show all activity' },
  }),
  kindName: defineMessage<{ kind: string }>({
    id: 'activity.kind',
    defaultMessage:
      '{kind, select, contacts {External contacts} subLists {Sub-lists} groups {Groups} scanning {Scanning} supervisors {Supervisors} other {Messaging}}',
  }),
  count: defineMessage<{ count: number; total: number }>({
    id: 'activity.count',
    defaultMessage: 'Showing {count, number} of {total, plural, one {# change} other {# changes}}',
  }),
};

/** Older pages, read from the server on demand (older.ts). */
export const olderMessages = defineMessages({
  load: { id: 'activity.older.load', defaultMessage: 'Load older changes from the server' },
  loading: { id: 'activity.older.loading', defaultMessage: 'Loading older changes…' },
  offline: {
    id: 'activity.older.offline',
    defaultMessage:
      'Older changes are kept on the server only and cannot load while you are offline. The changes kept on this device are all shown.',
  },
  signIn: { id: 'activity.older.signIn', defaultMessage: 'Sign in again to load older changes.' },
  failed: {
    id: 'activity.older.failed',
    defaultMessage: 'Older changes could not be loaded. Try again in a moment.',
  },
  end: { id: 'activity.older.end', defaultMessage: 'No older changes: the server keeps nothing before these.' },
  retry: { id: 'activity.older.retry', defaultMessage: 'Try again' },
});

/** The CSV export (export.ts): its controls, its headers and its cells' words. */
export const csvMessages = {
  ...defineMessages({
    separator: { id: 'activity.csv.separator', defaultMessage: 'Separator' },
    comma: { id: 'activity.csv.comma', defaultMessage: 'Comma (,)' },
    semicolon: {
      id: 'activity.csv.semicolon',
      defaultMessage: 'Semicolon (;), as spreadsheets in French expect',
    },
    download: { id: 'activity.csv.download', defaultMessage: 'Export these changes (CSV)' },
    fileName: { id: 'activity.csv.fileName', defaultMessage: 'activity' },
    at: { id: 'activity.csv.at', defaultMessage: 'Date and time' },
    person: { id: 'activity.csv.person', defaultMessage: 'Person' },
    role: { id: 'activity.csv.role', defaultMessage: 'Role' },
    kind: { id: 'activity.csv.kind', defaultMessage: 'Kind of change' },
    change: { id: 'activity.csv.change', defaultMessage: 'Change' },
    details: { id: 'activity.csv.details', defaultMessage: 'Details' },
    status: { id: 'activity.csv.status', defaultMessage: 'Status' },
    entry: { id: 'activity.csv.entry', defaultMessage: 'Entry number' },
    you: { id: 'activity.csv.you', defaultMessage: 'You' },
  }),
  roleName: defineMessage<{ role: string }>({
    id: 'activity.csv.roleName',
    defaultMessage: '{role, select, supervisor {Supervisor} other {Administrator}}',
  }),
  kindName: pageMessages.kindName,
  statusName: defineMessage<{ waiting: string }>({
    id: 'activity.csv.statusName',
    defaultMessage: '{waiting, select, yes {Waiting to sync} other {Recorded by the server}}',
  }),
  done: defineMessage<{ file: string; count: number }>({
    id: 'activity.csv.done',
    defaultMessage: '{file} downloaded: {count, plural, one {# change} other {# changes}}.',
  }),
};
