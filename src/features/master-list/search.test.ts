import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Contact } from '../../domain/model';
import { foldName } from '../../domain/rules';
import { filterContacts } from '../../lib/contact-search';
import { contact, SEARCH_CONTACTS as CONTACTS } from '../../../tests/contacts';
import { runNow } from './idle-steps';
import { ContactSearchIndex, searchIndexOf } from './search';

const names = (index: ContactSearchIndex, query: string, kind: 'all' | Contact['kind'] = 'all') =>
  index.search(query, kind).map((position) => index.contacts[position]!.name);

/** What the shared rule finds, as positions in `contacts`. */
const byRule = (contacts: readonly Contact[], query: string) =>
  filterContacts(contacts, query).map((found) => contacts.indexOf(found));

/** An index whose preparation (the names' pairs of characters, the joined numbers) is done. */
function prepared(contacts: readonly Contact[]): ContactSearchIndex {
  const index = new ContactSearchIndex(contacts);
  runNow(index.prepare());
  return index;
}

/** Sorted as the store gives them (the `sortKey` index). */
const byName = (contacts: Contact[]) => contacts.sort((a, b) => (a.sortKey < b.sortKey ? -1 : 1));

/** Name parts with accents, apostrophes, hyphens and digits, as tenants have them. */
const PARTS = [
  'Hé',
  'lè',
  'ne',
  'Bé',
  'ru',
  'be',
  'Ma',
  'rie',
  '-Jo',
  'sée',
  "O'",
  'Brien',
  'Cô',
  'té',
  'Zoë',
  'Ø',
  'ren',
  'sen',
  'Uni',
  '911',
  'ga',
  'gné',
  'ROY',
  'lav',
  'oie',
  ' ',
];

const corpus = fc
  .array(
    fc.record({
      name: fc
        .array(fc.constantFrom(...PARTS), { minLength: 1, maxLength: 5 })
        .map((parts) => parts.join('').trim() || 'Ma'),
      phone: fc.stringMatching(/^[2-9]\d{2}[2-9]\d{6}$/),
      external: fc.boolean(),
    }),
    { minLength: 1, maxLength: 60 },
  )
  .map((rows) =>
    byName(
      rows.map((row, at) => contact(row.name, row.phone, row.external ? 'external' : 'subscriber', { id: `c${at}` })),
    ),
  );

/** What someone types to find a contact: part of its name (any case, accents or not), or of its number in any shape. */
const queryFor = (contacts: readonly Contact[]) =>
  fc.tuple(fc.nat(contacts.length - 1), fc.nat(20), fc.nat(20), fc.nat(4)).map(([which, from, length, shape]) => {
    const { name, phone } = contacts[which]!;
    const part = (text: string) => text.slice(from % text.length, (from % text.length) + 1 + length);
    switch (shape) {
      case 0:
        return part(name);
      case 1:
        return part(foldName(name)).toUpperCase();
      case 2:
        return `+1 (${phone.slice(0, 3)}) ${phone.slice(3, 6)}-${phone.slice(6)}`.slice(0, 3 + length);
      case 3:
        return part(phone);
      default:
        return `${part(name)} ${phone.slice(6)}`;
    }
  });

describe('ContactSearchIndex', () => {
  it('finds what the shared rule finds, by name and by number', () => {
    for (const index of [new ContactSearchIndex(CONTACTS), prepared(CONTACTS)]) {
      expect(names(index, 'BERUBE')).toEqual(['Hélène Bérubé', 'Helene Berube']);
      for (const typed of ['613-555-0142', '(613) 555-0142', '+1 613 555 0142', '6135550142', '555-0142', '0142']) {
        expect(names(index, typed)).toEqual(['Hélène Bérubé']);
      }
      expect(names(index, 'helene 0142')).toEqual(['Hélène Bérubé']);
    }
  });

  it('filters by kind', () => {
    const index = new ContactSearchIndex(CONTACTS);
    expect(names(index, '', 'external')).toEqual(['Helene Berube', 'Garage Côté', 'Unité 911']);
    expect(names(index, 'berube', 'subscriber')).toEqual(['Hélène Bérubé']);
  });

  it('narrowing the previous matches, or reusing a character’s matches, gives what the rule gives, whatever is typed', () => {
    const letters = fc.constantFrom(...'abeéhlnorz0123456789 -()+'.split(''));
    fc.assert(
      fc.property(fc.array(fc.array(letters, { maxLength: 6 }), { maxLength: 8 }), fc.boolean(), (edits, ready) => {
        const incremental = ready ? prepared(CONTACTS) : new ContactSearchIndex(CONTACTS);
        let query = '';
        for (const [step, typed] of edits.entries()) {
          // Alternate typing more and deleting, as people do.
          query = step % 3 === 2 ? query.slice(0, -2) : query + typed.join('');
          expect(incremental.search(query, 'all')).toEqual(byRule(CONTACTS, query));
        }
      }),
    );
  });

  it('finds what the rule finds while a name, a number or both are typed a key at a time, prepared or not', () => {
    fc.assert(
      fc.property(
        corpus.chain((contacts) =>
          fc.tuple(fc.constant(contacts), fc.array(queryFor(contacts), { minLength: 1, maxLength: 4 })),
        ),
        fc.nat(3),
        ([contacts, queries], preparedSteps) => {
          const index = new ContactSearchIndex(contacts);
          // Part of the preparation done, as when the user types before the page was idle long enough.
          const preparation = index.prepare();
          for (let step = 0; step < preparedSteps * 20; step++) preparation.next();
          for (const query of queries) {
            for (let typed = 1; typed <= query.length; typed++) {
              const shown = query.slice(0, typed);
              expect(index.search(shown, 'all')).toEqual(byRule(contacts, shown));
            }
          }
        },
      ),
    );
  });

  it('reads the folded name from the sort key', () => {
    const index = new ContactSearchIndex(CONTACTS);
    expect(names(index, foldName('JOËL o’brien'.replace('’', "'")))).toEqual(["Joël O'Brien"]);
  });

  it('is made once per list of contacts: opening the list again finds it prepared', () => {
    const contacts = [...CONTACTS];
    const index = searchIndexOf(contacts);
    runNow(index.prepare());
    expect(searchIndexOf(contacts)).toBe(index);
    expect(searchIndexOf(contacts).prepare().next().done).toBe(true);
    expect(searchIndexOf([...CONTACTS])).not.toBe(index);
  });
});
