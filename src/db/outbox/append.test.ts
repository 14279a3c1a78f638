import { Dexie, type Table } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import type { Intent } from '../../domain/intents';
import { IntentRejected, StorageFull } from '../../domain/outcomes';
import { contact, externalCreates } from '../../../tests/contacts';
import { everyLookATurnLater } from '../../../tests/turns';
import { PttDatabase, syncChannelName } from '../database';
import { mutate, mutateAll } from './append';

let opened = 0;
async function databaseWithGroup() {
  const db = new PttDatabase(`mutate-test-${++opened}`);
  await db.groups.put({ id: 'g1', name: 'Nord', nameKey: 'nord', memberIds: [], version: 3 });
  await db.groups.put({ id: 'g2', name: 'Sud', nameKey: 'sud', memberIds: [], version: 4 });
  return db;
}

async function snapshot(db: PttDatabase) {
  return {
    contacts: await db.contacts.toArray(),
    groups: await db.groups.toArray(),
    outbox: await db.outbox.toArray(),
    serverRows: await db.serverRows.toArray(),
    nextSeq: (await db.meta.get('nextSeq'))?.value,
  };
}

/** Saves `intents`, which must be refused as a whole: resolves to the refusal, once it is checked that nothing was written. */
async function refusedWritingNothing(db: PttDatabase, intents: Parameters<typeof mutateAll>[1]): Promise<unknown> {
  const before = await snapshot(db);
  const refusal = await mutateAll(db, intents).then(
    () => new Error('the edits were saved'),
    (error: unknown) => error,
  );
  expect(await snapshot(db)).toEqual(before);
  return refusal;
}

describe('mutate', () => {
  it('shows the edit at once and queues it under this database’s own client id and a key of its own, keeping the server copy', async () => {
    const db = await databaseWithGroup();
    const first = await mutate(db, { name: 'group.rename', args: { id: 'g1', name: 'Équipe Nord' } });
    const second = await mutate(db, { name: 'group.rename', args: { id: 'g2', name: 'Équipe Sud' } });
    const clientId = (await db.meta.get('clientId'))?.value as string;
    expect(clientId).toMatch(/^[0-9a-f-]{36}$/);
    expect([first.seq, second.seq]).toEqual([1, 2]);
    // Each edit has a key of its own: a sequence number used again (a profile restored from a copy) never shares it.
    expect(new Set([first.key, second.key, clientId]).size).toBe(3);
    expect(first.base).toEqual({ version: 3, fields: { name: 'Nord' } });
    expect((await db.groups.get('g1'))?.name).toBe('Équipe Nord');
    expect((await db.serverRows.get(['groups', 'g1']))?.row?.name).toBe('Nord');
  });

  it('keeps the server’s copy of a row that a second edit changes again, not the first edit’s', async () => {
    const db = await databaseWithGroup();
    await mutate(db, { name: 'group.rename', args: { id: 'g1', name: 'Équipe Nord' } });
    await mutate(db, { name: 'group.addMembers', args: { id: 'g1', memberIds: [] } });
    await mutate(db, { name: 'group.rename', args: { id: 'g1', name: 'Grand Nord' } });
    expect(await db.serverRows.toArray()).toEqual([
      { table: 'groups', id: 'g1', row: { id: 'g1', name: 'Nord', nameKey: 'nord', memberIds: [], version: 3 } },
    ]);
    expect((await db.groups.get('g1'))?.name).toBe('Grand Nord');
  });

  it('takes the base a form saw (`seen`), not the row as another admin’s change left it', async () => {
    const db = await databaseWithGroup();
    const seen = { table: 'groups', id: 'g1', version: 2, fields: { name: 'Ancien Nord' } };
    const entry = await mutate(db, { name: 'group.rename', args: { id: 'g1', name: 'Équipe Nord' } }, { seen });
    expect(entry.base).toEqual({ version: 2, fields: { name: 'Ancien Nord' } });
    const other = await mutate(db, { name: 'group.rename', args: { id: 'g2', name: 'Équipe Sud' } }, { seen });
    expect(other.base).toEqual({ version: 4, fields: { name: 'Sud' } });
  });

  it('saves nothing when a rule refuses the edit', async () => {
    const db = await databaseWithGroup();
    const before = await snapshot(db);
    await expect(mutate(db, { name: 'group.rename', args: { id: 'g1', name: 'sud' } })).rejects.toEqual(
      new IntentRejected('name.taken', { holderId: 'g2', holderName: 'Sud' }),
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('saves nothing, half or whole, when the browser storage is full', async () => {
    const db = await databaseWithGroup();
    const before = await snapshot(db);
    vi.spyOn(db.outbox, 'bulkAdd').mockRejectedValue(new DOMException('quota', 'QuotaExceededError'));
    await expect(mutate(db, { name: 'group.rename', args: { id: 'g1', name: 'Équipe Nord' } })).rejects.toBeInstanceOf(
      StorageFull,
    );
    expect(await snapshot(db)).toEqual(before);
  });

  // The kinds of an offline backlog's edits (docs/performance.md, round five).
  it.each([
    ['messaging turned off', { name: 'options.setMessaging', args: { subscriberId: 's1', messaging: 'none' } }],
    ['an external contact renamed', { name: 'externalContact.update', args: { id: 'c1', name: 'Garage Roy' } }],
    ['a member added to a group', { name: 'group.addMembers', args: { id: 'g1', memberIds: ['s1'] } }],
  ] satisfies [string, Intent][])(
    'saves %s in a transaction of the tables it needs only, or nothing when the storage is full',
    async (_, intent) => {
      const db = await databaseWithGroup();
      await db.contacts.bulkPut([
        contact('Zoë Sørensen', '2045550101', 'subscriber', { id: 's1' }),
        contact('Garage Côté', '8195550101', 'external', { id: 'c1' }),
      ]);
      const before = await snapshot(db);
      const full = vi
        .spyOn(db.outbox, 'bulkAdd')
        .mockRejectedValueOnce(new DOMException('quota', 'QuotaExceededError'));
      await expect(mutate(db, intent)).rejects.toBeInstanceOf(StorageFull);
      expect(await snapshot(db)).toEqual(before);
      full.mockRestore();

      const transactions = vi.spyOn(db, 'transaction');
      const entry = await mutate(db, intent);
      expect(await db.outbox.toArray()).toEqual([entry]);
      expect(await db.serverRows.count()).toBe(1);
      expect(transactions).toHaveBeenCalledTimes(1);
      expect(tablesOf(transactions.mock.calls[0]!)).not.toContain('syncIssues');
    },
  );

  it('saves such an edit with every table when its rules read one its transaction lacks', async () => {
    const db = await databaseWithGroup();
    await db.contacts.put(contact('Zoë Sørensen', '2045550101', 'subscriber', { id: 's1' }));
    const transactions = vi.spyOn(db, 'transaction');
    vi.spyOn(db.meta, 'get').mockRejectedValueOnce(new Dexie.NotFoundError('not part of transaction'));
    const entry = await mutate(db, { name: 'options.setMessaging', args: { subscriberId: 's1', messaging: 'none' } });
    expect(await db.outbox.toArray()).toEqual([entry]);
    expect(await db.contacts.get('s1')).toMatchObject({ messaging: 'none' });
    expect(transactions).toHaveBeenCalledTimes(2);
    expect(tablesOf(transactions.mock.calls[1]!)).toContain('syncIssues');
  });
});

/** The names of the tables a `db.transaction` call took. */
function tablesOf(call: unknown[]): string[] {
  return (call[1] as Table[]).map((table) => table.name);
}

/** The nudges posted on this database's sync channel, each with whether it left from inside a transaction. */
function recordNudges(db: PttDatabase) {
  const nudges: Array<{ message: unknown; inTransaction: boolean }> = [];
  const post = BroadcastChannel.prototype.postMessage;
  vi.spyOn(BroadcastChannel.prototype, 'postMessage').mockImplementation(function (this: BroadcastChannel, message) {
    if (this.name === syncChannelName(db)) nudges.push({ message, inTransaction: Dexie.currentTransaction !== null });
    post.call(this, message);
  });
  return nudges;
}

describe('mutateAll', () => {
  it('saves several edits in order, each on the data the one before left, and nudges the sync once, after the commit', async () => {
    const db = await databaseWithGroup();
    const nudges = recordNudges(db);
    const entries = await mutateAll(db, [
      { name: 'group.rename', args: { id: 'g1', name: 'Équipe Nord' } },
      { name: 'group.rename', args: { id: 'g1', name: 'Équipe Est' } },
      { name: 'group.rename', args: { id: 'g2', name: 'Nord' } },
    ]);
    expect(entries.map((entry) => entry.seq)).toEqual([1, 2, 3]);
    expect(entries.map((entry) => entry.base?.fields)).toEqual([
      { name: 'Nord' },
      { name: 'Équipe Nord' },
      { name: 'Sud' },
    ]);
    expect(await db.outbox.toArray()).toEqual(entries);
    expect((await db.groups.get('g1'))?.name).toBe('Équipe Est');
    expect((await db.groups.get('g2'))?.name).toBe('Nord');
    expect(nudges).toEqual([{ message: { type: 'nudge' }, inTransaction: false }]);
  });

  it('saves none of the edits, and nudges nothing, when a rule refuses one of them', async () => {
    const db = await databaseWithGroup();
    const before = await snapshot(db);
    const nudges = recordNudges(db);
    await expect(
      mutateAll(db, [
        { name: 'group.rename', args: { id: 'g1', name: 'Équipe Nord' } },
        { name: 'group.rename', args: { id: 'g2', name: 'équipe nord' } },
      ]),
    ).rejects.toEqual(new IntentRejected('name.taken', { holderId: 'g1', holderName: 'Équipe Nord' }));
    expect(await snapshot(db)).toEqual(before);
    expect(nudges).toEqual([]);
  });

  it('saves none of the edits, and nudges nothing, when the storage fills up as they are queued (both rows already changed)', async () => {
    const db = await databaseWithGroup();
    const before = await snapshot(db);
    const nudges = recordNudges(db);
    vi.spyOn(db.outbox, 'bulkAdd').mockRejectedValueOnce(new DOMException('quota', 'QuotaExceededError'));
    await expect(
      mutateAll(db, [
        { name: 'group.rename', args: { id: 'g1', name: 'Équipe Nord' } },
        { name: 'group.rename', args: { id: 'g2', name: 'Équipe Sud' } },
      ]),
    ).rejects.toBeInstanceOf(StorageFull);
    expect(await snapshot(db)).toEqual(before);
    expect(nudges).toEqual([]);
  });

  // The rows and numbers a call's edits name are read before the first applies (batch-rows.ts): each edit must still see the ones before it.
  it('refuses a second new contact with the number the first of the same call just took, and saves neither', async () => {
    const db = await databaseWithGroup();
    const refusal = await refusedWritingNothing(db, [
      { name: 'externalContact.create', args: { id: 'c1', name: 'Garage Côté', phone: '819 555-0101' } },
      { name: 'externalContact.create', args: { id: 'c2', name: 'Garage Roy', phone: '(819) 555-0101' } },
    ]);
    expect(refusal).toEqual(new IntentRejected('phone.taken', { holderId: 'c1' }));
    expect(await db.contacts.count()).toBe(0);
  });

  it('gives a number that an earlier edit of the same call freed to a new contact', async () => {
    const db = await databaseWithGroup();
    await mutateAll(db, [
      { name: 'externalContact.create', args: { id: 'c1', name: 'Garage Côté', phone: '819 555-0101' } },
      { name: 'externalContact.update', args: { id: 'c1', phone: '819 555-0102' } },
      { name: 'externalContact.create', args: { id: 'c2', name: 'Garage Roy', phone: '819 555-0101' } },
    ]);
    const phones = Object.fromEntries((await db.contacts.toArray()).map((contact) => [contact.id, contact.phone]));
    expect(phones).toEqual({ c1: '8195550102', c2: '8195550101' });
  });

  // batch-rows.ts answers most reads and every write from memory until the end: a large call must stay one transaction.
  it('saves none of 300 new contacts when the 301st is refused', async () => {
    const db = await databaseWithGroup();
    const refusal = await refusedWritingNothing(db, [
      ...externalCreates(300),
      { name: 'externalContact.create', args: { id: 'late', name: 'Garage Roy', phone: '819 555-1000' } },
    ]);
    expect(refusal).toEqual(new IntentRejected('phone.taken', { holderId: 'c0' }));
    expect(await db.contacts.count()).toBe(0);
  });

  // Many writes are made in slices over several turns (paced-writes.ts): still one transaction.
  describe('written over several turns (every slice made after the one before was answered)', () => {
    it('saves 300 new contacts with their server copies and entries in order', async () => {
      const db = await databaseWithGroup();
      everyLookATurnLater();
      const slices = vi.spyOn(db.outbox, 'bulkAdd');
      const entries = await mutateAll(db, externalCreates(300));
      expect(slices.mock.calls.map(([rows]) => rows.length)).toEqual([100, 100, 100]);
      expect(await db.outbox.toArray()).toEqual(entries);
      expect(entries.map((entry) => entry.seq)).toEqual(Array.from({ length: 300 }, (_, at) => at + 1));
      expect(await db.contacts.count()).toBe(300);
      expect(await db.serverRows.count()).toBe(300);
      expect((await db.meta.get('nextSeq'))?.value).toBe(301);
    });

    it('saves none of 300 new contacts when the storage fills up at the last slice of their entries', async () => {
      const db = await databaseWithGroup();
      everyLookATurnLater();
      const bulkAdd = db.outbox.bulkAdd.bind(db.outbox);
      let slice = 0;
      vi.spyOn(db.outbox, 'bulkAdd').mockImplementation((rows) =>
        ++slice === 3 ? Dexie.Promise.reject(new DOMException('quota', 'QuotaExceededError')) : bulkAdd(rows),
      );
      const refusal = await refusedWritingNothing(db, externalCreates(300));
      expect(refusal).toBeInstanceOf(StorageFull);
      expect(slice).toBe(3);
      expect(await db.contacts.count()).toBe(0);
    });
  });

  it('adds 250 members to a group in one edit with the contacts saved before it, or nothing', async () => {
    const db = await databaseWithGroup();
    const creates = externalCreates(250);
    const memberIds = creates.map((create) => create.args.id);
    await mutateAll(db, [...creates, { name: 'group.addMembers', args: { id: 'g1', memberIds } }]);
    expect((await db.groups.get('g1'))?.memberIds).toEqual(memberIds);
    expect(await db.contacts.count()).toBe(250);
    expect(await db.outbox.count()).toBe(251);
    expect(await db.serverRows.count()).toBe(251);

    const refusal = await refusedWritingNothing(db, [
      { name: 'group.removeMembers', args: { id: 'g1', memberIds } },
      { name: 'group.addMembers', args: { id: 'g2', memberIds } },
      { name: 'group.rename', args: { id: 'g2', name: 'Nord' } },
    ]);
    expect(refusal).toBeInstanceOf(IntentRejected);
  });

  it('does nothing for no edits', async () => {
    const db = await databaseWithGroup();
    const before = await snapshot(db);
    const nudges = recordNudges(db);
    expect(await mutateAll(db, [])).toEqual([]);
    expect(await snapshot(db)).toEqual(before);
    expect(nudges).toEqual([]);
  });
});
