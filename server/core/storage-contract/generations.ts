/** The storage contract, generations: each tenant's history has one, kept with the tenant, changed only on purpose. */
import { describe, expect, it } from 'vitest';
import type { Generation, MutationOutcome } from '../../../src/domain/protocol';
import { external, TENANT_A, TENANT_B, type ContractContext, type StoreUnderTest } from './context';

const A = TENANT_A.id;
const B = TENANT_B.id;

const restored: Generation = { id: 'gen-after-restore', lineage: [{ id: 'gen-before', keptUpTo: 41 }] };

export function describeGenerationContract<S extends StoreUnderTest>(context: ContractContext<S>): void {
  describe('generations', () => {
    it('a new tenant gets a generation of its own with no lineage; renaming the tenant keeps it', async () => {
      const a = await context.read(A, (tx) => tx.generation());
      const b = await context.read(B, (tx) => tx.generation());
      expect(a).toEqual({ id: expect.any(String), lineage: [] });
      expect(a.id).not.toBe(b.id);
      await context.write(A, (tx) => tx.write('contacts', 'c1', external('c1', '6135550101')));
      await context.directory((tx) => tx.putTenant({ ...TENANT_A, name: 'Alpha inc.' }));
      expect(await context.read(A, (tx) => tx.generation())).toEqual(a);
    });

    it('keeps the generation it is given, for that tenant only; a read transaction refuses, a failed one leaves it', async () => {
      const before = await context.read(B, (tx) => tx.generation());
      await context.write(A, (tx) => tx.setGeneration(restored));
      expect(await context.read(A, (tx) => tx.generation())).toEqual(restored);
      expect(await context.read(B, (tx) => tx.generation())).toEqual(before);
      await expect(context.read(A, (tx) => tx.setGeneration({ id: 'x', lineage: [] }))).rejects.toThrow();
      const failure = new Error('a bug halfway');
      await expect(
        context.write(A, async (tx) => {
          await tx.setGeneration({ id: 'never', lineage: [] });
          throw failure;
        }),
      ).rejects.toBe(failure);
      expect(await context.read(A, (tx) => tx.generation())).toEqual(restored);
    });

    it('stores an outcome with the cursor it was judged at and the members it left out', async () => {
      const outcome: MutationOutcome = {
        seq: 1,
        key: 'edit-1',
        status: 'applied',
        cursor: 7,
        droppedMembers: ['gone'],
      };
      await context.write(A, (tx) => tx.recordOutcome('client-1', outcome));
      expect(await context.read(A, (tx) => tx.storedOutcome('client-1', 1))).toEqual(outcome);
    });

    it('finds a stored outcome by its key, under any client of the tenant and in no other tenant', async () => {
      const outcome: MutationOutcome = { seq: 3, key: 'edit-3', status: 'merged', cursor: 2 };
      await context.write(A, async (tx) => {
        await tx.recordOutcome('client-1', { seq: 1, key: 'edit-1', status: 'applied', cursor: 1 });
        await tx.recordOutcome('client-1', { seq: 2, key: 'edit-2', status: 'rejected', reason: 'notFound' });
        await tx.recordOutcome('client-1', outcome);
      });
      await context.write(A, (tx) => tx.recordOutcome('client-2', { ...outcome, seq: 1 }));
      expect(await context.read(A, (tx) => tx.outcomeByKey('edit-3'))).toMatchObject({ key: 'edit-3', cursor: 2 });
      expect(await context.read(A, (tx) => tx.outcomeByKey('edit-9'))).toBeUndefined();
      expect(await context.read(B, (tx) => tx.outcomeByKey('edit-3'))).toBeUndefined();
    });

    it.runIf(context.options.reopen !== undefined)('finds the generation again after a reopen', async () => {
      await context.write(A, (tx) => tx.setGeneration(restored));
      await context.reopen();
      expect(await context.read(A, (tx) => tx.generation())).toEqual(restored);
    });
  });
}
