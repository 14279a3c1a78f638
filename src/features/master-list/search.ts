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

export class ContactSearchIndex {
  /** Folded names, in the order of `contacts`. */
  private readonly names: string[];
  /** "1" + the 10 digits, so "+1 613…" matches as well as "613…". */
  private readonly phones: string[];
  private readonly byKind = new Map<KindFilter, number[]>();
  private previous: { query: string; kind: KindFilter; matches: number[] } | null = null;

  constructor(readonly contacts: readonly Contact[]) {
    // The sort key is already the folded name (see contactSortKey): no need to fold 50,000 names again.
    this.names = contacts.map((contact) => contact.sortKey.slice(0, contact.sortKey.indexOf('\u0000')));
    this.phones = contacts.map((contact) => `1${contact.phone}`);
  }

  /** Positions in `contacts` (so still in name order) of the contacts of that kind that match the query. */
  search(query: string, kind: KindFilter): number[] {
    const parsed = parseQuery(query);
    if (parsed.words.length === 0 && !parsed.digits) return this.allOfKind(kind);
    // Typing one more character can only narrow the matches (every rule below is a substring test).
    const previous = this.previous;
    const candidates =
      previous && previous.kind === kind && query.startsWith(previous.query) ? previous.matches : this.allOfKind(kind);
    const matches = candidates.filter((index) => this.matches(index, parsed));
    this.previous = { query, kind, matches };
    return matches;
  }

  private matches(index: number, { words, digits }: ParsedQuery): boolean {
    if (digits !== null && this.phones[index]!.includes(digits)) return true;
    const name = this.names[index]!;
    return words.length > 0 && words.every((word) => name.includes(word));
  }

  private allOfKind(kind: KindFilter): number[] {
    let all = this.byKind.get(kind);
    if (!all) {
      all = [];
      for (let index = 0; index < this.contacts.length; index++) {
        if (kind === 'all' || this.contacts[index]!.kind === kind) all.push(index);
      }
      this.byKind.set(kind, all);
    }
    return all;
  }
}
