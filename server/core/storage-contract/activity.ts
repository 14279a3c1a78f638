/**
 * The storage contract, activity: numbering, reading by number, account, intent, time and
 * row, retention, all-or-nothing, read-only, tenant isolation, durability, and the account
 * lookup that names an entry's author.
 */
import { describe, expect, it } from 'vitest';
import type { NewActivityEntry } from '../../../src/domain/activity';
import type { Intent } from '../../../src/domain/intents';
import type { TenantTx } from '../storage';
import { TENANT_A, TENANT_B, type ContractContext, type StoreUnderTest } from './context';

const A = TENANT_A.id;
const B = TENANT_B.id;

const rename = (id: string, name: string): Intent => ({ name: 'group.rename', args: { id, name } });

/** An entry by `accountId` at `at`, renaming group `groupId` (and touching `also` as a cascade). */
function entry(accountId: string, at: number, groupId = 'g1', also: string[] = []): NewActivityEntry {
  return {
    at,
    actor: { accountId, name: `Person ${accountId}`, role: 'administrator' },
    intent: rename(groupId, `Name at ${at}`),
    rows: [
      {
        table: 'groups',
        id: groupId,
        name: `Name at ${at}`,
        op: 'update',
        changes: { name: { before: 'a', after: 'b' } },
      },
      ...also.map((id) => ({ table: 'contacts' as const, id, name: id, op: 'update' as const, changes: {} })),
    ],
  };
}

const ids = (entries: Array<{ id: number }>) => entries.map((found) => found.id);

export function describeActivityContract<S extends StoreUnderTest>(context: ContractContext<S>): void {
  describe('activity', () => {
    const fill = async (tx: TenantTx) => {
      await tx.appendActivity(entry('u1', 1_000));
      await tx.appendActivity(entry('u2', 2_000, 'g2', ['c1']));
      await tx.appendActivity({ ...entry('u1', 3_000), intent: { name: 'group.delete', args: { id: 'g1' } } });
      await tx.appendActivity(entry('u2', 4_000, 'g1', ['c1', 'c2']));
    };

    it('numbers entries from 1 and gives them back whole, newest first, or oldest first after a number', async () => {
      const appended = await context.write(A, (tx) => tx.appendActivity(entry('u1', 1_000)));
      expect(appended).toEqual({ id: 1, ...entry('u1', 1_000) });
      await context.write(A, async (tx) => {
        await tx.appendActivity(entry('u2', 2_000));
        await tx.appendActivity(entry('u1', 3_000));
      });
      await context.read(A, async (tx) => {
        expect(await tx.activity({ limit: 10 })).toEqual([
          { id: 3, ...entry('u1', 3_000) },
          { id: 2, ...entry('u2', 2_000) },
          appended,
        ]);
        expect(ids(await tx.activity({ limit: 2 }))).toEqual([3, 2]);
        expect(ids(await tx.activity({ before: 3, limit: 10 }))).toEqual([2, 1]);
        expect(ids(await tx.activity({ after: 1, limit: 10 }))).toEqual([2, 3]);
        expect(ids(await tx.activity({ after: 0, limit: 1 }))).toEqual([1]);
        expect(await tx.activity({ after: 3, limit: 10 })).toEqual([]);
      });
    });

    it('filters by account, intent, time and row, all together', async () => {
      await context.write(A, fill);
      await context.read(A, async (tx) => {
        expect(ids(await tx.activity({ accountId: 'u1', limit: 10 }))).toEqual([3, 1]);
        expect(ids(await tx.activity({ intents: ['group.delete'], limit: 10 }))).toEqual([3]);
        expect(ids(await tx.activity({ intents: ['group.rename', 'subList.create'], limit: 10 }))).toEqual([4, 2, 1]);
        expect(ids(await tx.activity({ from: 2_000, to: 4_000, limit: 10 }))).toEqual([3, 2]);
        expect(ids(await tx.activity({ row: { table: 'contacts', id: 'c1' }, limit: 10 }))).toEqual([4, 2]);
        expect(ids(await tx.activity({ row: { table: 'groups', id: 'g1' }, limit: 10 }))).toEqual([4, 3, 1]);
        expect(await tx.activity({ row: { table: 'subLists', id: 'g1' }, limit: 10 })).toEqual([]);
        expect(
          ids(await tx.activity({ accountId: 'u2', row: { table: 'contacts', id: 'c1' }, from: 3_000, limit: 10 })),
        ).toEqual([4]);
        expect(ids(await tx.activity({ accountId: 'u2', before: 4, after: 0, limit: 10 }))).toEqual([2]);
      });
    });

    it('trims the entries made before a time; numbers never come back, even once every entry is gone', async () => {
      await context.write(A, fill);
      expect(await context.write(A, (tx) => tx.trimActivity(3_000))).toBe(2);
      expect(ids(await context.read(A, (tx) => tx.activity({ limit: 10 })))).toEqual([4, 3]);
      expect(await context.write(A, (tx) => tx.trimActivity(10_000))).toBe(2);
      expect(await context.read(A, (tx) => tx.activity({ limit: 10 }))).toEqual([]);
      expect((await context.write(A, (tx) => tx.appendActivity(entry('u1', 11_000)))).id).toBe(5);
    });

    it('writes nothing when its transaction throws, and nothing in a read transaction', async () => {
      await context.write(A, (tx) => tx.appendActivity(entry('u1', 1_000)));
      const failure = new Error('a bug halfway');
      const failing = context.write(A, async (tx) => {
        await tx.appendActivity(entry('u1', 2_000));
        await tx.trimActivity(5_000);
        throw failure;
      });
      await expect(failing).rejects.toBe(failure);
      await expect(context.read(A, (tx) => tx.appendActivity(entry('u1', 3_000)))).rejects.toThrow();
      await expect(context.read(A, (tx) => tx.trimActivity(5_000))).rejects.toThrow();
      expect(ids(await context.read(A, (tx) => tx.activity({ limit: 10 })))).toEqual([1]);
      expect((await context.write(A, (tx) => tx.appendActivity(entry('u1', 4_000)))).id).toBe(2);
    });

    it("keeps each tenant's log and numbering apart", async () => {
      await context.write(A, fill);
      expect((await context.write(B, (tx) => tx.appendActivity(entry('u9', 5_000)))).id).toBe(1);
      await context.read(B, async (tx) => {
        expect(ids(await tx.activity({ limit: 10 }))).toEqual([1]);
        expect(await tx.activity({ accountId: 'u1', limit: 10 })).toEqual([]);
        expect(await tx.activity({ row: { table: 'contacts', id: 'c1' }, limit: 10 })).toEqual([]);
      });
      expect(await context.write(B, (tx) => tx.trimActivity(10_000))).toBe(1);
      expect(ids(await context.read(A, (tx) => tx.activity({ limit: 10 })))).toEqual([4, 3, 2, 1]);
    });

    it('finds an account by id and by username, with its role', async () => {
      const supervisor = {
        id: 'u7',
        tenantId: A,
        username: 'crew@a.test',
        displayName: 'Chloé Bérubé',
        passwordHash: 'pbkdf2-sha256$1$c2FsdA$aGFzaA',
        role: 'supervisor' as const,
      };
      await context.directory((tx) => tx.putAccount(supervisor));
      expect(await context.directory((tx) => tx.accountById('u7'))).toEqual(supervisor);
      // Sign-in finds the account by its username: the role must come with it there too.
      expect(await context.directory((tx) => tx.accountByUsername('crew@a.test'))).toEqual(supervisor);
      expect(await context.directory((tx) => tx.accountById('u8'))).toBeUndefined();
    });

    it.runIf(context.options.reopen !== undefined)('finds the log and its numbering after a reopen', async () => {
      await context.write(A, fill);
      await context.write(A, (tx) => tx.trimActivity(10_000));
      await context.write(A, (tx) => tx.appendActivity(entry('u1', 12_000, 'g3', ['c1'])));
      await context.reopen();
      await context.read(A, async (tx) => {
        expect(await tx.activity({ row: { table: 'contacts', id: 'c1' }, limit: 10 })).toEqual([
          { id: 5, ...entry('u1', 12_000, 'g3', ['c1']) },
        ]);
      });
      expect((await context.write(A, (tx) => tx.appendActivity(entry('u1', 13_000)))).id).toBe(6);
    });
  });
}
