import { describe, expect, it } from 'vitest';
import type { Contact, MemberList, Subscriber } from '../../domain/model';
import { contactSortKey, foldName } from '../../domain/rules';
import {
  EMPTY_DRAFT,
  countScanning,
  draftChanges,
  draftMemberIds,
  filterContacts,
  nameHolder,
  sortListsByName,
  withAdded,
  withRemoved,
} from './members';

const person = (id: string, name: string, phone: string, scanned: string[] = []): Subscriber => ({
  id,
  kind: 'subscriber',
  name,
  phone,
  sortKey: contactSortKey(name, id),
  scanningEnabled: scanned.length > 0,
  scanList: scanned.map((groupId) => ({ groupId, priority: 'normal' })),
  messaging: 'enabled',
  version: 1,
});
const list = (id: string, name: string, memberIds: string[] = []): MemberList => ({
  id,
  name,
  nameKey: foldName(name),
  memberIds,
  version: 1,
});

const contacts: Contact[] = [
  person('a', 'Élodie Gagnon', '5798797675'),
  person('b', 'Jérôme Cloutier', '5069540440'),
  person('c', 'Ryan Müller', '6135550142', ['g1']),
];

describe('contact search', () => {
  const names = (query: string) => filterContacts(contacts, query).map((contact) => contact.name);

  it('ignores case and accents, and wants every word', () => {
    expect(names('ELODIE')).toEqual(['Élodie Gagnon']);
    expect(names('jerome clou')).toEqual(['Jérôme Cloutier']);
    expect(names('muller')).toEqual(['Ryan Müller']);
    expect(names('jerome gagnon')).toEqual([]);
  });

  it('matches the digits of a phone number however they are typed', () => {
    expect(names('613')).toEqual(['Ryan Müller']);
    expect(names('(613) 555-01')).toEqual(['Ryan Müller']);
    expect(names('+1 613 555')).toEqual(['Ryan Müller']);
    expect(names('ryan 0142')).toEqual(['Ryan Müller']);
  });

  it('keeps everything for an empty query', () => {
    expect(names('  ')).toHaveLength(3);
  });
});

describe('list draft', () => {
  it('turns edits into the minimal rename, add and remove', () => {
    const stored = list('l', 'Dispatch', ['a', 'b']);
    let draft = withRemoved(EMPTY_DRAFT, 'a');
    draft = withAdded(draft, ['c'], stored.memberIds);
    draft = { ...draft, name: '  Dispatch   Nord ' };
    expect(draftMemberIds(stored.memberIds, draft)).toEqual(['b', 'c']);
    expect(draftChanges(stored, draft)).toEqual({ name: 'Dispatch Nord', add: ['c'], remove: ['a'] });
  });

  it('undoes instead of adding back: a removed member added again is no change, an unsaved addition removed is gone', () => {
    const stored = list('l', 'Dispatch', ['a']);
    const draft = withRemoved(withAdded(withRemoved(EMPTY_DRAFT, 'a'), ['a', 'b'], stored.memberIds), 'b');
    expect(draftChanges(stored, draft)).toEqual({ name: null, add: [], remove: [] });
  });

  it('follows members another admin changed meanwhile', () => {
    const draft = withRemoved(EMPTY_DRAFT, 'a');
    // Another admin added c and removed a too: the draft shows c, and has nothing left to remove.
    const now = list('l', 'Dispatch', ['b', 'c']);
    expect(draftMemberIds(now.memberIds, draft)).toEqual(['b', 'c']);
    expect(draftChanges(now, draft).remove).toEqual([]);
  });

  it('does not count an unchanged name (after folding spaces) as a rename', () => {
    expect(draftChanges(list('l', 'Dispatch Nord'), { ...EMPTY_DRAFT, name: 'Dispatch  Nord ' }).name).toBeNull();
  });
});

describe('names and counts', () => {
  it('finds another list with the same name, ignoring case and accents but not itself', () => {
    const lists = [list('1', 'Répartition Est'), list('2', 'Gestion')];
    expect(nameHolder(lists, 'REPARTITION  est', null)?.id).toBe('1');
    expect(nameHolder(lists, 'Répartition Est', '1')).toBeUndefined();
    expect(nameHolder(lists, 'Répartition Ouest', null)).toBeUndefined();
  });

  it('sorts names for the locale', () => {
    const lists = [list('1', 'Zone 10'), list('2', 'équipe'), list('3', 'Zone 9'), list('4', 'Entrepôt')];
    expect(sortListsByName(lists, 'fr-CA').map((l) => l.name)).toEqual(['Entrepôt', 'équipe', 'Zone 9', 'Zone 10']);
  });

  it('counts the members who scan the group', () => {
    const byId = new Map(contacts.map((contact) => [contact.id, contact]));
    expect(countScanning(byId, 'g1', ['a', 'b', 'c'])).toBe(1);
    expect(countScanning(byId, 'g2', ['a', 'b', 'c'])).toBe(0);
  });
});
