/**
 * The arguments every message is rendered with in i18n/sentences.txt. Each plural takes 0, 1, 2
 * and 50,000 by itself (sentences.ts); this file gives every other argument values a screen
 * really shows: people's names of both genders, a list's name, each branch of each select, the
 * other message the UI puts in a placeholder. A message whose argument has no value here fails
 * the sentences test, which names the argument to add.
 */
import { ACTIVITY_KINDS } from '../src/domain/activity';
import { intentSchemas } from '../src/domain/intent-schemas';
import type { IntentName } from '../src/domain/intents';
import { GROUP_MAX_MEMBERS, NAME_MAX, SCAN_LIST_MAX, formatPhone } from '../src/domain/rules';
import { editKey } from '../src/features/demo/messages';
import en from './en.json';

/** What a sample needs to render a placeholder as the UI does: in the sentence's language. */
export interface SampleContext {
  locale: string;
  message(id: string, values?: Record<string, string | number>): string;
}

export type Sample = string | number | Date | ((context: SampleContext) => string);

/**
 * The counts every plural is read at: none, one, two (the first "other" in both languages) and a
 * large tenant. A plural's samples below add the counts its screen really shows (250 members).
 */
export const PLURAL_COUNTS: readonly number[] = [0, 1, 2, 50_000];

// Both genders: a French sentence that agrees with a person ("Julie Roy sera retirée") reads wrong with one of them.
// Wherever a person's name is a sample, both of a pair are (sentences.test.ts checks it); a second
// pair names the subscriber an administrator acts on, so no line has Julie Roy acting on herself.
export const people: readonly string[] = ['Julie Roy', 'Marc Roy'];
export const subscribers: readonly string[] = ['Sophie Gagnon', 'Luc Gagnon'];
// A list's name is quoted, never agreed with; two genders of noun all the same.
const listNames = ['Équipe de nuit', 'Chantier Nord'];
const phone = (digits: string) => (context: SampleContext) => formatPhone(digits, context.locale);
const message = (id: string, values?: Record<string, string | number>) => (context: SampleContext) =>
  context.message(id, values);
// Contacts named in a list ("Julie Roy and Marc Roy"), as the Sync issues page joins them; `memberNames` pairs each with its count.
const listOf = (names: readonly string[]) => (context: SampleContext) =>
  new Intl.ListFormat(context.locale, { type: 'conjunction' }).format(names);
const memberNames = [listOf(people.slice(0, 1)), listOf(people)];

/** Values by argument name, wherever the argument appears (unless `messageSamples` says otherwise). */
export const argumentSamples: Record<string, readonly Sample[]> = {
  name: people,
  subject: people,
  group: listNames.slice(0, 1),
  // The list a new name looks too much like ("Too similar to …").
  holderName: listNames.slice(0, 1),
  query: ['ryan 0142'],
  tenant: ['Plomberie Gagnon & Fils'],
  phone: [phone('6135550142')],
  // Each select branch: the kinds of row a conflict is about (`intent.name` before its dot) …
  kind: ['group', 'subList', 'externalContact'],
  // … the tables the first download counts, and whether scanning is on.
  table: ['contacts', 'subLists', 'groups'],
  enabled: ['true', 'false'],
  value: [0.25],
  // The activity log: the signed-in user's own edits ("You …") and a colleague's.
  who: ['you', 'colleague'],
  actor: people,
  subscriber: subscribers,
  list: listNames,
  priority: ['p1', 'p2', 'p3', 'normal'],
  messaging: ['enabled', 'none'],
  field: ['name', 'phone', 'memberIds'],
  before: ['Chantier Nord'],
  after: ['Équipe de nuit'],
  loaded: [1_200],
  // Supervisors: who supervises, whether groups were given or taken, and which role reads a page it may not open.
  supervisor: people,
  change: ['add', 'remove'],
  role: ['supervisor', 'administrator'],
  date: [new Date(Date.UTC(2026, 10, 30, 15))],
  total: [50_000],
  // The kind of edit the Demo panel's other administrator just made: every intent, and one it does not know.
  intent: [...(Object.keys(intentSchemas) as IntentName[]).map(editKey), 'aNewIntent'],
  // Every reason the server can give, as the Sync issues page puts it after "cannot be kept".
  // What a list's members and the contacts a create left out are called.
  names: memberNames,
  // A status the server refused a request with, and the words it gave.
  status: [400, 403],
  message: ['Request body too large'],
  reason: Object.keys(en)
    .filter((id) => id.startsWith('syncIssues.reason.'))
    .map((id) => message(id, { holderName: listNames[0] ?? '' })),
};

/** Where a message uses an argument in its own way; the first entry whose ids match and that names the argument wins. */
export const messageSamples: ReadonlyArray<{ ids: RegExp; values: Record<string, readonly Sample[]> }> = [
  { ids: /^memberLists\.remove$/, values: { name: people } },
  // The kinds of change the Activity page filters by (ACTIVITY_KINDS).
  { ids: /^activity\.kind$/, values: { kind: [...ACTIVITY_KINDS] } },
  // A list's entry in the log is about a group or a sub-list, never a contact.
  { ids: /^activity\.list/, values: { kind: ['group', 'subList'] } },
  // The Activity page shows 100 entries at a time.
  { ids: /^activity\.count$/, values: { count: [1, 100] } },
  // The Activity export: an author's role, an entry waiting or recorded, the file downloaded.
  {
    ids: /^activity\.csv\./,
    values: { role: ['administrator', 'supervisor'], waiting: ['yes', 'no'], file: ['activity-2026-11-30.csv'] },
  },
  // The limits the rules set, and counts near them: "238 of 250 members — 12 places left", "30 of 30 characters".
  { ids: /^memberLists\.memberCountOfMax$/, values: { count: [238], left: [12] } },
  { ids: /^memberLists\./, values: { max: [GROUP_MAX_MEMBERS] } },
  { ids: /^subscriber\.scanning\./, values: { max: [SCAN_LIST_MAX] } },
  { ids: /^ui\.name\.counter$/, values: { count: [1, NAME_MAX], max: [NAME_MAX] } },
  { ids: /^ui\.name\.tooLong$/, values: { count: [NAME_MAX + 1], max: [NAME_MAX] } },
  // A rename: the old name, then the new one.
  {
    ids: /^syncIssues\.edit\.(group|subList)Rename$/,
    values: { subject: listNames.slice(0, 1), name: listNames.slice(1) },
  },
  { ids: /^memberLists\.|^syncIssues\.edit\.(group|subList)/, values: { name: listNames, subject: listNames } },
  { ids: /^syncIssues\.conflict\.name$/, values: { mine: ['Équipe Nord'], theirs: ['Équipe Sud'] } },
  { ids: /^syncIssues\.conflict\.phone$/, values: { mine: [phone('6135550142')], theirs: [phone('8195550199')] } },
  {
    ids: /^syncIssues\.conflict\.messaging$/,
    values: { mine: [message('ui.messaging.enabled')], theirs: [message('ui.messaging.none')] },
  },
  {
    ids: /^syncIssues\.conflict\.scanning$/,
    values: {
      mine: [message('syncIssues.scanSummary', { enabled: 'true', count: 3 })],
      theirs: [message('syncIssues.scanSummary', { enabled: 'false', count: 1 })],
    },
  },
  // Import / Export (docs/import-export.md): a file's name, its columns, the row a problem is on.
  {
    ids: /^(import|export)\./,
    values: {
      file: ['contacts-externes.csv'],
      count: [2, 1_200],
      line: [12],
      column: ['Phone number'],
      header: ['Numéro de téléphone'],
      columns: ['Name, Phone number'],
      before: ['Julie Roy'],
      after: ['Julie Roy-Tremblay'],
      done: [500],
      applied: [4_500],
      shown: [200],
      level: [1, 2, 3],
      list: ['group', 'subList'],
      hasName: ['yes', 'no'],
      hasQuery: ['yes', 'no'],
      encoding: ['utf8', 'utf8bom', 'windows1252', 'utf16'],
      delimiter: ['comma', 'semicolon', 'tab'],
    },
  },
  { ids: /^import\.error\.groupFull$/, values: { max: [GROUP_MAX_MEMBERS] } },
  { ids: /^import\.error\.scanTooMany$/, values: { max: [SCAN_LIST_MAX] } },
  { ids: /^import\.problem\.tooManyRows$/, values: { max: [50_000] } },
  { ids: /^import\.problem\.tooLarge$/, values: { megabytes: [21, 1_024], max: [20] } },
  { ids: /^import\.preview\.facts$/, values: { table: [message('bulk.table.externalContacts')] } },
  {
    ids: /^import\.(hint|mode\.)/,
    values: { table: ['externalContacts', 'groupMembers', 'subListMembers', 'scanLists'] },
  },
  { ids: /^export\.onlyShown$/, values: { kind: ['subscriber', 'external', 'all'] } },
  // A form over a live row (src/ui/RemoteChanges.tsx): who changed a field (known from the activity log, or not), when, to what.
  {
    ids: /^ui\.remote\./,
    values: {
      known: ['yes', 'no'],
      name: people,
      when: [
        (context) =>
          new Intl.DateTimeFormat(context.locale, { timeStyle: 'short' }).format(new Date(2026, 10, 30, 16, 12)),
      ],
      field: [message('ui.name.label'), message('subscriber.options.textMultimedia')],
      value: ['Ginette Roy'],
    },
  },
  { ids: /^import\.reading\.step$/, values: { step: ['file', 'data', 'rows', 'preview'], done: [500] } },
];

const namesDisagree = (count: unknown, names: unknown) => names !== memberNames[Number(count) - 1];

/** Combinations a screen never shows, left out of the file so a reviewer reads only real sentences. */
export const neverShown: ReadonlyArray<{ id: string; when: (values: Record<string, unknown>) => boolean }> = [
  // The delete dialog leaves this line out when the contact is in no list.
  { id: 'externalContacts.deleteLists', when: ({ subLists, groups }) => subLists === 0 && groups === 0 },
  // A list of contacts shows as many names as its count says (one, two; no members once), and no create leaves out no one.
  { id: 'syncIssues.members', when: ({ count, names }) => namesDisagree(Math.max(Number(count), 1), names) },
  { id: 'syncIssues.droppedMembers', when: ({ count, names }) => namesDisagree(count, names) },
  // The picker offers to select its results only when there are some.
  { id: 'memberLists.picker.selectAll', when: ({ count }) => count === 0 },
  { id: 'memberLists.picker.unselectAll', when: ({ count }) => count === 0 },
];

/** The values of `argument` in message `id`. */
export function samplesFor(id: string, argument: string): readonly Sample[] | undefined {
  const specific = messageSamples.find((entry) => entry.ids.test(id) && argument in entry.values);
  return specific ? specific.values[argument] : argumentSamples[argument];
}
