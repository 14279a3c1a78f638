/** The storage contract's fixtures, and the context each of its tests works with. */
import type { ExternalContact, MemberList } from '../../../src/domain/model';
import type { DirectoryTx, Storage, TenantRecord, TenantTx } from '../storage';

export interface StoreUnderTest {
  storage: Storage;
  close(): Promise<void> | void;
}

export interface ContractOptions<S extends StoreUnderTest = StoreUnderTest> {
  /** Whether one tenant's open transaction leaves other tenants' transactions free to run. */
  concurrentTenants: boolean;
  /** Opens the same data again, as a restarted process or another tab would; absent for a store with no durability. */
  reopen?: (store: S) => Promise<S>;
}

export const TENANT_A: TenantRecord = { id: 'tenant-a', name: 'Alpha', kind: 'small-business' };
export const TENANT_B: TenantRecord = { id: 'tenant-b', name: 'Bêta', kind: 'large-enterprise' };

export function external(id: string, phone: string, name = `Contact ${id}`): ExternalContact {
  return { id, kind: 'external', name, phone, sortKey: `${name.toLowerCase()} ${id}`, version: 0 };
}

export function list(id: string, name: string, memberIds: string[] = []): MemberList {
  return { id, name, nameKey: name.toLowerCase(), memberIds, version: 0 };
}

/** The ids of rows, sorted: for lookups whose order is not part of the contract. */
export const idsOf = (rows: Array<{ id: string }>) => rows.map((row) => row.id).sort();

/** What each test of the suite works with: the store now open, and shortcuts to its transactions. */
export class ContractContext<S extends StoreUnderTest = StoreUnderTest> {
  private current: S | undefined;

  constructor(
    private readonly open: () => Promise<S>,
    readonly options: ContractOptions<S>,
  ) {}

  get storage(): Storage {
    if (!this.current) throw new Error('no store is open');
    return this.current.storage;
  }

  async start(): Promise<void> {
    this.current = await this.open();
    await this.directory(async (tx) => {
      await tx.putTenant(TENANT_A);
      await tx.putTenant(TENANT_B);
    });
  }

  async stop(): Promise<void> {
    await this.current?.close();
    this.current = undefined;
  }

  async reopen(): Promise<void> {
    if (!this.current || !this.options.reopen) throw new Error('this store cannot be reopened');
    this.current = await this.options.reopen(this.current);
  }

  directory<T>(work: (tx: DirectoryTx) => Promise<T>): Promise<T> {
    return this.storage.transaction(work);
  }

  write<T>(tenantId: string, work: (tx: TenantTx) => Promise<T>): Promise<T> {
    return this.storage.transaction(work, { tenantId, mode: 'write' });
  }

  read<T>(tenantId: string, work: (tx: TenantTx) => Promise<T>): Promise<T> {
    return this.storage.transaction(work, { tenantId, mode: 'read' });
  }
}
