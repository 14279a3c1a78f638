/**
 * The storage contract: what every `Storage` must do for the core to be right on it, as
 * one suite that each implementation runs (memory: server/core/memory/memory-store.test.ts;
 * IndexedDB: mocks/indexeddb-store.test.ts; PostgreSQL: server/postgres/postgres-store.test.ts). Every test starts from an
 * empty store holding two tenants, A and B.
 */
import { afterEach, beforeEach, describe } from 'vitest';
import { describeActivityContract } from './activity';
import { ContractContext, type ContractOptions, type StoreUnderTest } from './context';
import { describeGenerationContract } from './generations';
import { describeRowContract } from './rows';
import { describeTransactionContract } from './transactions';

export type { ContractOptions, StoreUnderTest };

export function describeStorageContract<S extends StoreUnderTest>(
  name: string,
  open: () => Promise<S>,
  options: ContractOptions<S>,
): void {
  describe(`storage contract: ${name}`, () => {
    const context = new ContractContext(open, options);
    beforeEach(() => context.start());
    afterEach(() => context.stop());
    describeRowContract(context);
    describeTransactionContract(context);
    describeGenerationContract(context);
    describeActivityContract(context);
  });
}
