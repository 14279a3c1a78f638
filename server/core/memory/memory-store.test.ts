/** The memory store: the storage contract, and the commit hook a persistent host writes through. */
import { describe, expect, it } from 'vitest';
import { describeStorageContract } from '../storage-contract';
import { external, TENANT_A } from '../storage-contract/context';
import { MemoryStore } from './memory-store';
import { MemoryState } from './memory-state';
import type { JournalBatch } from './records';

describeStorageContract('memory', async () => ({ storage: new MemoryStore(), close: () => undefined }), {
  concurrentTenants: true,
});

describe('memory store commit hook', () => {
  const write = (store: MemoryStore) =>
    store.transaction((tx) => tx.write('contacts', 'c1', external('c1', '6135550101')), {
      tenantId: TENANT_A.id,
      mode: 'write',
    });

  it('gets the records each transaction wrote, and none for a transaction that wrote nothing', async () => {
    const journals: JournalBatch[][] = [];
    const store = new MemoryStore(new MemoryState(), async (batches) => void journals.push(batches));
    await store.transaction((tx) => tx.putTenant(TENANT_A));
    await write(store);
    await store.transaction((tx) => tx.cursor(), { tenantId: TENANT_A.id, mode: 'read' });
    expect(journals).toHaveLength(2);
    expect(journals[1]).toEqual([
      { store: 'tenants', puts: [{ ...TENANT_A, cursor: 1, generation: expect.any(Object) }], deletes: [] },
      { store: 'entries', puts: [expect.objectContaining({ id: 'c1', cursor: 1, op: 'put' })], deletes: [] },
      { store: 'history', puts: [expect.objectContaining({ cursor: 1, txStart: 0, id: 'c1' })], deletes: [] },
    ]);
  });

  it('rolls the transaction back when the hook fails, so memory never runs ahead of what was persisted', async () => {
    let failing = false;
    const store = new MemoryStore(new MemoryState(), async () => {
      if (failing) throw new Error('quota exceeded');
    });
    await store.transaction((tx) => tx.putTenant(TENANT_A));
    failing = true;
    await expect(write(store)).rejects.toThrow('quota exceeded');
    expect(store.state.dump().entries).toEqual([]);
    failing = false;
    expect(await write(store)).toBe(1);
  });
});
