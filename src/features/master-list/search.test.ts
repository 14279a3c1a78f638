import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Contact } from '../../domain/model';
import { foldName } from '../../domain/rules';
import { filterContacts } from '../../lib/contact-search';
import { SEARCH_CONTACTS as CONTACTS } from '../../../tests/contacts';
import { ContactSearchIndex } from './search';

const names = (index: ContactSearchIndex, query: string, kind: 'all' | Contact['kind'] = 'all') =>
  index.search(query, kind).map((position) => index.contacts[position]!.name);

/** What the shared rule finds, as positions in CONTACTS. */
const byRule = (query: string) => filterContacts(CONTACTS, query).map((found) => CONTACTS.indexOf(found));

describe('ContactSearchIndex', () => {
  it('finds what the shared rule finds, by name and by number', () => {
    const index = new ContactSearchIndex(CONTACTS);
    expect(names(index, 'BERUBE')).toEqual(['Hélène Bérubé', 'Helene Berube']);
    for (const typed of ['613-555-0142', '(613) 555-0142', '+1 613 555 0142', '6135550142', '555-0142', '0142']) {
      expect(names(index, typed)).toEqual(['Hélène Bérubé']);
    }
    expect(names(index, 'helene 0142')).toEqual(['Hélène Bérubé']);
  });

  it('filters by kind', () => {
    const index = new ContactSearchIndex(CONTACTS);
    expect(names(index, '', 'external')).toEqual(['Helene Berube', 'Garage Côté', 'Unité 911']);
    expect(names(index, 'berube', 'subscriber')).toEqual(['Hélène Bérubé']);
  });

  it('narrowing the previous matches, or reusing a character’s matches, gives what the rule gives, whatever is typed', () => {
    const letters = fc.constantFrom(...'abeéhlnorz0123456789 -()+'.split(''));
    fc.assert(
      fc.property(fc.array(fc.array(letters, { maxLength: 6 }), { maxLength: 8 }), (edits) => {
        const incremental = new ContactSearchIndex(CONTACTS);
        let query = '';
        for (const [step, typed] of edits.entries()) {
          // Alternate typing more and deleting, as people do.
          query = step % 3 === 2 ? query.slice(0, -2) : query + typed.join('');
          expect(incremental.search(query, 'all')).toEqual(byRule(query));
        }
      }),
    );
  });

  it('reads the folded name from the sort key', () => {
    const index = new ContactSearchIndex(CONTACTS);
    expect(names(index, foldName('JOËL o’brien'.replace('’', "'")))).toEqual(["Joël O'Brien"]);
  });
});
