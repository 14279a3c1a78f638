/** The simulated disasters on the memory store: a restore from a backup some changes ago, and a wipe. */
import { describe, expect, it } from 'vitest';
import type { NewActivityEntry } from '../../../src/domain/activity';
import type { MutationOutcome } from '../../../src/domain/protocol';
import { external, list, TENANT_A } from '../storage-contract/context';
import type { TenantTx } from '../storage';
import { restoreBackup, wipeTenant } from './backups';
import { MemoryState } from './memory-state';
import { MemoryStore } from './memory-store';
import { HISTORY_LIMIT } from './tenant-data';

const A = TENANT_A.id;

async function storeWithTenant() {
  const store = new MemoryStore();
  await store.transaction((tx) => tx.putTenant(TENANT_A));
  const write = <T>(work: (tx: TenantTx) => Promise<T>) => store.transaction(work, { tenantId: A, mode: 'write' });
  const read = <T>(work: (tx: TenantTx) => Promise<T>) => store.transaction(work, { tenantId: A, mode: 'read' });
  return { store, write, read };
}

const applied = (seq: number, cursor: number): MutationOutcome => ({ seq, key: `k${seq}`, status: 'applied', cursor });

/** Everything a client can see of the tenant, and its sequences. */
const view = (tx: TenantTx) =>
  (async () => ({
    cursor: await tx.cursor(),
    changes: await tx.changesSince(0, 100),
    contacts: await tx.rowsAfter('contacts', undefined, 100),
    groups: await tx.rowsAfter('groups', undefined, 100),
    byPhone: (await tx.contactByPhone('6135550101'))?.id,
    members: (await tx.listsWithMember('groups', 'c1')).map((group) => group.id),
    lastAppliedSeq: await tx.lastAppliedSeq('client-1'),
    outcomes: await Promise.all([1, 2, 3].map((seq) => tx.storedOutcome('client-1', seq))),
  }))();

describe('restore from a backup', () => {
  it('puts rows, change log, indexes, client sequences and outcomes back as they were, as a new generation', async () => {
    const { store, write, read } = await storeWithTenant();
    await write(async (tx) => {
      await tx.write('contacts', 'c1', external('c1', '6135550101'));
      await tx.write('groups', 'g1', list('g1', 'Nord', []));
      await tx.recordOutcome('client-1', applied(1, 2));
    });
    const before = await read(view);
    const generation = await read((tx) => tx.generation());
    await write(async (tx) => {
      await tx.write('contacts', 'c1', external('c1', '6135550199', 'Renamed'));
      await tx.write('groups', 'g1', list('g1', 'Nord', ['c1']));
      await tx.write('contacts', 'c2', external('c2', '6135550101'));
      await tx.recordOutcome('client-1', applied(2, 5));
    });
    await write(async (tx) => {
      await tx.write('groups', 'g1', undefined);
      await tx.recordOutcome('client-1', applied(3, 6));
    });

    expect(await restoreBackup(store, A, 4)).toEqual({ cursor: 2, undone: 4 });
    expect(await read(view)).toEqual(before);
    expect(await read((tx) => tx.generation())).toEqual({
      id: expect.not.stringMatching(generation.id),
      lineage: [{ id: generation.id, keptUpTo: 2 }],
    });
    // The restored history goes on from there.
    expect(await write((tx) => tx.write('contacts', 'c3', external('c3', '6135550103')))).toBe(3);
  });

  it('never stops in the middle of a transaction, and keeps the generation when told not to declare one', async () => {
    const { store, write, read } = await storeWithTenant();
    await write((tx) => tx.write('contacts', 'c1', external('c1', '6135550101')));
    await write(async (tx) => {
      for (const id of ['c2', 'c3', 'c4']) await tx.write('contacts', id, external(id, `61355501${id.slice(1)}0`));
    });
    const generation = await read((tx) => tx.generation());
    expect(await restoreBackup(store, A, 1, { declare: false })).toEqual({ cursor: 1, undone: 3 });
    expect((await read((tx) => tx.rowsAfter('contacts', undefined, 10))).map((row) => row.id)).toEqual(['c1']);
    expect(await read((tx) => tx.generation())).toEqual(generation);
  });

  it(`goes back at most ${HISTORY_LIMIT} changes`, async () => {
    const { store, write, read } = await storeWithTenant();
    for (let index = 0; index < HISTORY_LIMIT + 5; index++)
      await write((tx) => tx.write('groups', `g${index}`, list(`g${index}`, `Groupe ${index}`)));
    expect(await restoreBackup(store, A, 10 * HISTORY_LIMIT)).toMatchObject({ cursor: 5 });
    expect(await read((tx) => tx.rowCount('groups'))).toBe(5);
  });

  it('is written to the host through the commit hook, and not at all when the host fails', async () => {
    let failing = false;
    const written: unknown[] = [];
    const store = new MemoryStore(undefined, async (batches) => {
      if (failing) throw new Error('quota exceeded');
      written.push(batches);
    });
    await store.transaction((tx) => tx.putTenant(TENANT_A));
    await store.transaction((tx) => tx.write('contacts', 'c1', external('c1', '6135550101')), {
      tenantId: A,
      mode: 'write',
    });
    failing = true;
    await expect(restoreBackup(store, A, 1)).rejects.toThrow('quota exceeded');
    expect(await store.transaction((tx) => tx.cursor(), { tenantId: A, mode: 'read' })).toBe(1);
    failing = false;
    written.length = 0;
    await restoreBackup(store, A, 1);
    expect(written).toEqual([
      expect.arrayContaining([
        { store: 'entries', puts: [], deletes: [`${A}/contacts/c1`] },
        { store: 'history', puts: [], deletes: [`${A}/1`] },
      ]),
    ]);
  });
});

describe('restore from a backup, the activity log', () => {
  const renamed = (id: string, name: string): NewActivityEntry => ({
    at: 1_700_000_000_000,
    actor: { accountId: 'u1', name: 'Sylvie Gagnon', role: 'administrator' },
    intent: { name: 'group.rename', args: { id, name } },
    rows: [{ table: 'groups', id, name, op: 'update', changes: { name: { before: 'Nord', after: name } } }],
  });
  const rename = (tx: TenantTx, id: string, name: string) =>
    tx.write('groups', id, list(id, name)).then(() => tx.appendActivity(renamed(id, name)));
  const names = (tx: TenantTx) =>
    tx.activity({ limit: 100 }).then((entries) => entries.map((entry) => `${entry.id} ${entry.rows[0]?.name}`));

  it('goes back with the history, as a restored database’s would: later entries gone, numbering from the last kept', async () => {
    const batches: unknown[] = [];
    const store = new MemoryStore(undefined, async (written) => void batches.push(written));
    await store.transaction((tx) => tx.putTenant(TENANT_A));
    const write = <T>(work: (tx: TenantTx) => Promise<T>) => store.transaction(work, { tenantId: A, mode: 'write' });
    const read = <T>(work: (tx: TenantTx) => Promise<T>) => store.transaction(work, { tenantId: A, mode: 'read' });
    await write((tx) => rename(tx, 'g1', 'Est'));
    await write((tx) => rename(tx, 'g1', 'Ouest'));
    await write(async (tx) => {
      await rename(tx, 'g1', 'Sud');
      await rename(tx, 'g2', 'Nord-Est');
    });

    batches.length = 0;
    expect(await restoreBackup(store, A, 2)).toEqual({ cursor: 2, undone: 2 });
    expect(await read(names)).toEqual(['2 Ouest', '1 Est']);
    // The host is told: the entries and the numbering, in the restore's one commit.
    expect(batches).toEqual([
      expect.arrayContaining([
        { store: 'activity', puts: [], deletes: [`${A}/3`, `${A}/4`] },
        { store: 'activityIds', puts: [{ key: A, tenantId: A, lastId: 2 }], deletes: [] },
      ]),
    ]);
    await write((tx) => rename(tx, 'g1', 'Centre'));
    expect(await read(names)).toEqual(['3 Centre', '2 Ouest', '1 Est']);
    // A host that stored the log loads it back with where each entry stands: a second restore goes back as far.
    const reloaded = new MemoryStore(MemoryState.fromDump(store.state.dump()));
    await restoreBackup(reloaded, A, 1);
    expect(await reloaded.transaction(names, { tenantId: A, mode: 'read' })).toEqual(['2 Ouest', '1 Est']);
  });

  it('is left as it was when the host fails to write the restore', async () => {
    let failing = false;
    const store = new MemoryStore(undefined, async () => {
      if (failing) throw new Error('quota exceeded');
    });
    await store.transaction((tx) => tx.putTenant(TENANT_A));
    await store.transaction((tx) => rename(tx, 'g1', 'Est'), { tenantId: A, mode: 'write' });
    failing = true;
    await expect(restoreBackup(store, A, 1)).rejects.toThrow('quota exceeded');
    expect(await store.transaction(names, { tenantId: A, mode: 'read' })).toEqual(['1 Est']);
  });

  it('is emptied by a wipe, numbering from 1 again', async () => {
    const { store, write, read } = await storeWithTenant();
    await write((tx) => rename(tx, 'g1', 'Est'));
    await wipeTenant(store, A);
    expect(await read(names)).toEqual([]);
    await write((tx) => rename(tx, 'g1', 'Ouest'));
    expect(await read(names)).toEqual(['1 Ouest']);
  });
});

describe('wipe', () => {
  it('leaves the tenant empty at cursor 0, with a generation that has nothing in common with the old one', async () => {
    const { store, write, read } = await storeWithTenant();
    await write(async (tx) => {
      await tx.write('contacts', 'c1', external('c1', '6135550101'));
      await tx.recordOutcome('client-1', applied(1, 1));
    });
    await wipeTenant(store, A);
    expect(await read(view)).toMatchObject({ cursor: 0, changes: [], contacts: [], lastAppliedSeq: 0 });
    expect(await read((tx) => tx.generation())).toMatchObject({ lineage: [] });
    expect(await store.transaction((tx) => tx.tenant(A))).toEqual(TENANT_A);
  });
});
