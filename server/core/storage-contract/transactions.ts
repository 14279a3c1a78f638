/**
 * The storage contract, transactions and the directory: tenants, accounts, sessions,
 * client sequences and outcomes, all-or-nothing, read-only, one writer per tenant, and
 * (for a durable store) what a reopen finds.
 */
import { describe, expect, it } from 'vitest';
import type { MutationOutcome } from '../../../src/domain/protocol';
import type { AccountRecord, SessionRecord, TenantTx } from '../storage';
import { external, idsOf, list, TENANT_A, TENANT_B, type ContractContext, type StoreUnderTest } from './context';

const A = TENANT_A.id;
const B = TENANT_B.id;

const account = (id: string, username: string): AccountRecord => ({
  id,
  tenantId: A,
  username,
  displayName: `Account ${id}`,
  passwordHash: 'pbkdf2-sha256$1$c2FsdA$aGFzaA',
  role: 'administrator',
});
const session = (tokenHash: string): SessionRecord => ({ tokenHash, tenantId: A, accountId: 'u1', expiresAt: 1e13 });
const conflict: MutationOutcome = {
  seq: 2,
  key: 'client-1:2',
  status: 'conflict',
  server: { version: 7, fields: { name: 'Theirs', scanList: [{ groupId: 'g1', priority: 'p1' }] } },
};

/** A promise and the function that settles it: holds a transaction open until the test says so. */
function gate() {
  let open = () => {};
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { opened, open };
}

/** Lets whatever is ready to run get as far as it can. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

export function describeTransactionContract<S extends StoreUnderTest>(context: ContractContext<S>): void {
  describe('directory', () => {
    it('keeps tenants; an update keeps the cursor', async () => {
      await context.write(A, (tx) => tx.write('contacts', 'c1', external('c1', '6135550101')));
      await context.directory((tx) => tx.putTenant({ ...TENANT_A, name: 'Alpha inc.' }));
      expect(await context.directory((tx) => tx.tenant(A))).toEqual({ ...TENANT_A, name: 'Alpha inc.' });
      expect(await context.directory((tx) => tx.tenant('tenant-none'))).toBeUndefined();
      expect(await context.read(A, (tx) => tx.cursor())).toBe(1);
    });

    it('refuses a tenant transaction on an unknown tenant before its work runs', async () => {
      let ran = false;
      const work = async () => void (ran = true);
      await expect(context.storage.transaction(work, { tenantId: 'tenant-none', mode: 'read' })).rejects.toThrow();
      expect(ran).toBe(false);
    });

    it('finds an account by its exact username, which belongs to one account only', async () => {
      await context.directory((tx) => tx.putAccount(account('u1', 'admin@a.test')));
      expect(await context.directory((tx) => tx.accountByUsername('admin@a.test'))).toEqual(
        account('u1', 'admin@a.test'),
      );
      expect(await context.directory((tx) => tx.accountByUsername('other@a.test'))).toBeUndefined();
      await expect(context.directory((tx) => tx.putAccount(account('u2', 'admin@a.test')))).rejects.toThrow();
      await context.directory((tx) => tx.putAccount(account('u1', 'renamed@a.test')));
      expect(await context.directory((tx) => tx.accountByUsername('admin@a.test'))).toBeUndefined();
      expect((await context.directory((tx) => tx.accountByUsername('renamed@a.test')))?.id).toBe('u1');
    });

    it('stores, finds and deletes sessions by their token hash', async () => {
      await context.directory((tx) => tx.putSession(session('hash-1')));
      expect(await context.directory((tx) => tx.session('hash-1'))).toEqual(session('hash-1'));
      await context.directory((tx) => tx.deleteSession('hash-1'));
      expect(await context.directory((tx) => tx.session('hash-1'))).toBeUndefined();
    });
  });

  describe('client sequences and outcomes', () => {
    it('a client is at 0 until an outcome is recorded, which stores it with its key and moves the client on', async () => {
      expect(await context.read(A, (tx) => tx.lastAppliedSeq('client-1'))).toBe(0);
      await context.write(A, async (tx) => {
        await tx.recordOutcome('client-1', { seq: 1, key: 'client-1:1', status: 'applied' });
        await tx.recordOutcome('client-1', conflict);
      });
      await context.read(A, async (tx) => {
        expect(await tx.lastAppliedSeq('client-1')).toBe(2);
        expect(await tx.storedOutcome('client-1', 1)).toEqual({ seq: 1, key: 'client-1:1', status: 'applied' });
        expect(await tx.storedOutcome('client-1', 2)).toEqual(conflict);
        expect(await tx.storedOutcome('client-1', 3)).toBeUndefined();
        expect(await tx.lastAppliedSeq('client-2')).toBe(0);
      });
    });
  });

  describe('transactions', () => {
    it('a transaction that throws writes nothing at all', async () => {
      await context.write(A, async (tx) => {
        await tx.write('contacts', 'c1', external('c1', '6135550101'));
        await tx.write('groups', 'g1', list('g1', 'Nord', ['c1']));
      });
      const before = await context.read(A, (tx) => tx.changesSince(0, 10));
      const failure = new Error('a bug halfway');
      const failing = context.write(A, async (tx) => {
        await tx.write('contacts', 'c1', external('c1', '6135550199'));
        await tx.write('contacts', 'c2', external('c2', '6135550101'));
        await tx.write('groups', 'g1', undefined);
        await tx.recordOutcome('client-1', { seq: 1, key: 'client-1:1', status: 'applied' });
        await tx.putSession(session('hash-1'));
        throw failure;
      });
      await expect(failing).rejects.toBe(failure);
      await expect(
        context.directory((tx) => tx.putAccount(account('u1', 'a@a.test')).then(() => Promise.reject(failure))),
      ).rejects.toBe(failure);

      await context.read(A, async (tx) => {
        expect(await tx.cursor()).toBe(2);
        expect(await tx.changesSince(0, 10)).toEqual(before);
        expect((await tx.contactByPhone('6135550101'))?.id).toBe('c1');
        expect(await tx.contactByPhone('6135550199')).toBeUndefined();
        expect(idsOf(await tx.listsWithMember('groups', 'c1'))).toEqual(['g1']);
        expect(await tx.get('contacts', 'c2')).toBeUndefined();
        expect(await tx.lastAppliedSeq('client-1')).toBe(0);
        expect(await tx.session('hash-1')).toBeUndefined();
        expect(await tx.accountByUsername('a@a.test')).toBeUndefined();
      });
      expect(await context.write(A, (tx) => tx.write('contacts', 'c3', external('c3', '6135550103')))).toBe(3);
    });

    it('a read transaction refuses every write, and nothing is written', async () => {
      const attempts: Array<(tx: TenantTx) => Promise<unknown>> = [
        (tx) => tx.write('contacts', 'c1', external('c1', '6135550101')),
        (tx) => tx.recordOutcome('client-1', { seq: 1, key: 'client-1:1', status: 'applied' }),
        (tx) => tx.putSession(session('hash-1')),
      ];
      for (const attempt of attempts) await expect(context.read(A, attempt)).rejects.toThrow();
      await context.read(A, async (tx) => {
        expect(await tx.cursor()).toBe(0);
        expect(await tx.lastAppliedSeq('client-1')).toBe(0);
        expect(await tx.session('hash-1')).toBeUndefined();
      });
    });

    it("runs one tenant's writing transactions one at a time", async () => {
      const held = gate();
      const events: string[] = [];
      const first = context.write(A, async (tx) => {
        await tx.write('contacts', 'c1', external('c1', '6135550101'));
        await held.opened;
        await tx.write('contacts', 'c2', external('c2', '6135550102'));
        events.push('first done');
      });
      await settle();
      const second = context.write(A, async (tx) => {
        events.push('second starts');
        return tx.write('contacts', 'c3', external('c3', '6135550103'));
      });
      await settle();
      expect(events).toEqual([]);
      held.open();
      await first;
      expect(await second).toBe(3);
      expect(events).toEqual(['first done', 'second starts']);
    });

    it.runIf(context.options.concurrentTenants)("does not hold up another tenant's transactions", async () => {
      const held = gate();
      const first = context.write(A, async (tx) => {
        await tx.write('contacts', 'c1', external('c1', '6135550101'));
        await held.opened;
      });
      await settle();
      expect(await context.write(B, (tx) => tx.write('contacts', 'c1', external('c1', '6135550101')))).toBe(1);
      held.open();
      await first;
    });
  });

  describe.runIf(context.options.reopen !== undefined)('durability', () => {
    it('finds after a reopen everything committed: directory, rows, log order, indexes, clients', async () => {
      await context.directory(async (tx) => {
        await tx.putAccount(account('u1', 'admin@a.test'));
        await tx.putSession(session('hash-1'));
      });
      await context.write(A, async (tx) => {
        await tx.write('contacts', 'c1', external('c1', '6135550101'));
        await tx.write('groups', 'g1', list('g1', 'Nord', ['c1']));
        await tx.write('contacts', 'c1', external('c1', '6135550199'));
        await tx.recordOutcome('client-1', conflict);
      });
      const changes = await context.read(A, (tx) => tx.changesSince(0, 10));
      await context.reopen();
      expect(await context.directory((tx) => tx.accountByUsername('admin@a.test'))).toEqual(
        account('u1', 'admin@a.test'),
      );
      expect(await context.directory((tx) => tx.session('hash-1'))).toEqual(session('hash-1'));
      await context.read(A, async (tx) => {
        expect(await tx.cursor()).toBe(3);
        expect(await tx.changesSince(0, 10)).toEqual(changes);
        expect((await tx.contactByPhone('6135550199'))?.id).toBe('c1');
        expect(idsOf(await tx.listsWithMember('groups', 'c1'))).toEqual(['g1']);
        expect(await tx.storedOutcome('client-1', 2)).toEqual(conflict);
        expect(await tx.lastAppliedSeq('client-1')).toBe(2);
      });
    });
  });
}
