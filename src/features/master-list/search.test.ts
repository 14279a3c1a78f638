import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Contact } from '../../domain/model';
import { contactSortKey, foldName } from '../../domain/rules';
import { ContactSearchIndex } from './search';

function contact(name: string, phone: string, kind: Contact['kind'] = 'subscriber'): Contact {
  const id = `${name}-${phone}`;
  const base = { id, name, phone, sortKey: contactSortKey(name, id), version: 1 };
  return kind === 'external'
    ? { ...base, kind }
    : { ...base, kind, scanningEnabled: false, scanList: [], messaging: 'enabled' };
}

const CONTACTS = [
  contact('Hélène Bérubé', '6135550142'),
  contact('Helene Berube', '4385550199', 'external'),
  contact("Joël O'Brien", '8195550123'),
  contact('Garage Côté', '5145550000', 'external'),
  contact('Zoë Sørensen', '2045550101'),
];
const names = (index: ContactSearchIndex, query: string, kind: 'all' | Contact['kind'] = 'all') =>
  index.search(query, kind).map((position) => index.contacts[position]!.name);

describe('ContactSearchIndex', () => {
  it('ignores case and accents, and matches words in any order', () => {
    const index = new ContactSearchIndex(CONTACTS);
    expect(names(index, 'BERUBE')).toEqual(['Hélène Bérubé', 'Helene Berube']);
    expect(names(index, 'bérubé hél')).toEqual(['Hélène Bérubé', 'Helene Berube']);
    expect(names(index, 'zoe')).toEqual(['Zoë Sørensen']);
    expect(names(index, 'côte')).toEqual(['Garage Côté']);
  });

  it('matches the digits of a number however it is typed', () => {
    const index = new ContactSearchIndex(CONTACTS);
    for (const typed of ['613-555-0142', '(613) 555-0142', '+1 613 555 0142', '6135550142', '555-0142', '0142']) {
      expect(names(index, typed)).toEqual(['Hélène Bérubé']);
    }
  });

  it('filters by kind', () => {
    const index = new ContactSearchIndex(CONTACTS);
    expect(names(index, '', 'external')).toEqual(['Helene Berube', 'Garage Côté']);
    expect(names(index, 'berube', 'subscriber')).toEqual(['Hélène Bérubé']);
  });

  it('narrowing the previous matches, or reusing a character’s matches, gives what a fresh index gives, whatever is typed', () => {
    const letters = fc.constantFrom(...'abeéhlnorz0123456789 -()+'.split(''));
    fc.assert(
      fc.property(fc.array(fc.array(letters, { maxLength: 6 }), { maxLength: 8 }), (edits) => {
        const incremental = new ContactSearchIndex(CONTACTS);
        let query = '';
        for (const [step, typed] of edits.entries()) {
          // Alternate typing more and deleting, as people do.
          query = step % 3 === 2 ? query.slice(0, -2) : query + typed.join('');
          const fresh = new ContactSearchIndex(CONTACTS);
          expect(incremental.search(query, 'all')).toEqual(fresh.search(query, 'all'));
        }
      }),
    );
  });

  it('reads the folded name from the sort key', () => {
    const index = new ContactSearchIndex(CONTACTS);
    expect(names(index, foldName('JOËL o’brien'.replace('’', "'")))).toEqual(["Joël O'Brien"]);
  });
});
