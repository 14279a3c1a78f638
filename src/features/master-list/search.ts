/**
 * Finding contacts as fast as the user types, over up to 200,000 rows already sorted by name,
 * by the rule of src/lib/contact-search.ts (which a test holds this index to). One index per
 * list of contacts, made at no cost and prepared while the page is idle (issue 22: opening the
 * list does not grow with the tenant). A word starts from the names holding its rarest pair of
 * characters (bigrams.ts); a query that extends the previous one (the user typed one more
 * character) only re-checks the previous matches when they are fewer.
 */
import type { Contact, ContactKind } from '../../domain/model';
import { isEmptyQuery, matchesContact, parseContactQuery, type ContactQuery } from '../../lib/contact-search';
import { Bigrams } from './bigrams';
import { runNow } from './idle-steps';
import { JoinedStrings } from './joined-strings';

export type KindFilter = 'all' | ContactKind;

/** Both lists sorted ascending; their union, sorted, without repeats. */
function union(a: readonly number[], b: readonly number[]): readonly number[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const merged: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const next = j >= b.length || (i < a.length && a[i]! <= b[j]!) ? a[i++]! : b[j++]!;
    if (merged.at(-1) !== next) merged.push(next);
  }
  return merged;
}

function longestWord(words: readonly string[]): number {
  let longest = 0;
  for (let index = 1; index < words.length; index++) if (words[index]!.length > words[longest]!.length) longest = index;
  return longest;
}

/** Names handled per step of `prepare`. */
const STEP = 2_000;

export class ContactSearchIndex {
  /** Folded names, in the order of `contacts` (folding turns any whitespace into one space); made on first need. */
  private namesMade: string[] | null = null;
  /** The 10 digits, in the same order (so a name-only check never touches a contact). */
  private phonesMade: string[] | null = null;
  /** "1" + the 10 digits, so "+1 613…" matches as well as "613…". */
  private joinedPhonesMade: JoinedStrings | null = null;
  private readonly bigrams = new Bigrams();
  /** The names containing each single character, once asked: every search starts with one. */
  private readonly byCharacter = new Map<string, readonly number[]>();
  private readonly byKind = new Map<KindFilter, readonly number[]>();
  private previous: { query: string; numberLike: boolean; kind: KindFilter; matches: readonly number[] } | null = null;
  private preparation: Generator<void, void, void> | null = null;

  /** Makes nothing: the list shows its rows at once, and `prepare` does the rest when the page is idle. */
  constructor(readonly contacts: readonly Contact[]) {}

  /**
   * The work that makes every search fast, a few milliseconds per step: the names, which names
   * hold each pair of characters, the numbers. The same steps whoever asks, and once; a search
   * made before they are done still finds the same contacts, only more slowly.
   */
  prepare(): Iterator<void, void, void> {
    return (this.preparation ??= this.steps());
  }

  private *steps(): Generator<void, void, void> {
    if (!this.namesMade) this.namesMade = yield* this.inSteps(nameOf);
    yield* this.bigrams.build(this.names);
    if (!this.phonesMade) this.phonesMade = yield* this.inSteps((contact) => contact.phone);
    if (!this.joinedPhonesMade) this.joinedPhonesMade = yield* this.joinPhones();
  }

  private joinPhones(): Generator<void, JoinedStrings, void> {
    return JoinedStrings.build(this.phones, '1', STEP);
  }

  /** One string per contact, a step at a time. */
  private *inSteps(read: (contact: Contact) => string): Generator<void, string[], void> {
    const made: string[] = new Array<string>(this.contacts.length);
    for (let from = 0; from < made.length; from += STEP) {
      for (let index = from; index < Math.min(from + STEP, made.length); index++)
        made[index] = read(this.contacts[index]!);
      yield;
    }
    return made;
  }

  private get names(): string[] {
    return (this.namesMade ??= this.contacts.map(nameOf));
  }

  private get phones(): string[] {
    return (this.phonesMade ??= this.contacts.map((contact) => contact.phone));
  }

  private get joinedPhones(): JoinedStrings {
    return (this.joinedPhonesMade ??= runNow(this.joinPhones()));
  }

  /** Positions in `contacts` (so still in name order) of the contacts of that kind that match the query. */
  search(query: string, kind: KindFilter): readonly number[] {
    const parsed = parseContactQuery(query);
    if (isEmptyQuery(parsed)) return this.allOfKind(kind);
    // Typing one more character can only narrow the matches (every test of the rule is a substring
    // test), so the previous matches are re-checked when they are fewer than a fresh search would
    // check. A number that gets a letter changes rule: its words may then match the number.
    const previous = this.previous;
    const numberLike = parsed.number !== null;
    const matches =
      previous &&
      previous.kind === kind &&
      previous.numberLike === numberLike &&
      query.startsWith(previous.query) &&
      previous.matches.length <= this.freshCost(parsed)
        ? this.narrow(previous.matches, parsed)
        : this.scan(parsed, kind);
    this.previous = { query, numberLike, kind, matches };
    return matches;
  }

  /** About how many names a fresh search would check. */
  private freshCost({ words, number }: ContactQuery): number {
    const word = words[longestWord(words)];
    if (number !== null || word === undefined) return this.contacts.length;
    return (this.bigrams.candidates(word) ?? this.byCharacter.get(word[0]!) ?? this.contacts).length;
  }

  /** The longest word's candidates (the rarest-looking), then the other words; numbers through the joined digits. */
  private scan(parsed: ContactQuery, kind: KindFilter): readonly number[] {
    const { words, wordNumbers, number } = parsed;
    // Punctuation alone ("(", "+") starts a number: every number contains no digits yet.
    if (number?.digits === '') return this.allOfKind(kind);
    const longest = longestWord(words);
    const first = words[longest];
    const firstNumber = wordNumbers[longest];
    let byWords = first === undefined ? [] : this.containing(first);
    if (firstNumber) byWords = union(byWords, this.joinedPhones.containing(firstNumber.digits));
    if (words.length > 1) byWords = this.narrow(byWords, parsed);
    const all = number !== null ? union(byWords, this.joinedPhones.containing(number.digits)) : byWords;
    return kind === 'all' ? all : all.filter((index) => this.contacts[index]!.kind === kind);
  }

  /** Positions, in order, of the names that contain `word`. Not to be changed. */
  private containing(word: string): readonly number[] {
    const names = this.names;
    if (word.length === 1) {
      const cached = this.byCharacter.get(word);
      if (cached) return cached;
      const found: number[] = [];
      for (let index = 0; index < names.length; index++) if (names[index]!.includes(word)) found.push(index);
      this.byCharacter.set(word, found);
      return found;
    }
    const rarest = this.bigrams.candidates(word);
    // Both characters of a pair are the whole word: its names are the answer.
    if (word.length === 2 && rarest) return copy(rarest);
    const candidates = rarest ? this.bigrams.narrow(rarest, word) : this.containing(word[0]!);
    const found: number[] = [];
    for (let at = 0; at < candidates.length; at++) {
      const index = candidates[at]!;
      if (names[index]!.includes(word)) found.push(index);
    }
    return found;
  }

  private narrow(candidates: readonly number[], parsed: ContactQuery): number[] {
    const { names, phones } = this;
    // Only the names holding each word's pairs are read (a word that is a number may be in the number instead).
    let checked: ArrayLike<number> = candidates;
    if (parsed.number === null) {
      parsed.words.forEach((word, at) => {
        if (!parsed.wordNumbers[at]) checked = this.bigrams.narrow(checked, word);
      });
    }
    const matches: number[] = [];
    const [word, ...others] = parsed.words;
    if (word !== undefined && others.length === 0 && parsed.number === null && !parsed.wordNumbers[0]) {
      // One word, to be found in the name: the rule comes down to this (the usual keystroke).
      for (let at = 0; at < checked.length; at++) if (names[checked[at]!]!.includes(word)) matches.push(checked[at]!);
      return matches;
    }
    // A plain loop: this runs on every keystroke, and closures per candidate cost time and garbage.
    for (let at = 0; at < checked.length; at++) {
      const index = checked[at]!;
      const name = names[index]!;
      if (matchesContact(parsed, name, name.length, phones[index]!)) matches.push(index);
    }
    return matches;
  }

  private allOfKind(kind: KindFilter): readonly number[] {
    const cached = this.byKind.get(kind);
    if (cached) return cached;
    const all: number[] = [];
    for (let index = 0; index < this.contacts.length; index++) {
      if (kind === 'all' || this.contacts[index]!.kind === kind) all.push(index);
    }
    this.byKind.set(kind, all);
    return all;
  }
}

/** A pair's names as a plain array (what the searches return), copied in a plain loop: `Array.from` iterates. */
function copy(list: Int32Array): number[] {
  const copied = new Array<number>(list.length);
  for (let index = 0; index < list.length; index++) copied[index] = list[index]!;
  return copied;
}

/** The sort key is already the folded name (see contactSortKey): no need to fold every name again. */
const nameOf = (contact: Contact): string => contact.sortKey.slice(0, contact.sortKey.indexOf('\u0000'));

const indexes = new WeakMap<readonly Contact[], ContactSearchIndex>();

/**
 * The index of this list of contacts, made once per list: opening the master list again (the
 * contacts stay in memory) finds it made and prepared, at any size of tenant.
 */
export function searchIndexOf(contacts: readonly Contact[]): ContactSearchIndex {
  let index = indexes.get(contacts);
  if (!index) indexes.set(contacts, (index = new ContactSearchIndex(contacts)));
  return index;
}
