/**
 * Loads seed tenants into any `Storage`: the tenant, its accounts (passwords hashed by
 * the host's hasher) and its generated rows. `resetToSeed` puts the rows back later, as
 * new changes that clients pull.
 */
import { firstBackup } from '../core/memory/backups';
import { MemoryStore, type MemoryBacked } from '../core/memory/memory-store';
import { TenantData } from '../core/memory/tenant-data';
import type { PasswordHasher } from '../core/passwords';
import { restoreRows, type TableRows } from '../core/rows';
import { normalizeUsername } from '../core/sessions';
import { delegatingStorage, type Storage } from '../core/storage';
import { DEMO_PASSWORD_HASHER, seedAccountId, type TenantSpec } from './demo';
import { generateTenant } from './generate';

/** Creates each tenant with its accounts and seed rows. */
export async function seedStorage(storage: Storage, specs: readonly TenantSpec[], passwords: PasswordHasher) {
  await seedDirectory(storage, specs, passwords);
  await resetToSeed(storage, specs);
}

/** Creates each tenant (no rows yet) with its accounts. */
export async function seedDirectory(storage: Storage, specs: readonly TenantSpec[], passwords: PasswordHasher) {
  for (const { id, name, kind } of specs) await storage.transaction((tx) => tx.putTenant({ id, name, kind }));
  await provisionAccounts(storage, specs, passwords);
}

/**
 * The tenant of `specs` created by `seedDirectory` as `seedStorage` would have left it (its seed rows, no
 * history before them), its record and generation kept: for a store that makes a tenant's rows
 * on first use (mocks/indexeddb-store.ts).
 */
export async function seededTenant(specs: readonly TenantSpec[], current: TenantData): Promise<TenantData> {
  const spec = specs.find(({ id }) => id === current.id);
  if (!spec) throw new Error(`No seed for tenant ${current.id}`);
  const scratch = new MemoryStore();
  scratch.state.tenants.set(spec.id, new TenantData(current.record));
  await resetToSeed(scratch, [spec]);
  await firstBackup(scratch, [spec.id]);
  const seeded = scratch.state.tenants.get(spec.id);
  if (!seeded) throw new Error(`Tenant ${spec.id} was not seeded`);
  return seeded;
}

/** Adds the specs' accounts that the storage lacks (an account that exists keeps its password). */
export async function provisionAccounts(storage: Storage, specs: readonly TenantSpec[], passwords: PasswordHasher) {
  for (const spec of specs) {
    for (const [index, account] of spec.accounts.entries()) {
      const username = normalizeUsername(account.username);
      if (await storage.transaction((tx) => tx.accountByUsername(username))) continue;
      const passwordHash = await passwords.hash(account.password);
      await storage.transaction((tx) =>
        tx.putAccount({
          id: seedAccountId(spec, index),
          tenantId: spec.id,
          username,
          displayName: account.displayName,
          passwordHash,
          ...(account.role ? { role: account.role } : {}),
        }),
      );
    }
  }
}

/** Puts each tenant's rows back to its seed, one transaction per tenant. */
export async function resetToSeed(storage: Storage, specs: readonly TenantSpec[]) {
  for (const spec of specs) {
    const rows = seedRows(spec);
    await storage.transaction((tx) => restoreRows(tx, rows), { tenantId: spec.id, mode: 'write' });
  }
}

/** A tenant's seed rows: the generated ones, and each supervisor account's scope. */
export function seedRows(spec: TenantSpec): TableRows {
  const rows = generateTenant(spec.size);
  const supervisors = spec.accounts.flatMap((account, index) =>
    account.role === 'supervisor'
      ? [
          {
            id: seedAccountId(spec, index),
            name: account.displayName,
            groupIds: (account.groups ?? []).flatMap((at) => rows.groups[at]?.id ?? []),
            version: 0,
          },
        ]
      : [],
  );
  return { ...rows, supervisors };
}

/** A memory store holding `specs`, usable at once: its first transaction waits for the seeding. */
export function seededMemoryStore(
  specs: readonly TenantSpec[],
  passwords: PasswordHasher = DEMO_PASSWORD_HASHER,
): MemoryBacked {
  const memory = new MemoryStore();
  const ready = seedStorage(memory, specs, passwords).then(() => firstBackup(memory));
  const withMemory = async <T>(work: (store: MemoryStore) => Promise<T>) => {
    await ready;
    return work(memory);
  };
  return { ...delegatingStorage(withMemory), withMemory };
}
