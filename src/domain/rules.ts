/** The product's rules, shared by the app and the mock back-end (one piece of code). */
import { graphemes, showsNothing, textProblem, MAX_CODE_UNITS_PER_CHARACTER, type TextProblem } from './name-text';

export const NAME_MAX = 30;
export const GROUP_MAX_MEMBERS = 250;
/** The member count from which the group screens warn that the limit is near. */
export const GROUP_MEMBERS_WARN_AT = 225;
export const SCAN_LIST_MAX = 16;

/**
 * The most code units a name the rules accept can take (30 characters of at most 16 each):
 * the wire bound of every name field, so a megabyte never reaches a rule.
 */
export const NAME_MAX_CODE_UNITS = NAME_MAX * MAX_CODE_UNITS_PER_CHARACTER;

/** Characters as a person counts them: an accented letter or an emoji is one. */
export function countCharacters(text: string): number {
  let count = 0;
  for (const _ of graphemes(text)) count++;
  return count;
}

/** Lower-case, accents removed, spaces folded: what "the same name" means. */
export function foldName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();
}

export type NameError = 'name.required' | 'name.blank' | 'name.tooLong' | TextProblem;

/**
 * NFC, and every run of white space (a tab, a line break, a no-break space) one space, none
 * at the ends. Not `trim()`: it would drop a byte-order mark, which the rules refuse.
 */
export function normalizeName(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\p{White_Space}+/gu, ' ')
    .replace(/^ | $/g, '');
}

/**
 * Checks a name as typed; returns the error code or null. The one entry point for a name's
 * rules (forms, `applyIntent`, imports): empty; shows nothing once the invisible characters
 * are taken out; a character a reader could not see as typed (name-text.ts); over 30 characters.
 */
export function nameError(raw: string): NameError | null {
  const name = normalizeName(raw);
  if (name.length === 0) return 'name.required';
  if (showsNothing(name)) return 'name.blank';
  const problem = textProblem(name);
  if (problem) return problem;
  // A string of NAME_MAX code units or fewer cannot hold more characters: skip the costly count.
  // Nor can one past NAME_MAX_CODE_UNITS hold fewer (no character is longer, textProblem): the
  // count of a long one takes seconds (an imported cell of 200,000 letters).
  if (name.length > NAME_MAX_CODE_UNITS) return 'name.tooLong';
  if (name.length > NAME_MAX && countCharacters(name) > NAME_MAX) return 'name.tooLong';
  return null;
}

export type PhoneError = 'phone.required' | 'phone.invalid' | 'phone.areaCode' | 'phone.exchange';

/**
 * Reads a North American number the way people type it — `613-555-0142`,
 * `(613) 555-0142`, `+1 613 555 0142` — and returns its 10 digits.
 */
export function parsePhone(raw: string): { ok: true; digits: string } | { ok: false; error: PhoneError } {
  const trimmed = raw.trim();
  if (trimmed === '') return { ok: false, error: 'phone.required' };
  if (!/^\+?[\d\s().-]+$/.test(trimmed)) return { ok: false, error: 'phone.invalid' };
  let digits = trimmed.replace(/\D/g, '');
  if (digits.length === 11 && digits.startsWith('1')) digits = digits.slice(1);
  else if (trimmed.startsWith('+')) return { ok: false, error: 'phone.invalid' };
  if (digits.length !== 10) return { ok: false, error: 'phone.invalid' };
  if (!/^[2-9]/.test(digits)) return { ok: false, error: 'phone.areaCode' };
  if (!/^[2-9]/.test(digits.slice(3))) return { ok: false, error: 'phone.exchange' };
  return { ok: true, digits };
}

/** fr-CA writes `613 555-0142`; en-CA writes `(613) 555-0142`. */
export function formatPhone(digits: string, locale: string): string {
  if (!/^\d{10}$/.test(digits)) return digits;
  const area = digits.slice(0, 3);
  const exchange = digits.slice(3, 6);
  const line = digits.slice(6);
  return locale.startsWith('fr') ? `${area} ${exchange}-${line}` : `(${area}) ${exchange}-${line}`;
}

export function contactSortKey(name: string, id: string): string {
  return `${foldName(name)}\u0000${id}`;
}
