/**
 * Disasters on demand, for the demo and the tests, on the memory store: a tenant put back
 * as it was some changes ago — what a restore from a backup, or a failover to a standby
 * that is behind, leaves — and a tenant wiped. Each is a new history, so each declares a
 * new generation; `declare: false` plays an operator who restored a copy and forgot to,
 * which clients must then notice by themselves (docs/sync.md).
 */
import { followingGeneration, freshGeneration } from '../../../src/domain/generations';
import type { MemoryStore } from './memory-store';
import { LEGACY_GENERATION } from '../storage';
import type { ClientRecord, HistoryRecord } from './records';
import { TenantData } from './tenant-data';

/** Where a restore left a tenant: the cursor it went back to, and how many changes it undid. */
export interface Restored {
  cursor: number;
  undone: number;
}

/**
 * Puts the tenant back as a backup taken `changes` changes ago would hold it (rows, change
 * log, client sequences and outcomes; the store puts the activity log back with them), as far
 * back as the history reaches and never in the middle of a transaction.
 */
export async function restoreBackup(
  store: MemoryStore,
  tenantId: string,
  changes: number,
  { declare = true }: { declare?: boolean } = {},
): Promise<Restored> {
  let before = 0;
  const restored = await store.replaceTenant(tenantId, (data) => {
    before = data.record.cursor;
    return rewound(data, changes, declare);
  });
  return { cursor: restored.record.cursor, undone: before - restored.record.cursor };
}

/** Empties the tenant — no rows, no change log, no client sequences, cursor 0 — as a new generation. */
export async function wipeTenant(store: MemoryStore, tenantId: string): Promise<void> {
  await store.replaceTenant(
    tenantId,
    ({ record }) => new TenantData({ ...record, cursor: 0, generation: freshGeneration() }),
  );
}

/**
 * Makes the tenants (all by default) as they are now the oldest backup there is: their
 * history is let go, so no restore goes further back (a seeded tenant never goes back to empty).
 */
export async function firstBackup(store: MemoryStore, tenantIds = [...store.state.tenants.keys()]): Promise<void> {
  for (const tenantId of tenantIds) {
    await store.replaceTenant(tenantId, (data) => TenantData.fromRecords(data.record, { ...data.dump(), history: [] }));
  }
}

function rewound(data: TenantData, changes: number, declare: boolean): TenantData {
  const { record } = data;
  const { entries, clients, outcomes, history } = data.dump();
  const point = backupPoint(history, record.cursor, changes);
  const latest = new Map(entries.map((entry) => [entry.key, entry]));
  const undone = history.filter((step) => step.cursor > point).sort((a, b) => b.cursor - a.cursor);
  for (const step of undone) {
    const key = `${record.id}/${step.table}/${step.id}`;
    if (step.previous) latest.set(key, step.previous);
    else latest.delete(key);
  }
  // An outcome stored before generations had no cursor: it counts as the oldest.
  const kept = outcomes.filter(({ outcome }) => (outcome.cursor ?? 0) <= point);
  const generation = record.generation ?? LEGACY_GENERATION;
  return TenantData.fromRecords(
    { ...record, cursor: point, generation: declare ? followingGeneration(generation, point) : generation },
    {
      entries: [...latest.values()],
      clients: clientsAfter(clients, kept),
      outcomes: kept,
      history: history.filter((step) => step.cursor <= point),
    },
  );
}

/**
 * Where a backup taken `changes` changes ago stands: the latest point that far back where no
 * transaction was half done (a transaction's start), or the earliest the history reaches.
 */
function backupPoint(history: HistoryRecord[], cursor: number, changes: number): number {
  const reach = history.reduce((earliest, step) => Math.min(earliest, step.cursor - 1), cursor);
  const points = [cursor, ...history.map((step) => step.txStart).filter((start) => start >= reach)];
  const wanted = cursor - Math.max(0, changes);
  const before = points.filter((point) => point <= wanted);
  return before.length > 0 ? Math.max(...before) : Math.min(...points);
}

/** Each client's last applied sequence among the outcomes kept; a client with none is forgotten. */
function clientsAfter(clients: ClientRecord[], kept: Array<{ clientId: string; outcome: { seq: number } }>) {
  const last = new Map<string, number>();
  for (const { clientId, outcome } of kept) last.set(clientId, Math.max(last.get(clientId) ?? 0, outcome.seq));
  return clients.flatMap((client) => {
    const seq = last.get(client.clientId);
    if (seq === undefined) return [];
    return [seq === client.lastAppliedSeq ? client : { ...client, lastAppliedSeq: seq }];
  });
}
