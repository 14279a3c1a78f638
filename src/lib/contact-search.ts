/**
 * The one rule for finding contacts by what the user typed, shared by the master list's search
 * (which speeds it up with an index: src/features/master-list/search.ts) and the member picker
 * and member filter of sub-lists and groups. The rule is written down in docs/architecture.md:
 *
 * - every word must appear in the name, ignoring case and accents, in any order;
 * - in a query that also has letters, a word made only of digits may appear in the number instead
 *   (`ryan 0142`);
 * - a query made only of digits and phone punctuation (`613 555-01`, `+1 613`) also matches when
 *   all its digits, together, appear in the number written with its country code (1 613 555 0142).
 *   Punctuation alone (`(`, `+`) is a number being started: it matches every contact.
 */
import type { Contact } from '../domain/model';
import { foldName } from '../domain/rules';

/** Digits to find in a number written with its country code: 1 + the 10 digits. */
export interface NumberPart {
  digits: string;
  /** `digits` without its leading 1, when it has one: what the 10 digits must then start with. */
  afterCountryCode: string | null;
}

export interface ContactQuery {
  /** Folded words, each to be found in the folded name. */
  words: readonly string[];
  /** Per word: the number part it may be found as instead (digits only, in a query that is not a number). */
  wordNumbers: readonly (NumberPart | null)[];
  /** A number-like query's digits, to find together in the number; null for any other query. */
  number: NumberPart | null;
}

const NUMBER_LIKE = /^[\d\s().+-]+$/;
const DIGITS = /^\d+$/;

function numberPart(digits: string): NumberPart {
  return { digits, afterCountryCode: digits.startsWith('1') ? digits.slice(1) : null };
}

export function parseContactQuery(raw: string): ContactQuery {
  const trimmed = raw.trim();
  const words = foldName(trimmed).split(' ').filter(Boolean);
  const number = NUMBER_LIKE.test(trimmed) ? numberPart(trimmed.replace(/\D/g, '')) : null;
  return {
    words,
    wordNumbers: words.map((word) => (number === null && DIGITS.test(word) ? numberPart(word) : null)),
    number,
  };
}

/** True when the query asks for nothing: every contact matches. */
export function isEmptyQuery(query: ContactQuery): boolean {
  return query.words.length === 0 && !query.number?.digits;
}

/** Whether `1` + the 10 digits of `phone` contains the part's digits. */
export function numberContains(phone: string, { digits, afterCountryCode }: NumberPart): boolean {
  return phone.includes(digits) || (afterCountryCode !== null && phone.startsWith(afterCountryCode));
}

/**
 * Whether a contact matches. `folded` holds the folded name in its first `nameEnd` characters (a
 * `sortKey` works as is, so no string is made per contact); `phone` is the 10 digits.
 * Plain loops: this runs per contact on every keystroke.
 */
export function matchesContact(query: ContactQuery, folded: string, nameEnd: number, phone: string): boolean {
  const { words, wordNumbers, number } = query;
  if (number !== null && numberContains(phone, number)) return true;
  if (words.length === 0) return false;
  for (let index = 0; index < words.length; index++) {
    const word = words[index]!;
    const at = folded.indexOf(word);
    // The first occurrence is in the name whenever the name holds the word.
    if (at !== -1 && at + word.length <= nameEnd) continue;
    const inNumber = wordNumbers[index];
    if (!inNumber || !numberContains(phone, inNumber)) return false;
  }
  return true;
}

/** The contacts that match what the user typed, in their order; all of them for an empty query. */
export function filterContacts(contacts: readonly Contact[], raw: string): readonly Contact[] {
  const query = parseContactQuery(raw);
  if (isEmptyQuery(query)) return contacts;
  return contacts.filter((contact) =>
    matchesContact(query, contact.sortKey, foldedNameEnd(contact.sortKey), contact.phone),
  );
}

/** Where the folded name ends in a `sortKey` (see `contactSortKey`). */
export function foldedNameEnd(sortKey: string): number {
  const end = sortKey.indexOf('\u0000');
  return end < 0 ? sortKey.length : end;
}
