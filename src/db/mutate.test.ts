import { describe, expect, it, vi } from 'vitest';
import { IntentRejected } from '../domain/outcomes';
import { PttDatabase } from './database';
import { StorageFull, mutate } from './mutate';

let opened = 0;
async function databaseWithGroup() {
  const db = new PttDatabase(`mutate-test-${++opened}`);
  await db.groups.put({ id: 'g1', name: 'Nord', nameKey: 'nord', memberIds: [], version: 3 });
  await db.groups.put({ id: 'g2', name: 'Sud', nameKey: 'sud', memberIds: [], version: 4 });
  return db;
}

async function snapshot(db: PttDatabase) {
  return {
    groups: await db.groups.toArray(),
    outbox: await db.outbox.toArray(),
    serverRows: await db.serverRows.toArray(),
    nextSeq: (await db.meta.get('nextSeq'))?.value,
  };
}

describe('mutate', () => {
  it('shows the edit at once and queues it under this database’s own client id, keeping the server copy', async () => {
    const db = await databaseWithGroup();
    const first = await mutate(db, { name: 'group.rename', args: { id: 'g1', name: 'Équipe Nord' } });
    const second = await mutate(db, { name: 'group.rename', args: { id: 'g2', name: 'Équipe Sud' } });
    const clientId = (await db.meta.get('clientId'))?.value as string;
    expect(clientId).toMatch(/^[0-9a-f-]{36}$/);
    expect([first.key, second.key]).toEqual([`${clientId}:1`, `${clientId}:2`]);
    expect(first.base).toEqual({ version: 3, fields: { name: 'Nord' } });
    expect((await db.groups.get('g1'))?.name).toBe('Équipe Nord');
    expect((await db.serverRows.get(['groups', 'g1']))?.row?.name).toBe('Nord');
  });

  it('saves nothing when a rule refuses the edit', async () => {
    const db = await databaseWithGroup();
    const before = await snapshot(db);
    await expect(mutate(db, { name: 'group.rename', args: { id: 'g1', name: 'sud' } })).rejects.toEqual(
      new IntentRejected('name.taken', { holderId: 'g2' }),
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('saves nothing, half or whole, when the browser storage is full', async () => {
    const db = await databaseWithGroup();
    const before = await snapshot(db);
    vi.spyOn(db.outbox, 'add').mockRejectedValue(new DOMException('quota', 'QuotaExceededError'));
    await expect(mutate(db, { name: 'group.rename', args: { id: 'g1', name: 'Équipe Nord' } })).rejects.toBeInstanceOf(
      StorageFull,
    );
    expect(await snapshot(db)).toEqual(before);
  });
});
