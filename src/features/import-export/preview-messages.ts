/**
 * The words of an import's preview: why a file cannot be read, each row's fate, what it
 * changes, and why a row is in error — in the user's language, whatever language the file is in.
 */
import { defineMessage, defineMessages, type MessageDescriptor } from 'react-intl';
import type { Fate, RowErrorCode } from '../../domain/bulk/plan-types';

/** `file` is the file's name; the rest as each problem says. */
export const fileProblemMessages = {
  empty: defineMessage<{ file: string }>({
    id: 'import.problem.empty',
    defaultMessage: '{file} is empty: there is nothing to import.',
  }),
  workbook: defineMessage<{ file: string }>({
    id: 'import.problem.workbook',
    defaultMessage:
      '{file} is a spreadsheet workbook, not a CSV file. In the spreadsheet, use Save as (or Download) and choose CSV, then choose the new file.',
  }),
  binary: defineMessage<{ file: string }>({
    id: 'import.problem.binary',
    defaultMessage: '{file} is not a text file. Choose a CSV file.',
  }),
  unreadable: defineMessage<{ file: string }>({
    id: 'import.problem.unreadable',
    defaultMessage: '{file} could not be read. Choose it again.',
  }),
  tooManyRows: defineMessage<{ file: string; max: number }>({
    id: 'import.problem.tooManyRows',
    defaultMessage: '{file} has more than {max, plural, one {# row} other {# rows}}. Split it into smaller files.',
  }),
  tooLarge: defineMessage<{ file: string; megabytes: number; max: number }>({
    id: 'import.problem.tooLarge',
    defaultMessage:
      '{file} is {megabytes, plural, one {# MB} other {# MB}}, more than the {max, plural, one {# MB} other {# MB}} an import reads. Split it into smaller files.',
  }),
  unclosedQuote: defineMessage<{ file: string; line: number }>({
    id: 'import.problem.unclosedQuote',
    defaultMessage:
      'Row {line, number} of {file} opens a quotation mark that is never closed, so the rest of the file cannot be read. Fix that row, then choose the file again.',
  }),
  missingColumns: defineMessage<{ file: string; count: number; columns: string }>({
    id: 'import.problem.missingColumns',
    defaultMessage:
      '{file} has no {count, plural, one {column} other {columns}} {columns}. Its first row must name the columns, in English or French.',
  }),
  duplicateColumn: defineMessage<{ file: string; column: string; header: string }>({
    id: 'import.problem.duplicateColumn',
    defaultMessage: '{file} has two “{column}” columns (the second is “{header}”). Keep only one.',
  }),
  looksLike: defineMessage<{ table: string }>({
    id: 'import.problem.looksLike',
    defaultMessage: 'Its columns are those of a file of {table}: choose that above.',
  }),
};

export const previewMessages = {
  ...defineMessages({
    nothingSaved: {
      id: 'import.preview.nothingSaved',
      defaultMessage: 'Nothing is saved yet. Check what each row will do, then import — or choose another file.',
    },
    filters: { id: 'import.preview.filters', defaultMessage: 'Show the rows' },
    rowsLabel: { id: 'import.preview.rowsLabel', defaultMessage: 'What each row will do' },
    row: { id: 'import.preview.row', defaultMessage: 'Row' },
    result: { id: 'import.preview.result', defaultMessage: 'Result' },
    contact: { id: 'import.preview.contact', defaultMessage: 'Contact' },
    group: { id: 'import.preview.group', defaultMessage: 'Group' },
    subList: { id: 'import.preview.subList', defaultMessage: 'Sub-list' },
    priority: { id: 'import.preview.priority', defaultMessage: 'Priority' },
    details: { id: 'import.preview.details', defaultMessage: 'Details' },
    notInFile: { id: 'import.preview.notInFile', defaultMessage: 'not in the file' },
    removed: { id: 'import.preview.removed', defaultMessage: 'Not in the file: it will be removed.' },
    leavesScanList: {
      id: 'import.preview.leavesScanList',
      defaultMessage: 'The group also leaves this subscriber’s scan list.',
    },
    noRows: { id: 'import.preview.noRows', defaultMessage: 'No row has this result.' },
    downloadErrors: { id: 'import.preview.downloadErrors', defaultMessage: 'Download the rows in error (CSV)' },
    errorColumn: { id: 'import.preview.errorColumn', defaultMessage: 'Error' },
    errorsFileName: { id: 'import.preview.errorsFileName', defaultMessage: 'errors' },
    nothingToDo: {
      id: 'import.preview.nothingToDo',
      defaultMessage: 'Every row is already as the file says: there is nothing to import.',
    },
    fixOrSkip: {
      id: 'import.preview.fixOrSkip',
      defaultMessage:
        'Fix the rows in error in the spreadsheet (the file of rows in error has a column saying why) and import them again, or leave them out.',
    },
    anotherFile: { id: 'import.preview.anotherFile', defaultMessage: 'Choose another file' },
    on: { id: 'import.preview.on', defaultMessage: 'On' },
    off: { id: 'import.preview.off', defaultMessage: 'Off' },
    normal: { id: 'import.preview.normal', defaultMessage: 'Normal' },
  }),
  title: defineMessage<{ file: string }>({ id: 'import.preview.title', defaultMessage: 'Preview of {file}' }),
  facts: defineMessage<{ table: string; rows: number; encoding: string; delimiter: string }>({
    id: 'import.preview.facts',
    defaultMessage:
      'Read as {table}: {rows, plural, one {# row} other {# rows}}, {encoding, select, utf8bom {UTF-8 with a byte-order mark} windows1252 {Windows-1252} utf16 {UTF-16} other {UTF-8}}, separated by {delimiter, select, semicolon {semicolons} tab {tabs} other {commas}}.',
  }),
  ignored: defineMessage<{ columns: string }>({
    id: 'import.preview.ignored',
    defaultMessage: 'Columns ignored: {columns}.',
  }),
  all: defineMessage<{ count: number }>({ id: 'import.preview.all', defaultMessage: 'All: {count, number}' }),
  showing: defineMessage<{ shown: number; total: number }>({
    id: 'import.preview.showing',
    defaultMessage: 'Showing {shown, number} of {total, plural, one {# row} other {# rows}}.',
  }),
  showMore: defineMessage<{ count: number }>({
    id: 'import.preview.showMore',
    defaultMessage: 'Show {count, number} more',
  }),
  skipErrors: defineMessage<{ count: number }>({
    id: 'import.preview.skipErrors',
    defaultMessage: 'Leave out the {count, plural, one {row} other {# rows}} in error and import the others',
  }),
  apply: defineMessage<{ count: number }>({
    id: 'import.preview.apply',
    defaultMessage: '{count, plural, one {Import # change} other {Import # changes}}',
  }),
  name: defineMessage<{ before: string; after: string }>({
    id: 'import.preview.change.name',
    defaultMessage: 'Name: {before} → {after}',
  }),
  priorityChange: defineMessage<{ before: string; after: string }>({
    id: 'import.preview.change.priority',
    defaultMessage: 'Priority: {before} → {after}',
  }),
  scanning: defineMessage<{ before: string; after: string }>({
    id: 'import.preview.change.scanning',
    defaultMessage: 'Scanning: {before} → {after}',
  }),
  inColumn: defineMessage<{ column: string; reason: string }>({
    id: 'import.preview.inColumn',
    defaultMessage: '{column}: {reason}',
  }),
  priorityLevel: defineMessage<{ level: number }>({
    id: 'import.preview.priorityLevel',
    defaultMessage: 'Priority {level}',
  }),
};

/** A fate's name, and its count in the totals. */
export const fateMessages: Record<Fate, MessageDescriptor> = defineMessages({
  create: { id: 'import.fate.create', defaultMessage: 'Add' },
  update: { id: 'import.fate.update', defaultMessage: 'Update' },
  unchanged: { id: 'import.fate.unchanged', defaultMessage: 'Unchanged' },
  remove: { id: 'import.fate.remove', defaultMessage: 'Remove' },
  error: { id: 'import.fate.error', defaultMessage: 'Error' },
});

export const fateTotals: Record<Fate, MessageDescriptor> = defineMessages({
  create: { id: 'import.total.create', defaultMessage: '{count, plural, one {# to add} other {# to add}}' },
  update: { id: 'import.total.update', defaultMessage: '{count, plural, one {# to update} other {# to update}}' },
  unchanged: { id: 'import.total.unchanged', defaultMessage: '{count, plural, one {# unchanged} other {# unchanged}}' },
  remove: { id: 'import.total.remove', defaultMessage: '{count, plural, one {# to remove} other {# to remove}}' },
  error: { id: 'import.total.error', defaultMessage: '{count, plural, one {# in error} other {# in error}}' },
});

/**
 * Why a row is in error, to follow "Phone number: " (the screen capitalises it when it stands alone).
 * Values: `list` is `group` or `subList`; `line` another row's number; `name` a contact's name
 * (`hasName` yes or no); `group` a group's name; `max` and `count` numbers.
 */
export const rowErrorMessages: Record<RowErrorCode, MessageDescriptor> = defineMessages({
  'name.required': { id: 'import.error.nameRequired', defaultMessage: 'the name is missing.' },
  'name.tooLong': { id: 'import.error.nameTooLong', defaultMessage: 'the name is longer than 30 characters.' },
  'name.taken': { id: 'import.error.nameTaken', defaultMessage: 'another list already has this name.' },
  'name.tooSimilar': {
    id: 'import.error.nameTooSimilar',
    defaultMessage: 'another list has a name that looks the same.',
  },
  'name.blank': { id: 'import.error.nameBlank', defaultMessage: 'the name is made only of invisible characters.' },
  'name.unreadable': {
    id: 'import.error.nameUnreadable',
    defaultMessage: 'the name contains a character that cannot be displayed.',
  },
  'name.control': { id: 'import.error.nameControl', defaultMessage: 'the name contains control characters.' },
  'name.bidi': {
    id: 'import.error.nameBidi',
    defaultMessage: 'the name contains characters that change the direction of the text.',
  },
  'name.invisible': { id: 'import.error.nameInvisible', defaultMessage: 'the name contains invisible characters.' },
  'name.tooManyMarks': {
    id: 'import.error.nameTooManyMarks',
    defaultMessage: 'a character in the name carries too many accents or marks.',
  },
  'phone.required': { id: 'import.error.phoneRequired', defaultMessage: 'the phone number is missing.' },
  'phone.invalid': {
    id: 'import.error.phoneInvalid',
    defaultMessage: 'this is not a 10-digit North American phone number.',
  },
  'phone.areaCode': { id: 'import.error.phoneAreaCode', defaultMessage: 'an area code cannot start with 0 or 1.' },
  'phone.exchange': {
    id: 'import.error.phoneExchange',
    defaultMessage: 'the three digits after the area code cannot start with 0 or 1.',
  },
  'phone.taken': { id: 'import.error.phoneTaken', defaultMessage: 'another contact already has this number.' },
  duplicate: { id: 'import.error.duplicate', defaultMessage: 'the same as row {line, number}, which is kept.' },
  conflict: {
    id: 'import.error.conflict',
    defaultMessage: 'contradicts row {line, number}: keep the right one and delete the other.',
  },
  'type.invalid': {
    id: 'import.error.typeInvalid',
    defaultMessage: 'the type must be “Subscriber” or “External contact” (or blank).',
  },
  'subscriber.readOnly': {
    id: 'import.error.subscriberReadOnly',
    defaultMessage:
      'this number is a subscriber’s{hasName, select, yes { ({name})} other {}}. Subscribers come from the carrier and cannot be changed here.',
  },
  'subscriber.notFound': {
    id: 'import.error.subscriberNotFound',
    defaultMessage:
      'no subscriber has this number. Subscribers come from the carrier; only external contacts are added here.',
  },
  'list.required': {
    id: 'import.error.listRequired',
    defaultMessage: 'the {list, select, group {group} other {sub-list}} name is missing.',
  },
  'list.notFound': {
    id: 'import.error.listNotFound',
    defaultMessage:
      'there is no {list, select, group {group} other {sub-list}} by this name. Create it first, then import again.',
  },
  'member.required': {
    id: 'import.error.memberRequired',
    defaultMessage: 'give the contact’s phone number or name.',
  },
  'member.notFound': { id: 'import.error.memberNotFound', defaultMessage: 'no contact has this number or name.' },
  'member.ambiguous': {
    id: 'import.error.memberAmbiguous',
    defaultMessage: '{count, plural, one {# contact has} other {# contacts have}} this name: give the phone number.',
  },
  'member.nameMismatch': {
    id: 'import.error.memberNameMismatch',
    defaultMessage: 'this number is {name}’s, not this name’s. Check the number.',
  },
  'group.full': {
    id: 'import.error.groupFull',
    defaultMessage: 'the group would have more than {max, plural, one {# member} other {# members}}.',
  },
  'scan.notSubscriber': {
    id: 'import.error.scanNotSubscriber',
    defaultMessage: 'this is an external contact; only subscribers have scan lists.',
  },
  'scan.notMember': {
    id: 'import.error.scanNotMember',
    defaultMessage: 'the subscriber is not a member of “{group}”; a scan list holds only the subscriber’s own groups.',
  },
  'scan.tooMany': {
    id: 'import.error.scanTooMany',
    defaultMessage: 'the scan list would hold more than {max, plural, one {# group} other {# groups}}.',
  },
  'priority.invalid': {
    id: 'import.error.priorityInvalid',
    defaultMessage: 'the priority must be Priority 1, Priority 2, Priority 3 or Normal (or blank).',
  },
  'scanning.invalid': {
    id: 'import.error.scanningInvalid',
    defaultMessage: 'scanning must be On or Off (or blank to leave it as it is).',
  },
  'removal.withheld': {
    id: 'import.error.removalWithheld',
    defaultMessage:
      'not in the file, but kept for now: rows of this list are in error (the first is row {line, number}). Fix them and import again.',
  },
});
