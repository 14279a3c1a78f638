import { describe, expect, it } from 'vitest';
import type { Contact } from '../../domain/model';
import { PttDatabase } from '../database';
import { mutate, mutateAll } from './append';
import { pendingMembers, pendingRowKeys, rowKey, waitingCount } from './pending';
import { fileOutcomes, settle } from './settle';

let opened = 0;
const contact = (id: string, phone: string): Contact => ({
  id,
  kind: 'external',
  name: `Garage ${id}`,
  phone,
  sortKey: `garage ${id}`,
  version: 1,
});

/** A synced database: two groups and a sub-list sharing the first group's id, four contacts. */
async function syncedDatabase() {
  const db = new PttDatabase(`pending-test-${++opened}`);
  await db.contacts.bulkPut(['a', 'b', 'c', 'd'].map((id, index) => contact(id, `819555010${index}`)));
  await db.groups.bulkPut([
    { id: 'g1', name: 'Nord', nameKey: 'nord', memberIds: ['c'], version: 1 },
    { id: 'g2', name: 'Sud', nameKey: 'sud', memberIds: [], version: 1 },
  ]);
  await db.subLists.put({ id: 'g1', name: 'Chantier', nameKey: 'chantier', memberIds: [], version: 1 });
  return db;
}

describe('pending queries', () => {
  it('find nothing pending in a synced database', async () => {
    const db = await syncedDatabase();
    expect(await pendingRowKeys(db)).toEqual(new Set());
    expect(await pendingMembers(db, 'groups', 'g1')).toEqual(new Set());
    expect(await waitingCount(db)).toBe(0);
  });

  it('mark every row a waiting edit changes, and count the edits', async () => {
    const db = await syncedDatabase();
    await mutate(db, { name: 'externalContact.update', args: { id: 'a', name: 'Garage Lapointe' } });
    await mutateAll(db, [
      { name: 'group.rename', args: { id: 'g2', name: 'Équipe Sud' } },
      { name: 'group.addMembers', args: { id: 'g2', memberIds: ['b'] } },
    ]);
    expect(await pendingRowKeys(db)).toEqual(new Set([rowKey('contacts', 'a'), rowKey('groups', 'g2')]));
    expect(await waitingCount(db)).toBe(3);
  });

  it('list the members that waiting edits add to one list: creates and additions, not removals nor other lists', async () => {
    const db = await syncedDatabase();
    await mutateAll(db, [
      { name: 'group.addMembers', args: { id: 'g1', memberIds: ['a'] } },
      { name: 'group.removeMembers', args: { id: 'g1', memberIds: ['c'] } },
      { name: 'group.addMembers', args: { id: 'g2', memberIds: ['b'] } },
      { name: 'subList.addMembers', args: { id: 'g1', memberIds: ['d'] } },
      { name: 'group.create', args: { id: 'g3', name: 'Est', memberIds: ['a', 'd'] } },
    ]);
    expect(await pendingMembers(db, 'groups', 'g1')).toEqual(new Set(['a']));
    expect(await pendingMembers(db, 'groups', 'g2')).toEqual(new Set(['b']));
    expect(await pendingMembers(db, 'subLists', 'g1')).toEqual(new Set(['d']));
    expect(await pendingMembers(db, 'groups', 'g3')).toEqual(new Set(['a', 'd']));
  });

  it('stop marking an edit once the server has answered it and it is settled', async () => {
    const db = await syncedDatabase();
    const [added] = await mutateAll(db, [
      { name: 'group.addMembers', args: { id: 'g1', memberIds: ['a'] } },
      { name: 'group.addMembers', args: { id: 'g2', memberIds: ['b'] } },
    ]);
    await fileOutcomes(db, [{ seq: added!.seq, key: added!.key, status: 'applied' }]);
    await db.transaction('rw', db.syncTables, () => settle(db, added!.seq, 0));
    expect(await pendingMembers(db, 'groups', 'g1')).toEqual(new Set());
    expect(await pendingRowKeys(db)).toEqual(new Set([rowKey('groups', 'g2')]));
    expect(await waitingCount(db)).toBe(1);
  });
});
