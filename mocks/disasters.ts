/**
 * What can happen to a server's history, on demand, for the demo panel and the tests: a
 * restore from a backup taken some changes ago (a failover to a standby that is behind is
 * the same thing; never before the tenant's seed), and a wipe followed by a fresh seed. Each starts a new generation, so
 * the app notices, loads the data again and sends what the new history lacks (docs/sync.md).
 */
import { firstBackup, restoreBackup, wipeTenant, type Restored } from '../server/core/memory/backups';
import type { MemoryBacked } from '../server/core/memory/memory-store';
import type { TenantSpec } from '../server/seed/demo';
import { resetToSeed } from '../server/seed/seed-storage';

export interface Disasters {
  /**
   * The tenant's server restored from a backup taken `changes` changes ago (never in the
   * middle of a transaction; at most as far back as the server's history of the last 1,000
   * changes). `declare: false` forgets to start a new generation, as an operator could.
   * Resolves to where it went: the cursor, and how many changes it undid (none when nothing changed since the seed).
   */
  restoreBackup(tenantId: string, changes: number, options?: { declare?: boolean }): Promise<Restored>;
  /** The tenant's data wiped and seeded again: nothing in common with the history clients knew. */
  wipe(tenantId: string): Promise<void>;
}

export function createDisasters(store: MemoryBacked, specs: readonly TenantSpec[]): Disasters {
  return {
    restoreBackup: (tenantId, changes, options) =>
      store.withMemory((memory) => restoreBackup(memory, tenantId, changes, options)),
    async wipe(tenantId) {
      await store.withMemory((memory) => wipeTenant(memory, tenantId));
      await resetToSeed(
        store,
        specs.filter((spec) => spec.id === tenantId),
      );
      await store.withMemory((memory) => firstBackup(memory, [tenantId]));
    },
  };
}
