/**
 * The rebase: rows back to the server's copy or to what a pull brought, each written once, in
 * slices over turns, all or none. The spies watch `db.table(…)`, which the rebase writes through:
 * Dexie's `db.contacts` is another object for the same table.
 */
import { Dexie } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { contact, externalCreates } from '../../../tests/contacts';
import { everyLookATurnLater } from '../../../tests/turns';
import { intentTarget } from '../../domain/intents';
import { PttDatabase } from '../database';
import { mutate, mutateAll } from './append';
import { rebase } from './rebase';

let opened = 0;

/** 300 external contacts as the server sent them, each renamed by a pending edit, and one more created here. */
async function databaseWithRenamedContacts() {
  const db = new PttDatabase(`rebase-test-${++opened}`);
  const served = externalCreates(300).map(({ args }) => contact(args.name, args.phone, 'external', { id: args.id }));
  await db.contacts.bulkPut(served);
  await mutateAll(
    db,
    served.map(({ id, name }) => ({ name: 'externalContact.update', args: { id, name: `${name} (renamed)` } })),
  );
  await mutate(db, { name: 'externalContact.create', args: { id: 'x-new', name: 'Garage Neuf', phone: '6135550142' } });
  return { db, served };
}

async function snapshot(db: PttDatabase) {
  return {
    contacts: await db.contacts.toArray(),
    outbox: await db.outbox.toArray(),
    serverRows: await db.serverRows.toArray(),
  };
}

/**
 * A rebase once the server answered every pending edit: none left to re-apply, every row back to the
 * server's copy. In an async scope function, as the sync's: Dexie follows only those across native awaits.
 */
const rebaseOnNothingPending = (db: PttDatabase) => db.transaction('rw', db.syncTables, async () => rebase(db, []));

describe('rebase on the rows a pull brought', () => {
  it('writes each once: over its copy, where no copy was kept, and the other copies back; then re-applies what is pending', async () => {
    const { db, served } = await databaseWithRenamedContacts();
    const [c0, c1, c2] = served;
    const theirs = { ...c0!, name: 'Garage Zéro', version: 2 };
    const other = contact('Autre garage', '6135550199', 'external', { id: 'y-other' });
    const stillPending = (await db.outbox.toArray()).filter((entry) => intentTarget(entry.intent).id === c1!.id);
    const puts = vi.spyOn(db.table('contacts'), 'bulkPut');
    await db.transaction('rw', db.syncTables, async () =>
      rebase(db, stillPending, [
        { table: 'contacts', id: c0!.id, row: theirs },
        { table: 'contacts', id: other.id, row: other },
      ]),
    );
    expect(puts.mock.calls.flatMap(([rows]) => rows)).toHaveLength(301);
    expect(await db.contacts.bulkGet([c0!.id, c1!.id, c2!.id, other.id, 'x-new'])).toEqual([
      theirs,
      { ...c1!, name: 'Garage 1 (renamed)', sortKey: expect.any(String) },
      c2,
      other,
      undefined,
    ]);
    expect(await db.serverRows.toArray()).toEqual([{ table: 'contacts', id: c1!.id, row: c1 }]);
  });
});

// A rebase after an import puts thousands of rows back (paced-writes.ts): over several turns, still one transaction.
describe('rebase, written over several turns (every slice made after the one before was answered)', () => {
  it('puts 300 rows back to the server’s copy, whole and in order, deletes the one created here and forgets the copies', async () => {
    const { db, served } = await databaseWithRenamedContacts();
    everyLookATurnLater();
    const slices = vi.spyOn(db.table('contacts'), 'bulkPut');
    await rebaseOnNothingPending(db);
    expect(slices.mock.calls.map(([rows]) => rows.length)).toEqual([100, 100, 100]);
    // In the copies' order (by key), each once.
    const byId = served.toSorted((a, b) => (a.id < b.id ? -1 : 1));
    expect(slices.mock.calls.flatMap(([rows]) => rows)).toEqual(byId);
    expect(await db.contacts.toArray()).toEqual(byId);
    expect(await db.serverRows.count()).toBe(0);
  });

  it('writes nothing when the storage fills up at the last slice', async () => {
    const { db } = await databaseWithRenamedContacts();
    const before = await snapshot(db);
    everyLookATurnLater();
    const contacts = db.table('contacts');
    const bulkPut = contacts.bulkPut.bind(contacts);
    let slice = 0;
    vi.spyOn(contacts, 'bulkPut').mockImplementation((rows) =>
      ++slice === 3 ? Dexie.Promise.reject(new DOMException('quota', 'QuotaExceededError')) : bulkPut(rows),
    );
    await expect(rebaseOnNothingPending(db)).rejects.toThrow();
    expect(slice).toBe(3);
    expect(await snapshot(db)).toEqual(before);
  });
});
