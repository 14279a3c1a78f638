/**
 * Finding contacts as fast as the user types, over up to 50,000 rows already sorted by name,
 * by the rule of src/lib/contact-search.ts (which a test holds this index to). The index is
 * built once per data change; a query that extends the previous one (the user typed one more
 * character) only re-checks the previous matches instead of the whole list.
 */
import type { Contact, ContactKind } from '../../domain/model';
import { isEmptyQuery, matchesContact, parseContactQuery, type ContactQuery } from '../../lib/contact-search';

export type KindFilter = 'all' | ContactKind;

/**
 * Strings joined with a separator none of them contains, so one native `indexOf` scan finds every
 * string that contains a word — several times faster than testing 50,000 strings one by one.
 */
class JoinedStrings {
  private readonly joined: string;
  /** Where each string starts in `joined`, plus the end. */
  private readonly starts: Int32Array;
  /**
   * The strings containing each single character, once asked: every search starts with one
   * character, there are few of them, and it is the slowest scan (the most strings match).
   */
  private readonly byCharacter = new Map<string, readonly number[]>();

  constructor(strings: readonly string[]) {
    // One flat string (a template literal around the join would make a rope, flattened on first use).
    this.joined = [...strings, ''].join('\n');
    this.starts = new Int32Array(strings.length + 1);
    let offset = 0;
    strings.forEach((text, index) => {
      this.starts[index] = offset;
      offset += text.length + 1;
    });
    this.starts[strings.length] = offset;
  }

  /** Positions, in order, of the strings that contain `word` (which has no line break). Not to be changed. */
  containing(word: string): readonly number[] {
    if (word.length !== 1) return this.scan(word);
    let found = this.byCharacter.get(word);
    if (!found) this.byCharacter.set(word, (found = this.scan(word)));
    return found;
  }

  private scan(word: string): number[] {
    const found: number[] = [];
    const { joined, starts } = this;
    // Hits come in order, so the string holding each is found by walking forward: O(strings) in all.
    let index = 0;
    for (let at = joined.indexOf(word); at !== -1; at = joined.indexOf(word, starts[index + 1])) {
      while (starts[index + 1]! <= at) index++;
      found.push(index);
    }
    return found;
  }
}

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

/** Above this many previous matches, a fresh scan of the joined strings beats re-checking them one by one. */
const NARROW_AT_MOST = 2_000;

export class ContactSearchIndex {
  /** Folded names, in the order of `contacts` (folding turns any whitespace into one space). */
  private readonly names: string[];
  /** The 10 digits, in the same order (an array of strings, so a name-only check never touches a contact). */
  private readonly phones: string[];
  private readonly joinedNames: JoinedStrings;
  /** "1" + the 10 digits, so "+1 613…" matches as well as "613…". */
  private readonly joinedPhones: JoinedStrings;
  private readonly byKind = new Map<KindFilter, readonly number[]>();
  private previous: { query: string; numberLike: boolean; kind: KindFilter; matches: readonly number[] } | null = null;

  constructor(readonly contacts: readonly Contact[]) {
    // The sort key is already the folded name (see contactSortKey): no need to fold 50,000 names again.
    this.names = contacts.map((contact) => contact.sortKey.slice(0, contact.sortKey.indexOf('\u0000')));
    this.phones = contacts.map((contact) => contact.phone);
    this.joinedNames = new JoinedStrings(this.names);
    this.joinedPhones = new JoinedStrings(this.phones.map((phone) => `1${phone}`));
  }

  /** Positions in `contacts` (so still in name order) of the contacts of that kind that match the query. */
  search(query: string, kind: KindFilter): readonly number[] {
    const parsed = parseContactQuery(query);
    if (isEmptyQuery(parsed)) return this.allOfKind(kind);
    // Typing one more character can only narrow the matches (every test of the rule is a substring
    // test), so a few previous matches are re-checked; many are slower to re-check than a fresh
    // native scan. A number that gets a letter changes rule: its words may then match the number.
    const previous = this.previous;
    const numberLike = parsed.number !== null;
    const matches =
      previous &&
      previous.kind === kind &&
      previous.numberLike === numberLike &&
      query.startsWith(previous.query) &&
      previous.matches.length <= NARROW_AT_MOST
        ? this.narrow(previous.matches, parsed)
        : this.scan(parsed, kind);
    this.previous = { query, numberLike, kind, matches };
    return matches;
  }

  /** Every contact, through the joined strings: the rarest-looking (longest) word first, then the others. */
  private scan(parsed: ContactQuery, kind: KindFilter): readonly number[] {
    const { words, wordNumbers, number } = parsed;
    // Punctuation alone ("(", "+") starts a number: every number contains no digits yet.
    if (number?.digits === '') return this.allOfKind(kind);
    let longest = 0;
    for (let index = 1; index < words.length; index++)
      if (words[index]!.length > words[longest]!.length) longest = index;
    const first = words[longest];
    const firstNumber = wordNumbers[longest];
    let byWords = first === undefined ? [] : this.joinedNames.containing(first);
    if (firstNumber) byWords = union(byWords, this.joinedPhones.containing(firstNumber.digits));
    if (words.length > 1) byWords = this.narrow(byWords, parsed);
    const all = number !== null ? union(byWords, this.joinedPhones.containing(number.digits)) : byWords;
    return kind === 'all' ? all : all.filter((index) => this.contacts[index]!.kind === kind);
  }

  private narrow(candidates: readonly number[], parsed: ContactQuery): number[] {
    const matches: number[] = [];
    // A plain loop: this runs on every keystroke, and closures per candidate cost time and garbage.
    for (const index of candidates) {
      const name = this.names[index]!;
      if (matchesContact(parsed, name, name.length, this.phones[index]!)) matches.push(index);
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
