/** The storage contract, rows: cursors and versions, the change log, snapshot pages, indexes, tenant isolation. */
import { describe, expect, it } from 'vitest';
import type { TenantTx } from '../storage';
import { external, idsOf, list, TENANT_A, TENANT_B, type ContractContext, type StoreUnderTest } from './context';

const A = TENANT_A.id;
const B = TENANT_B.id;

export function describeRowContract<S extends StoreUnderTest>(context: ContractContext<S>): void {
  describe('cursors and versions', () => {
    it('a new tenant is at cursor 0, with no rows and no changes', async () => {
      await context.read(A, async (tx) => {
        expect(await tx.cursor()).toBe(0);
        expect(await tx.rowsAfter('contacts', undefined, 10)).toEqual([]);
        expect(await tx.rowCount('groups')).toBe(0);
        expect(await tx.changesSince(0, 10)).toEqual([]);
      });
    });

    it('each write takes the next cursor, which becomes the row version', async () => {
      await context.write(A, async (tx) => {
        expect(await tx.write('contacts', 'c1', external('c1', '6135550101'))).toBe(1);
        expect(await tx.write('groups', 'g1', list('g1', 'Nord'))).toBe(2);
        expect(await tx.write('contacts', 'c1', external('c1', '6135550101', 'Renamed'))).toBe(3);
      });
      await context.read(A, async (tx) => {
        expect(await tx.cursor()).toBe(3);
        expect(await tx.get('contacts', 'c1')).toEqual({ ...external('c1', '6135550101', 'Renamed'), version: 3 });
        expect(await tx.get('groups', 'g1')).toEqual({ ...list('g1', 'Nord'), version: 2 });
        expect(await tx.get('groups', 'c1')).toBeUndefined();
      });
    });

    it('an id deleted and written again comes back with a higher version', async () => {
      await context.write(A, async (tx) => {
        await tx.write('subLists', 's1', list('s1', 'Liste'));
        await tx.write('subLists', 's1', undefined);
        expect(await tx.get('subLists', 's1')).toBeUndefined();
        await tx.write('subLists', 's1', list('s1', 'Liste'));
        expect((await tx.get('subLists', 's1'))?.version).toBe(3);
      });
    });
  });

  describe('change log', () => {
    const fill = (tx: TenantTx) =>
      (async () => {
        await tx.write('contacts', 'c1', external('c1', '6135550101'));
        await tx.write('contacts', 'c2', external('c2', '6135550102'));
        await tx.write('groups', 'g1', list('g1', 'Nord', ['c1']));
        await tx.write('contacts', 'c1', external('c1', '6135550101', 'Renamed'));
        await tx.write('contacts', 'c2', undefined);
      })();

    it('keeps each row once, at its latest change, oldest first; a delete is a tombstone', async () => {
      await context.write(A, fill);
      const changes = await context.read(A, (tx) => tx.changesSince(0, 10));
      expect(changes).toEqual([
        {
          cursor: 3,
          table: 'groups',
          id: 'g1',
          op: 'put',
          version: 3,
          row: { ...list('g1', 'Nord', ['c1']), version: 3 },
        },
        {
          cursor: 4,
          table: 'contacts',
          id: 'c1',
          op: 'put',
          version: 4,
          row: { ...external('c1', '6135550101', 'Renamed'), version: 4 },
        },
        { cursor: 5, table: 'contacts', id: 'c2', op: 'delete', version: 5 },
      ]);
      expect(changes[2]).not.toHaveProperty('row');
    });

    it('gives the changes after a cursor, at most `limit`', async () => {
      await context.write(A, fill);
      await context.read(A, async (tx) => {
        expect((await tx.changesSince(3, 10)).map((change) => change.id)).toEqual(['c1', 'c2']);
        expect((await tx.changesSince(0, 2)).map((change) => change.cursor)).toEqual([3, 4]);
        expect(await tx.changesSince(5, 10)).toEqual([]);
        expect(await tx.changesSince(99, 10)).toEqual([]);
      });
    });
  });

  describe('snapshot pages', () => {
    it('gives rows by id in code-unit order, after an id, at most `limit`, without deleted rows', async () => {
      await context.write(A, async (tx) => {
        for (const [index, id] of ['b', 'B', 'a-1', 'a', '_x', 'gone'].entries())
          await tx.write('contacts', id, external(id, `61355502${10 + index}`));
        await tx.write('contacts', 'gone', undefined);
      });
      await context.read(A, async (tx) => {
        expect((await tx.rowsAfter('contacts', undefined, 2)).map((row) => row.id)).toEqual(['B', '_x']);
        expect((await tx.rowsAfter('contacts', '_x', 10)).map((row) => row.id)).toEqual(['a', 'a-1', 'b']);
        expect((await tx.rowsAfter('contacts', 'a-0', 1)).map((row) => row.id)).toEqual(['a-1']);
        expect(await tx.rowsAfter('contacts', 'b', 10)).toEqual([]);
        expect(await tx.rowCount('contacts')).toBe(5);
        expect(await tx.rowCount('groups')).toBe(0);
      });
    });
  });

  describe('indexes', () => {
    it('finds a contact by phone after its number changes, and no longer once deleted', async () => {
      await context.write(A, async (tx) => {
        await tx.write('contacts', 'c1', external('c1', '6135550101'));
        await tx.write('contacts', 'c1', external('c1', '6135550199'));
        await tx.write('contacts', 'c2', external('c2', '6135550101'));
      });
      await context.read(A, async (tx) => {
        expect((await tx.contactByPhone('6135550101'))?.id).toBe('c2');
        expect((await tx.contactByPhone('6135550199'))?.id).toBe('c1');
      });
      await context.write(A, (tx) => tx.write('contacts', 'c1', undefined));
      expect(await context.read(A, (tx) => tx.contactByPhone('6135550199'))).toBeUndefined();
    });

    it('finds a list by name key in its own table, after a rename and not after a delete', async () => {
      await context.write(A, async (tx) => {
        await tx.write('groups', 'g1', list('g1', 'Nord'));
        await tx.write('subLists', 's1', list('s1', 'Sud'));
        await tx.write('groups', 'g1', list('g1', 'Est'));
      });
      await context.read(A, async (tx) => {
        expect(await tx.listByNameKey('groups', 'nord')).toBeUndefined();
        expect((await tx.listByNameKey('groups', 'est'))?.id).toBe('g1');
        expect(await tx.listByNameKey('groups', 'sud')).toBeUndefined();
        expect((await tx.listByNameKey('subLists', 'sud'))?.id).toBe('s1');
      });
      await context.write(A, (tx) => tx.write('groups', 'g1', undefined));
      expect(await context.read(A, (tx) => tx.listByNameKey('groups', 'est'))).toBeUndefined();
    });

    it('finds the lists holding a member, as memberships change', async () => {
      await context.write(A, async (tx) => {
        await tx.write('groups', 'g1', list('g1', 'Un', ['m1', 'm2']));
        await tx.write('groups', 'g2', list('g2', 'Deux', ['m2']));
        await tx.write('subLists', 's1', list('s1', 'Trois', ['m2']));
      });
      expect(idsOf(await context.read(A, (tx) => tx.listsWithMember('groups', 'm2')))).toEqual(['g1', 'g2']);
      await context.write(A, async (tx) => {
        await tx.write('groups', 'g1', list('g1', 'Un', ['m1']));
        await tx.write('groups', 'g2', undefined);
      });
      await context.read(A, async (tx) => {
        expect(await tx.listsWithMember('groups', 'm2')).toEqual([]);
        expect(idsOf(await tx.listsWithMember('groups', 'm1'))).toEqual(['g1']);
        expect(idsOf(await tx.listsWithMember('subLists', 'm2'))).toEqual(['s1']);
      });
    });

    it('finds the supervisors whose scope holds a group, in their own tenant only', async () => {
      const supervisor = (id: string, groupIds: string[]) => ({ id, name: `Superviseur ${id}`, groupIds, version: 0 });
      await context.write(A, async (tx) => {
        await tx.write('supervisors', 'u1', supervisor('u1', ['g1', 'g2']));
        await tx.write('supervisors', 'u2', supervisor('u2', ['g2']));
      });
      await context.write(B, (tx) => tx.write('supervisors', 'u3', supervisor('u3', ['g2'])));
      expect(idsOf(await context.read(A, (tx) => tx.supervisorsOfGroup('g2')))).toEqual(['u1', 'u2']);
      await context.write(A, (tx) => tx.write('supervisors', 'u1', supervisor('u1', ['g1'])));
      await context.read(A, async (tx) => {
        expect(idsOf(await tx.supervisorsOfGroup('g2'))).toEqual(['u2']);
        expect(await tx.get('supervisors', 'u1')).toEqual({ ...supervisor('u1', ['g1']), version: 3 });
        expect(idsOf(await tx.rowsAfter('supervisors', undefined, 10))).toEqual(['u1', 'u2']);
      });
    });
  });

  describe('tenant isolation', () => {
    it("one tenant's rows, changes, cursor and clients never show in another's", async () => {
      await context.write(A, async (tx) => {
        await tx.write('contacts', 'c1', external('c1', '6135550101'));
        await tx.write('groups', 'g1', list('g1', 'Nord', ['c1']));
        await tx.recordOutcome('client-1', { seq: 1, key: 'client-1:1', status: 'applied' });
      });
      await context.write(B, (tx) => tx.write('subLists', 's1', list('s1', 'Sud')));
      await context.read(B, async (tx) => {
        expect(await tx.cursor()).toBe(1);
        expect(await tx.get('contacts', 'c1')).toBeUndefined();
        expect(await tx.contactByPhone('6135550101')).toBeUndefined();
        expect(await tx.listByNameKey('groups', 'nord')).toBeUndefined();
        expect(await tx.listsWithMember('groups', 'c1')).toEqual([]);
        expect(await tx.rowsAfter('contacts', undefined, 10)).toEqual([]);
        expect(await tx.rowCount('groups')).toBe(0);
        expect((await tx.changesSince(0, 10)).map((change) => change.id)).toEqual(['s1']);
        expect(await tx.lastAppliedSeq('client-1')).toBe(0);
        expect(await tx.storedOutcome('client-1', 1)).toBeUndefined();
      });
      expect(await context.read(A, (tx) => tx.cursor())).toBe(2);
    });
  });
}
