/**
 * Hostile names: every way issue 17 found to slip a name past the rules, and more. Each is
 * fed through the domain rules (src/domain/name-rules.test.ts), the server core over HTTP
 * (server/core/hostile-names.test.ts) and the forms in the browser
 * (tests/browser/hostile-names.test.ts): each must be refused with its reason, and nothing
 * written anywhere. Entries marked `lookAlike` are refused because the list
 * `EXISTING_LIST_NAME` exists: create it first.
 */
import type { RejectionReason } from '../src/domain/outcomes';

export const EXISTING_LIST_NAME = 'Transport Gaspésie';

export interface HostileName {
  label: string;
  name: string;
  /** Why the rules refuse it (and the server's outcome reason). */
  reason: RejectionReason;
  /** Refused only because a list named `EXISTING_LIST_NAME` exists. */
  lookAlike?: true;
  /** Longer than any name the rules could accept: the server refuses the intent's shape (`invalid`) first. */
  overWireBound?: true;
}

const E = EXISTING_LIST_NAME;

/** Look-alikes of the existing list's name, as `[label, name, reason]`: refused only because that list exists. */
function lookAlikes(entries: readonly (readonly [string, string, RejectionReason])[]): HostileName[] {
  return entries.map(([label, name, reason]) => ({ label, name, reason, lookAlike: true }));
}

export const HOSTILE_NAMES: readonly HostileName[] = [
  // Size: what a person sees is not what the server stores.
  {
    label: "'a' + 1,000,000 combining accents",
    name: `a${'\u0301'.repeat(1_000_000)}`,
    reason: 'name.tooManyMarks',
    overWireBound: true,
  },
  { label: "'a' + 20 combining accents", name: `Nord a${'\u0301'.repeat(20)}`, reason: 'name.tooManyMarks' },
  {
    label: 'a letter with 5 different marks',
    name: 'Nord q\u0301\u0300\u0302\u0308\u0323',
    reason: 'name.tooManyMarks',
  },
  {
    label: 'zalgo text',
    name: 'N\u0337\u0322\u031b\u0353\u0330o\u0335\u0353\u034c\u0331\u0313r\u0334\u0330\u035d\u0322\u0353',
    reason: 'name.tooManyMarks',
  },
  { label: '31 characters', name: 'Équipe de nuit du secteur ouest', reason: 'name.tooLong' },
  { label: '31 emoji', name: '🚒'.repeat(31), reason: 'name.tooLong' },
  {
    label: 'one emoji of 40 joined pictographs',
    name: `Nord ${Array(40).fill('👷').join('\u200D')}`,
    reason: 'name.tooManyMarks',
  },
  // Blank once the invisible is gone.
  { label: 'nothing', name: '', reason: 'name.required' },
  { label: 'tabs, line breaks and spaces', name: '\t\n  \r\n', reason: 'name.required' },
  { label: 'only zero-width spaces', name: '\u200B\u200B\u200B', reason: 'name.blank' },
  { label: 'only joiners', name: '\u200C\u200D\u2060', reason: 'name.blank' },
  { label: 'only a byte-order mark', name: '\uFEFF', reason: 'name.blank' },
  { label: 'only Hangul fillers', name: '\u3164\u3164', reason: 'name.blank' },
  { label: 'only Braille blanks', name: '\u2800\u2800\u2800', reason: 'name.blank' },
  { label: 'spaces around a zero-width space', name: '   \u200B   ', reason: 'name.blank' },
  // Control characters.
  { label: 'NUL', name: 'Nord\u0000', reason: 'name.control' },
  { label: 'BEL', name: 'Nord\u0007Sud', reason: 'name.control' },
  { label: 'an ANSI colour escape', name: '\u001B[31mNord\u001B[0m', reason: 'name.control' },
  { label: 'backspace', name: 'Nord\u0008\u0008Sud', reason: 'name.control' },
  { label: 'DEL', name: 'Nord\u007F', reason: 'name.control' },
  { label: 'a C1 control (CSI)', name: 'Nord\u009B2J', reason: 'name.control' },
  // Bidirectional controls: what a reader sees is not what is stored.
  { label: 'right-to-left override U+202E', name: 'Nord\u202Efdp.exe', reason: 'name.bidi' },
  { label: 'left-to-right override U+202D', name: '\u202DNord', reason: 'name.bidi' },
  { label: 'right-to-left embedding U+202B', name: 'Nord\u202BSud\u202C', reason: 'name.bidi' },
  { label: 'right-to-left isolate U+2067', name: 'Nord\u2067Sud\u2069', reason: 'name.bidi' },
  { label: 'first-strong isolate U+2068', name: '\u2068Nord', reason: 'name.bidi' },
  { label: 'left-to-right mark', name: 'Nord\u200E', reason: 'name.bidi' },
  { label: 'right-to-left mark', name: '\u200FNord', reason: 'name.bidi' },
  { label: 'Arabic letter mark', name: 'Nord\u061C', reason: 'name.bidi' },
  // Invisible characters inside a name.
  { label: 'a zero-width space inside', name: 'No\u200Brd', reason: 'name.invisible' },
  { label: 'a soft hyphen', name: 'No\u00ADrd', reason: 'name.invisible' },
  { label: 'a word joiner', name: 'Nord\u2060Sud', reason: 'name.invisible' },
  { label: 'a byte-order mark inside', name: 'No\uFEFFrd', reason: 'name.invisible' },
  { label: 'a zero-width non-joiner between Latin letters', name: 'No\u200Crd', reason: 'name.invisible' },
  { label: 'a zero-width joiner between letters', name: 'a\u200Db Nord', reason: 'name.invisible' },
  { label: 'a zero-width joiner after an emoji', name: 'Nord 👍\u200D', reason: 'name.invisible' },
  { label: 'a variation selector on a letter', name: 'Nord\uFE0F', reason: 'name.invisible' },
  { label: 'tag characters (hidden text)', name: 'Nord\u{E0068}\u{E0069}', reason: 'name.invisible' },
  { label: 'a Mongolian vowel separator', name: 'Nord\u180ESud', reason: 'name.invisible' },
  { label: 'an interlinear annotation', name: 'Nord\uFFF9Sud\uFFFB', reason: 'name.invisible' },
  { label: 'a combining grapheme joiner', name: 'No\u034Frd', reason: 'name.invisible' },
  { label: 'a Hangul filler inside', name: 'Nord\u3164Sud', reason: 'name.invisible' },
  // Broken or private text.
  { label: 'a lone high surrogate', name: '\uD800Nord', reason: 'name.unreadable' },
  { label: 'a lone low surrogate', name: 'Nord\uDC00', reason: 'name.unreadable' },
  { label: 'a private-use character', name: 'Nord\uE000', reason: 'name.unreadable' },
  { label: 'a noncharacter', name: 'Nord\uFFFF', reason: 'name.unreadable' },
  ...lookAlikes([
    ['the existing name + a zero-width space', `${E}\u200B`, 'name.invisible'],
    ['the existing name with a soft hyphen', 'Trans\u00ADport Gaspésie', 'name.invisible'],
    ['a Cyrillic а', 'Tr\u0430nsport Gaspésie', 'name.tooSimilar'],
    ['a Cyrillic Т', '\u0422ransport Gaspésie', 'name.tooSimilar'],
    ['a Greek ο', 'Transp\u03BFrt Gaspésie', 'name.tooSimilar'],
    ['a full-width first letter', '\uFF34ransport Gaspésie', 'name.tooSimilar'],
    ['a mathematical bold first letter', '\u{1D413}ransport Gaspésie', 'name.tooSimilar'],
    ['a dotless ı', 'Transport Gaspés\u0131e', 'name.tooSimilar'],
    ['a Cherokee Ꭲ', '\u13A2ransport Gaspésie', 'name.tooSimilar'],
    ['capitals, no accents', 'TRANSPORT GASPESIE', 'name.taken'],
    ['decomposed accents', 'Transport Gaspe\u0301sie', 'name.taken'],
    ['a no-break space and a double space', 'Transport\u00A0 Gaspésie', 'name.taken'],
  ]),
];

/** Names the rules accept, which a rule too eager would refuse (emoji sequences keep their joiners). */
export const FRIENDLY_NAMES: readonly string[] = [
  'Équipe 👷🏽‍♀️',
  'Pompiers 👩‍🚒',
  'Santé ❤️',
  'Ligne 1️⃣',
  'Écosse 🏴󠁧󠁢󠁳󠁣󠁴󠁿',
  'Québec 🇨🇦',
  'Nguyễn Thị Minh Khai',
  'हिन्दी टीम',
  'ไทย ทีม',
  'Ἀθῆναι',
  'Zoë & Chloé',
];
