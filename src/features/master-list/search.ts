/**
 * Finding contacts as fast as the user types, over up to 50,000 rows already sorted by name.
 * The index is built once per data change; a query that extends the previous one (the user
 * typed one more character) only re-checks the previous matches instead of the whole list.
 */
import type { Contact, ContactKind } from '../../domain/model';
import { foldName } from '../../domain/rules';

export type KindFilter = 'all' | ContactKind;

interface ParsedQuery {
  /** Folded words that must all appear in the folded name, in any order. */
  words: string[];
  /** The digits to look for in the number, when the query reads as (part of) a phone number. */
  digits: string | null;
}

const PHONE_LIKE = /^[\d\s().+-]+$/;

function parseQuery(raw: string): ParsedQuery {
  const trimmed = raw.trim();
  return {
    words: foldName(trimmed).split(' ').filter(Boolean),
    digits: PHONE_LIKE.test(trimmed) ? trimmed.replace(/\D/g, '') : null,
  };
}

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
  /** "1" + the 10 digits, so "+1 613…" matches as well as "613…". */
  private readonly phones: string[];
  private readonly joinedNames: JoinedStrings;
  private readonly joinedPhones: JoinedStrings;
  private readonly byKind = new Map<KindFilter, readonly number[]>();
  private previous: { query: string; kind: KindFilter; matches: readonly number[] } | null = null;

  constructor(readonly contacts: readonly Contact[]) {
    // The sort key is already the folded name (see contactSortKey): no need to fold 50,000 names again.
    this.names = contacts.map((contact) => contact.sortKey.slice(0, contact.sortKey.indexOf('\u0000')));
    this.phones = contacts.map((contact) => `1${contact.phone}`);
    this.joinedNames = new JoinedStrings(this.names);
    this.joinedPhones = new JoinedStrings(this.phones);
  }

  /** Positions in `contacts` (so still in name order) of the contacts of that kind that match the query. */
  search(query: string, kind: KindFilter): readonly number[] {
    const parsed = parseQuery(query);
    if (parsed.words.length === 0 && !parsed.digits) return this.allOfKind(kind);
    // Typing one more character can only narrow the matches (every rule below is a substring test),
    // so a few previous matches are re-checked; many are slower to re-check than a fresh native scan.
    const previous = this.previous;
    const matches =
      previous &&
      previous.kind === kind &&
      query.startsWith(previous.query) &&
      previous.matches.length <= NARROW_AT_MOST
        ? this.narrow(previous.matches, parsed)
        : this.scan(parsed, kind);
    this.previous = { query, kind, matches };
    return matches;
  }

  /** Every contact, through the joined strings: the rarest-looking (longest) word first, then the others. */
  private scan(parsed: ParsedQuery, kind: KindFilter): readonly number[] {
    // Punctuation alone ("(", "+") starts a number: every number contains no digits yet.
    if (parsed.digits === '') return this.allOfKind(kind);
    const [first, ...others] = [...parsed.words].sort((a, b) => b.length - a.length);
    const byName = first === undefined ? [] : this.joinedNames.containing(first);
    const byWords = others.length === 0 ? byName : this.narrow(byName, { words: others, digits: null });
    const byPhone = parsed.digits !== null ? this.joinedPhones.containing(parsed.digits) : [];
    const all = union(byWords, byPhone);
    return kind === 'all' ? all : all.filter((index) => this.contacts[index]!.kind === kind);
  }

  private narrow(candidates: readonly number[], { words, digits }: ParsedQuery): number[] {
    const matches: number[] = [];
    // Plain loops: this runs on every keystroke, and closures per candidate cost time and garbage.
    for (const index of candidates) {
      if (digits !== null && this.phones[index]!.includes(digits)) {
        matches.push(index);
        continue;
      }
      const name = this.names[index]!;
      let all = words.length > 0;
      for (let word = 0; all && word < words.length; word++) all = name.includes(words[word]!);
      if (all) matches.push(index);
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
