/** The words of the Import / Export page: export, choosing an import, progress and summary. */
import { defineMessage, defineMessages, type MessageDescriptor } from 'react-intl';
import type { BulkTable } from '../../domain/bulk/columns';

export const pageMessages = defineMessages({
  title: { id: 'importExport.title', defaultMessage: 'Import / Export' },
  intro: {
    id: 'importExport.intro',
    defaultMessage:
      'Move contacts, members and scan lists in and out as CSV files that a spreadsheet opens. Everything is read from and saved on this device, so it works offline; imported changes sync like any edit.',
  },
});

export const exportMessages = {
  ...defineMessages({
    title: { id: 'export.title', defaultMessage: 'Export' },
    what: { id: 'export.what', defaultMessage: 'What to export' },
    separator: { id: 'export.separator', defaultMessage: 'Separator' },
    comma: { id: 'export.comma', defaultMessage: 'Comma (,)' },
    semicolon: { id: 'export.semicolon', defaultMessage: 'Semicolon (;), as spreadsheets in French expect' },
    headers: {
      id: 'export.headers',
      defaultMessage: 'Column names are written in English; an import reads them in English or French.',
    },
    download: { id: 'export.download', defaultMessage: 'Download the CSV file' },
    working: { id: 'export.working', defaultMessage: 'Preparing the file…' },
    failed: { id: 'export.failed', defaultMessage: 'The file could not be made. Try again.' },
  }),
  onlyShown: defineMessage<{ kind: string; query: string; hasQuery: string }>({
    id: 'export.onlyShown',
    defaultMessage:
      'Only what the master list shows: {kind, select, subscriber {subscribers} external {external contacts} other {all contacts}}{hasQuery, select, yes { matching “{query}”} other {}}',
  }),
  done: defineMessage<{ file: string; rows: number }>({
    id: 'export.done',
    defaultMessage: '{file} is downloaded: {rows, plural, =0 {column names only, no rows} one {# row} other {# rows}}.',
  }),
};

export const tableLabels: Record<BulkTable, MessageDescriptor> = defineMessages({
  masterList: { id: 'bulk.table.masterList', defaultMessage: 'Master list (every contact)' },
  externalContacts: { id: 'bulk.table.externalContacts', defaultMessage: 'External contacts' },
  groupMembers: { id: 'bulk.table.groupMembers', defaultMessage: 'Group members' },
  subListMembers: { id: 'bulk.table.subListMembers', defaultMessage: 'Sub-list members' },
  scanLists: { id: 'bulk.table.scanLists', defaultMessage: 'Scan lists and priorities' },
});

/** The file's name without its date: `external-contacts-2026-11-29.csv`. */
export const fileNames: Record<BulkTable, MessageDescriptor> = defineMessages({
  masterList: { id: 'bulk.fileName.masterList', defaultMessage: 'master-list' },
  externalContacts: { id: 'bulk.fileName.externalContacts', defaultMessage: 'external-contacts' },
  groupMembers: { id: 'bulk.fileName.groupMembers', defaultMessage: 'group-members' },
  subListMembers: { id: 'bulk.fileName.subListMembers', defaultMessage: 'sub-list-members' },
  scanLists: { id: 'bulk.fileName.scanLists', defaultMessage: 'scan-lists' },
});

export const chooseMessages = {
  ...defineMessages({
    title: { id: 'import.title', defaultMessage: 'Import' },
    what: { id: 'import.what', defaultMessage: 'What to import' },
    modeLegend: { id: 'import.modeLegend', defaultMessage: 'Lists in the file' },
    modeNote: {
      id: 'import.modeNote',
      defaultMessage:
        'What the file does not name is never changed. A file exported here, edited in a spreadsheet and imported back changes exactly what was edited.',
    },
    file: { id: 'import.file', defaultMessage: 'CSV file' },
    fileHint: {
      id: 'import.fileHint',
      defaultMessage:
        'Any spreadsheet’s CSV: comma, semicolon or tab separated; UTF-8 or Windows-1252; column names in English or French. You see a preview of every row before anything is saved.',
    },
  }),
  hint: defineMessage<{ table: string }>({
    id: 'import.hint',
    defaultMessage:
      '{table, select, externalContacts {Each row is matched to a contact by its phone number: a new number adds an external contact; a known one takes the row’s name. Subscribers’ rows are accepted only unchanged, so a master list file imports too.} groupMembers {One row per member: the group by its name, the member by phone number (or by a name only one contact has). Groups must already exist.} subListMembers {One row per member: the sub-list by its name, the member by phone number (or by a name only one contact has). Sub-lists must already exist.} other {One row per group a subscriber scans: the subscriber by phone number (or by name), one of their groups, a priority (blank: Normal), and Scanning On or Off (blank: as it is).}}',
  }),
  columns: defineMessage<{ columns: string }>({ id: 'import.columns', defaultMessage: 'Columns: {columns}.' }),
  required: defineMessage<{ column: string }>({ id: 'import.required', defaultMessage: '{column} (required)' }),
  exact: defineMessage<{ table: string }>({
    id: 'import.mode.exact',
    defaultMessage:
      '{table, select, scanLists {Each subscriber in the file scans exactly the groups listed: the others leave their scan list} groupMembers {Each group in the file holds exactly the members listed: the others are removed} other {Each sub-list in the file holds exactly the members listed: the others are removed}}',
  }),
  add: defineMessage<{ table: string }>({
    id: 'import.mode.add',
    defaultMessage:
      '{table, select, scanLists {Only add groups or change priorities: keep the groups not listed} other {Only add the members listed: keep the others}}',
  }),
  reading: defineMessage<{ file: string }>({ id: 'import.reading', defaultMessage: 'Reading {file}…' }),
};

export const readingMessages = {
  step: defineMessage<{ step: string; rows: number; done: number }>({
    id: 'import.reading.step',
    defaultMessage:
      '{step, select, file {Reading the file} data {Reading the data on this device} rows {Checking {rows, plural, one {# row} other {# rows}}} other {Preparing the preview: {done, number} of {rows, plural, one {# row} other {# rows}}}}',
  }),
  cancel: defineMessage({ id: 'import.reading.cancel', defaultMessage: 'Cancel' }),
};

export const progressMessages = {
  ...defineMessages({
    note: {
      id: 'import.progress.note',
      defaultMessage:
        'Changes are saved on this device in batches, each one whole or not at all. Cancelling keeps the batches already saved.',
    },
    cancel: { id: 'import.progress.cancel', defaultMessage: 'Cancel the import' },
  }),
  title: defineMessage<{ file: string }>({ id: 'import.progress.title', defaultMessage: 'Importing {file}' }),
  label: defineMessage<{ done: number; total: number }>({
    id: 'import.progress.label',
    defaultMessage: '{done, number} of {total, plural, one {# change} other {# changes}} saved',
  }),
};

export const summaryMessages = {
  ...defineMessages({
    finished: { id: 'import.summary.finished', defaultMessage: 'Import finished' },
    cancelled: { id: 'import.summary.cancelled', defaultMessage: 'Import cancelled' },
    stopped: { id: 'import.summary.stopped', defaultMessage: 'Import stopped' },
    storageFull: {
      id: 'import.summary.storageFull',
      defaultMessage:
        'This device’s storage is full. Free some space, then import the file again: what was saved shows as unchanged.',
    },
    failed: {
      id: 'import.summary.failed',
      defaultMessage: 'Saving stopped. Import the file again to finish: what was saved shows as unchanged.',
    },
    sendSoon: {
      id: 'import.summary.sendSoon',
      defaultMessage: 'They are sent as soon as the server can be reached, even if you leave this page.',
    },
    openIssues: { id: 'import.summary.openIssues', defaultMessage: 'Open Sync issues' },
    previewAgain: { id: 'import.summary.previewAgain', defaultMessage: 'Preview the file again' },
    another: { id: 'import.summary.another', defaultMessage: 'Import another file' },
  }),
  saved: defineMessage<{ done: number; total: number }>({
    id: 'import.summary.saved',
    defaultMessage: 'Changes saved on this device: {done, number} of {total, number}.',
  }),
  outcome: defineMessage<{ applied: number; issues: number }>({
    id: 'import.summary.outcome',
    defaultMessage:
      '{applied, plural, one {# applied} other {# applied}}, {issues, plural, one {# sent to Sync issues} other {# sent to Sync issues}}.',
  }),
  waiting: defineMessage<{ waiting: number; applied: number }>({
    id: 'import.summary.waiting',
    defaultMessage:
      '{waiting, plural, one {# change is} other {# changes are}} waiting to sync; {applied, plural, one {# applied} other {# applied}} so far.',
  }),
  refused: defineMessage<{ count: number }>({
    id: 'import.summary.refused',
    defaultMessage:
      '{count, plural, one {# change was} other {# changes were}} not made: the data changed since the preview (another administrator’s edits arrived). Preview the file again to see why.',
  }),
};
