import { Dexie } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { contact, externalCreates } from '../../tests/contacts';
import type { Contact, Subscriber } from '../domain/model';
import { contactListOf } from './contact-list';
import { PttDatabase } from './database';
import { mutate, mutateAll } from './outbox/append';

let opened = 0;
async function databaseWith(contacts: Contact[]) {
  const db = new PttDatabase(`contact-list-test-${++opened}`);
  await db.contacts.bulkPut(contacts);
  return db;
}

/** Subscribes like a screen does; `next(check)` waits for a state that passes `check`. */
function watch(db: PttDatabase) {
  const list = contactListOf(db);
  let wake = () => {};
  const unsubscribe = list.subscribe(() => wake());
  const next = async (check: (contacts: Contact[]) => boolean) => {
    for (;;) {
      const { contacts, complete } = list.getState();
      if (complete && contacts && check(contacts)) return contacts;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  };
  return { list, next, unsubscribe };
}

/** A database of one contact, its list shown by a screen and read. */
async function watchOne() {
  const db = await databaseWith([contact('Zoë Sørensen', '2045550101')]);
  const watched = watch(db);
  await watched.next((rows) => rows.length === 1);
  return { db, ...watched };
}

const names = (contacts: Contact[]) => contacts.map((row) => row.name);
const inNameOrder = (db: PttDatabase) => db.contacts.orderBy('sortKey').toArray();

/** Runs `write`, waits for the list to hold `count` contacts, and checks it took them in without reading the whole table. */
async function expectTakenInWithoutTableRead(
  { db, next }: { db: PttDatabase; next: ReturnType<typeof watch>['next'] },
  write: () => Promise<unknown>,
  count: number,
) {
  const wholeTableReads = vi.spyOn(db.contacts, 'orderBy');
  await write();
  const rows = await next((list) => list.length === count);
  expect(wholeTableReads).not.toHaveBeenCalled();
  wholeTableReads.mockRestore();
  expect(rows).toEqual(await inNameOrder(db));
}

describe('the contact list in memory', () => {
  it('shows every contact in name order, then follows a rename, an addition and a deletion', async () => {
    const db = await databaseWith([
      contact('Zoë Sørensen', '2045550101'),
      contact('Hélène Bérubé', '6135550142'),
      contact('Garage Côté', '5145550000', 'external'),
    ]);
    const { next, unsubscribe } = watch(db);
    expect(names(await next(() => true))).toEqual(['Garage Côté', 'Hélène Bérubé', 'Zoë Sørensen']);

    const garage = (await db.contacts.get('Garage Côté-5145550000')) as Contact;
    await db.contacts.put({ ...garage, name: 'Atelier Côté', sortKey: 'atelier cote' });
    expect(names(await next((rows) => rows[0]?.name === 'Atelier Côté'))).toEqual([
      'Atelier Côté',
      'Hélène Bérubé',
      'Zoë Sørensen',
    ]);

    await db.contacts.put(contact('Joël Ouellet', '8195550123'));
    await db.contacts.delete('Zoë Sørensen-2045550101');
    expect(names(await next((rows) => rows.length === 3 && rows[2]?.name === 'Joël Ouellet'))).toEqual([
      'Atelier Côté',
      'Hélène Bérubé',
      'Joël Ouellet',
    ]);
    unsubscribe();
  });

  it('reads only the contacts a small write names, not the whole table', async () => {
    const many = Array.from({ length: 300 }, (_, index) => contact(`Contact ${index}`, `613555${1000 + index}`));
    const db = await databaseWith(many);
    const { next, unsubscribe } = watch(db);
    await next((rows) => rows.length === 300);

    const wholeTableReads = vi.spyOn(db.contacts, 'orderBy');
    const target = many[42] as Contact;
    await db.contacts.put({ ...target, name: 'Aaron Abel', sortKey: 'aaron abel' });
    const rows = await next((list) => list[0]?.name === 'Aaron Abel');
    expect(wholeTableReads).not.toHaveBeenCalled();
    expect(rows).toEqual(await inNameOrder(db));
    unsubscribe();
  });

  // An offline backlog is often typed on other pages (a group's members, a subscriber's options) while the list waits in memory.
  it('reads nothing while no screen shows it, and shows the edits made meanwhile when a screen opens again', async () => {
    const many = Array.from({ length: 30 }, (_, index) => contact(`Contact ${index}`, `613555${1000 + index}`));
    const db = await databaseWith([...many, contact('Garage Côté', '5145550000', 'external')]);
    const screen = watch(db);
    await screen.next((rows) => rows.length === 31);
    screen.unsubscribe();

    // Another connection to the same database: another tab, or the app's sync, writes through it.
    const other = new PttDatabase(db.name);
    const reads = vi.spyOn(db.contacts, 'bulkGet');
    const wholeTableReads = vi.spyOn(db.contacts, 'orderBy');
    await mutate(other, {
      name: 'externalContact.update',
      args: { id: 'Garage Côté-5145550000', name: 'Atelier Côté' },
    });
    for (const row of many.slice(0, 10)) {
      await mutate(other, { name: 'options.setMessaging', args: { subscriberId: row.id, messaging: 'none' } });
    }
    await other.contacts.count();
    expect(reads).not.toHaveBeenCalled();

    const reopened = watch(db);
    const rows = await reopened.next((list) => list[0]?.name === 'Atelier Côté');
    // The eleven rows are read together, once.
    expect(reads).toHaveBeenCalledTimes(1);
    expect(wholeTableReads).not.toHaveBeenCalled();
    expect(rows).toEqual(await inNameOrder(db));
    expect(rows.filter((row) => row.kind === 'subscriber' && row.messaging === 'none')).toHaveLength(10);

    // Shown again, the list follows another connection's edit at once.
    await other.contacts.delete('Garage Côté-5145550000');
    expect(names(await reopened.next((list) => list.length === 30))).not.toContain('Atelier Côté');
    reopened.unsubscribe();
    other.close();
  });

  it('lets its rows go when the database closes (sign-out, Exit), not minutes later', async () => {
    const { db, list, unsubscribe } = await watchOne();
    unsubscribe();
    expect(list.getState().contacts).toHaveLength(1);
    db.close();
    await vi.waitFor(() => expect(list.getState()).toEqual({ contacts: undefined, complete: false }));
  });

  it('keeps one copy of the values many rows repeat, the rows still equal to a fresh read', async () => {
    const db = await databaseWith([
      contact('Zoë Sørensen', '2045550101', 'subscriber', { scans: ['g1', 'g2'] }),
      contact('Hélène Bérubé', '6135550142', 'subscriber', { scans: ['g2'] }),
    ]);
    const { next, unsubscribe } = watch(db);
    const [helene, zoe] = (await next((rows) => rows.length === 2)) as [Subscriber, Subscriber];
    expect([helene, zoe]).toEqual(await inNameOrder(db));
    expect(helene.scanList[0]).toBe(zoe.scanList[1]);
    // Shared, so frozen: an edit makes new rows (domain/apply.ts), never changes these.
    expect(Object.isFrozen(helene.scanList[0])).toBe(true);
    unsubscribe();
  });

  it('keeps nothing when the database closes while a screen still shows it (Exit closes it before the screens go)', async () => {
    const { db, list, unsubscribe } = await watchOne();
    db.close();
    await vi.waitFor(() => expect(list.getState().contacts).toBeUndefined());
    const timers = vi.spyOn(globalThis, 'setTimeout');
    unsubscribe();
    expect(timers).not.toHaveBeenCalled();
    timers.mockRestore();
  });

  it('merges a bulk put of contacts (a first sync page) without reading the table', async () => {
    const watched = await watchOne();
    const { db } = watched;
    const page = Array.from({ length: 2_000 }, (_, index) => contact(`Contact ${index}`, `613555${1000 + index}`));
    await expectTakenInWithoutTableRead(watched, () => db.contacts.bulkPut(page), 2_001);
    watched.unsubscribe();
  });

  // A pull's commit: the server's rows put back in bulk, then a pending edit re-applied on top, in one transaction.
  it('takes in every contact a transaction writes in bulk and one by one, deletions too, without reading', async () => {
    const watched = await watchOne();
    const { db } = watched;
    const page = Array.from({ length: 200 }, (_, index) => contact(`Contact ${index}`, `613555${1000 + index}`));
    await expectTakenInWithoutTableRead(
      watched,
      () =>
        db.transaction('rw', db.contacts, async () => {
          await db.contacts.bulkPut(page);
          await db.contacts.put({ ...(page[7] as Contact), name: 'Aaron Abel', sortKey: 'aaron abel' });
          await db.contacts.bulkDelete([(page[8] as Contact).id, 'Zoë Sørensen-2045550101']);
        }),
      199,
    );
    expect(names(watched.list.getState().contacts ?? [])[0]).toBe('Aaron Abel');
    watched.unsubscribe();
  });

  it('shows the rows as stored when a bulk add is partly refused (a key already there) and the transaction commits', async () => {
    const { db, list, next, unsubscribe } = await watchOne();
    const taken = { ...contact('Zoë Sørensen', '2045550101'), name: 'Impostor' };
    const page = Array.from({ length: 80 }, (_, index) => contact(`Contact ${index}`, `613555${1000 + index}`));
    await db.transaction('rw', db.contacts, async () => {
      await db.contacts.bulkAdd([taken, ...page]).catch((error: unknown) => {
        if (!(error instanceof Dexie.BulkError)) throw error;
      });
    });
    const rows = await next((contacts) => contacts.length === 81);
    expect(rows).toEqual(await inNameOrder(db));
    expect(names(list.getState().contacts ?? [])).not.toContain('Impostor');
    unsubscribe();
  });

  it('reads the table again after a transaction that clears it and writes it anew (a history restored on the server)', async () => {
    const { db, next, unsubscribe } = await watchOne();
    const fresh = Array.from({ length: 70 }, (_, index) => contact(`Nouveau ${index}`, `438555${1000 + index}`));
    await db.transaction('rw', db.contacts, async () => {
      await db.contacts.clear();
      await db.contacts.bulkPut(fresh);
    });
    const rows = await next((contacts) => contacts.length === 70);
    expect(rows).toEqual(await inNameOrder(db));
    unsubscribe();
  });

  it('never shows the rows of a bulk put whose transaction failed', async () => {
    const { db, list, next, unsubscribe } = await watchOne();
    const page = Array.from({ length: 200 }, (_, index) => contact(`Contact ${index}`, `613555${1000 + index}`));
    await expect(
      db.transaction('rw', db.contacts, async () => {
        await db.contacts.bulkPut(page);
        throw new Error('the tab ran out of space');
      }),
    ).rejects.toThrow('the tab ran out of space');
    // The next write of the table (a bulk put from elsewhere) is read, not taken for the failed one.
    await db.contacts.bulkPut(page.slice(0, 60));
    const rows = await next((contacts) => contacts.length === 61);
    expect(rows).toEqual(await inNameOrder(db));
    expect(list.getState().contacts).toHaveLength(61);
    unsubscribe();
  });

  it('after any mix of writes, holds exactly what a fresh read in name order gives', async () => {
    const db = await databaseWith(Array.from({ length: 80 }, (_, i) => contact(`Nom ${i % 7}`, `819555${1000 + i}`)));
    const { list, unsubscribe } = watch(db);
    let seed = 7;
    const random = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    for (let step = 0; step < 60; step++) {
      const rows = await db.contacts.toArray();
      const pick = rows[random(rows.length)] as Contact;
      const choice = random(4);
      if (choice === 0) await db.contacts.put({ ...pick, name: `Nom ${random(9)}`, sortKey: `nom ${random(9)}` });
      else if (choice === 1) await db.contacts.delete(pick.id);
      else if (choice === 2) await db.contacts.put(contact(`Nouveau ${step}`, `438555${1000 + step}`));
      // 60 rows in one bulkPut: Dexie reports a range; the list takes the rows as written.
      else await db.contacts.bulkPut(rows.slice(0, 60).map((row) => ({ ...row, sortKey: `${row.sortKey}!` })));
      const expected = await inNameOrder(db);
      await vi.waitFor(() => expect(list.getState().contacts).toEqual(expected));
    }
    unsubscribe();
  });

  // An import saves ~500 new contacts per transaction (batch-rows.ts writes them in one request).
  it('takes in the contacts an import’s transaction saves without reading the table', async () => {
    const watched = await watchOne();
    await expectTakenInWithoutTableRead(watched, () => mutateAll(watched.db, externalCreates(120)), 121);
    watched.unsubscribe();
  });

  it('follows a transaction that writes contacts in two requests (a rule read the table between them)', async () => {
    const watched = await watchOne();
    // Naming a new group reads the groups by name, which writes what waits first; the rename comes after.
    await expectTakenInWithoutTableRead(
      watched,
      () =>
        mutateAll(watched.db, [
          ...externalCreates(60),
          { name: 'group.create', args: { id: 'g1', name: 'Nord', memberIds: ['c0'] } },
          { name: 'externalContact.update', args: { id: 'c1', name: 'Atelier Roy' } },
        ]),
      61,
    );
    expect(watched.list.getState().contacts?.find((row) => row.id === 'c1')?.name).toBe('Atelier Roy');
    watched.unsubscribe();
  });
});
