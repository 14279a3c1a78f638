/**
 * How the demo's store keeps the change log's entries (one per row: 53,000 for the bench tenant)
 * in IndexedDB: mostly in packs — a tenant's entries as JSON text, 5,000 to a record — so that
 * opening the store is a few reads and one `JSON.parse` each, not 53,000 records to take in one by
 * one (issue 22: that took 1.5 s of the page's main thread before the back-end's first answer).
 *
 * Rule: a tenant's entries are its packs' entries overlaid by its records in the `entries` store,
 * which always win: an ordinary transaction puts the few entries it wrote there; a commit that
 * deletes entries or writes a whole tenant (a seed, a wipe, a restore that takes rows back)
 * rewrites that tenant's packs from memory and clears its overlay, in the same IndexedDB transaction.
 */
import type { Table } from 'dexie';
import type { EntryRecord, JournalBatch } from '../server/core/memory/records';

/** Entries per pack: a pack is about 2 MB of JSON. */
export const PACK_SIZE = 5_000;

export interface PackRecord {
  /** `${tenantId}/${number, zero-padded}` */
  key: string;
  tenantId: string;
  /** JSON of `EntryRecord[]`. */
  entries: string;
}

/** Every key of a tenant's records in a store keyed `${tenantId}/…`. */
const ofTenant = (tenantId: string) => [`${tenantId}/`, `${tenantId}/\uffff`] as const;

/**
 * The tenants whose packs a commit rewrites: it deletes entries, or writes a pack's worth of them,
 * or as many as the tenant has rows (a whole small tenant: its seed).
 */
export function tenantsToRepack(batches: readonly JournalBatch[], rowCount: (tenantId: string) => number): Set<string> {
  const repack = new Set<string>();
  const entries = batches.find((batch) => batch.store === 'entries');
  if (!entries) return repack;
  for (const key of entries.deletes) repack.add(tenantOf(key));
  const puts = new Map<string, number>();
  for (const entry of entries.puts as EntryRecord[]) puts.set(entry.tenantId, (puts.get(entry.tenantId) ?? 0) + 1);
  for (const [tenantId, count] of puts) if (count >= Math.min(PACK_SIZE, rowCount(tenantId))) repack.add(tenantId);
  return repack;
}

/** The journal without the entries of the tenants being repacked (their packs hold them). */
export function withoutRepacked(batches: readonly JournalBatch[], repack: ReadonlySet<string>): JournalBatch[] {
  if (repack.size === 0) return [...batches];
  return batches.map((batch) =>
    batch.store !== 'entries'
      ? batch
      : {
          ...batch,
          puts: (batch.puts as EntryRecord[]).filter((entry) => !repack.has(entry.tenantId)),
          deletes: batch.deletes.filter((key) => !repack.has(tenantOf(key))),
        },
  );
}

/** Replaces a tenant's packs and overlay by `entries` (its whole log, in cursor order). Inside a write transaction. */
export async function writePacks(
  tables: { packs: Table<PackRecord, string>; entries: Table<unknown, string> },
  tenantId: string,
  entries: readonly EntryRecord[],
): Promise<void> {
  const [from, to] = ofTenant(tenantId);
  await tables.packs.where(':id').between(from, to).delete();
  await tables.entries.where(':id').between(from, to).delete();
  const packs: PackRecord[] = [];
  for (let start = 0; start < entries.length; start += PACK_SIZE) {
    const number = String(start / PACK_SIZE).padStart(6, '0');
    packs.push({
      key: `${tenantId}/${number}`,
      tenantId,
      entries: JSON.stringify(entries.slice(start, start + PACK_SIZE)),
    });
  }
  await tables.packs.bulkPut(packs);
}

/** Every tenant's entries as stored: the packs', then the overlay's in their place. */
export function unpackEntries(packs: readonly PackRecord[], overlay: readonly EntryRecord[]): EntryRecord[] {
  const byKey = new Map<string, EntryRecord>();
  for (const pack of packs) for (const entry of JSON.parse(pack.entries) as EntryRecord[]) byKey.set(entry.key, entry);
  for (const entry of overlay) byKey.set(entry.key, entry);
  return [...byKey.values()];
}

function tenantOf(entryKey: string): string {
  return entryKey.slice(0, entryKey.indexOf('/'));
}
