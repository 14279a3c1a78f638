import { beforeAll, describe, expect, it } from 'vitest';
import { contact } from '../../../tests/contacts';
import type { MemberList } from '../../domain/model';
import { loadNameKeys, nameKey } from '../../domain/name-key';
import {
  EMPTY_DRAFT,
  countScanning,
  draftChanges,
  draftMemberIds,
  memberLimit,
  nameHolder,
  sortListsByName,
  withAdded,
  withRemoved,
} from './lists';

const list = (id: string, name: string, memberIds: string[] = []): MemberList => ({
  id,
  name,
  nameKey: nameKey(name),
  memberIds,
  version: 1,
});

beforeAll(loadNameKeys);

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
    expect(nameHolder(lists, 'REPARTITION  est', null)).toEqual({ list: lists[0], same: true });
    expect(nameHolder(lists, 'Répartition Est', '1')).toBeUndefined();
    expect(nameHolder(lists, 'Répartition Ouest', null)).toBeUndefined();
  });

  it('finds a look-alike of another list’s name, and says it is not the same name', () => {
    const lists = [list('1', 'Répartition Est'), list('2', 'Gestion')];
    // A Cyrillic е, a zero-width space, a full-width Ｇ.
    for (const lookAlike of ['G\u0435stion', 'Ges\u200Btion', '\uFF27estion']) {
      expect(nameHolder(lists, lookAlike, null)).toEqual({ list: lists[1], same: false });
    }
  });

  it('sorts names for the locale', () => {
    const lists = [list('1', 'Zone 10'), list('2', 'équipe'), list('3', 'Zone 9'), list('4', 'Entrepôt')];
    expect(sortListsByName(lists, 'fr-CA').map((l) => l.name)).toEqual(['Entrepôt', 'équipe', 'Zone 9', 'Zone 10']);
  });

  it('counts the members who scan the group', () => {
    const contacts = [
      contact('Élodie Gagnon', '5798797675', 'subscriber', { id: 'a' }),
      contact('Jérôme Cloutier', '5069540440', 'external', { id: 'b' }),
      contact('Ryan Müller', '6135550142', 'subscriber', { id: 'c', scans: ['g1'] }),
    ];
    const byId = new Map(contacts.map((member) => [member.id, member]));
    expect(countScanning(byId, 'g1', ['a', 'b', 'c'])).toBe(1);
    expect(countScanning(byId, 'g2', ['a', 'b', 'c'])).toBe(0);
  });

  it('says how many places a group has left, and by how much it is over', () => {
    const group = { maxMembers: 250, warnAt: 225 };
    expect(memberLimit(group, 224)).toEqual({ max: 250, placesLeft: 26, overBy: 0, near: false });
    expect(memberLimit(group, 238)).toEqual({ max: 250, placesLeft: 12, overBy: 0, near: true });
    expect(memberLimit(group, 252)).toEqual({ max: 250, placesLeft: 0, overBy: 2, near: true });
    expect(memberLimit({}, 50_000)).toEqual({ max: undefined, placesLeft: undefined, overBy: 0, near: false });
  });
});
