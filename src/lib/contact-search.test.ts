import { describe, expect, it } from 'vitest';
import { SEARCH_CONTACTS as CONTACTS } from '../../tests/contacts';
import { filterContacts } from './contact-search';

const names = (query: string) => filterContacts(CONTACTS, query).map((found) => found.name);

describe('the contact search rule (master list, member picker, member filter)', () => {
  it('wants every word in the name, in any order, ignoring case and accents', () => {
    expect(names('BERUBE')).toEqual(['Hélène Bérubé', 'Helene Berube']);
    expect(names('bérubé hél')).toEqual(['Hélène Bérubé', 'Helene Berube']);
    expect(names('zoe')).toEqual(['Zoë Sørensen']);
    expect(names('côte')).toEqual(['Garage Côté']);
    expect(names('joel brien')).toEqual(["Joël O'Brien"]);
    expect(names('helene garage')).toEqual([]);
  });

  it('matches the digits of a number however it is typed, with or without the country code', () => {
    for (const typed of ['613-555-0142', '(613) 555-0142', '+1 613 555 0142', '1 613 555-0142', '6135550142']) {
      expect(names(typed)).toEqual(['Hélène Bérubé']);
    }
    expect(names('555-0142')).toEqual(['Hélène Bérubé']);
    expect(names('613')).toEqual(['Hélène Bérubé']);
    expect(names('+1 613')).toEqual(['Hélène Bérubé']);
    expect(names('+1 613 555')).toEqual(['Hélène Bérubé']);
    expect(names('(613) 555-01')).toEqual(['Hélène Bérubé']);
  });

  it('finds a number typed as a number in the names too', () => {
    expect(names('911')).toEqual(['Unité 911']);
    expect(names('1234')).toEqual(['Unité 911']);
  });

  it('lets a word of digits match the number when the query has letters too', () => {
    expect(names('helene 0142')).toEqual(['Hélène Bérubé']);
    expect(names('0199 berube')).toEqual(['Helene Berube']);
    expect(names('helene 0000')).toEqual([]);
  });

  it('keeps every contact for an empty query or punctuation alone (a number being started)', () => {
    expect(names('  ')).toHaveLength(CONTACTS.length);
    expect(names('(')).toHaveLength(CONTACTS.length);
    expect(names('+')).toHaveLength(CONTACTS.length);
  });

  it('treats hostile input as plain text', () => {
    expect(names('.*')).toEqual([]);
    expect(names('\u0000')).toEqual([]);
    expect(names('<script>')).toEqual([]);
  });
});
