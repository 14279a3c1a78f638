/**
 * Generations of a tenant's history (protocol.ts `Generation`): how the server makes the
 * next one when its history is cut back, and how a client reads how much of the history it
 * knew the new one still holds — the edits it had acknowledged after that point are lost
 * and must be sent again (docs/sync.md).
 */
import type { Generation } from './protocol';

/** How many earlier generations a generation remembers; a client older than that keeps nothing. */
export const LINEAGE_LIMIT = 32;

/** A history with nothing in common with any other (a new tenant, a wiped one). */
export function freshGeneration(): Generation {
  return { id: crypto.randomUUID(), lineage: [] };
}

/** The history that follows `current` once it is cut back to `keptUpTo` (a restore from a backup, a failover). */
export function followingGeneration(current: Generation, keptUpTo: number): Generation {
  const earlier = current.lineage.map(({ id, keptUpTo: kept }) => ({ id, keptUpTo: Math.min(kept, keptUpTo) }));
  return { id: crypto.randomUUID(), lineage: [{ id: current.id, keptUpTo }, ...earlier].slice(0, LINEAGE_LIMIT) };
}

/**
 * Up to which cursor `generation` still holds the history `known`: Infinity when it is that
 * history, 0 when it holds none of it (a wipe, or an ancestor too old to be remembered).
 */
export function keptUpTo(generation: Generation, known: string): number {
  if (generation.id === known) return Infinity;
  return generation.lineage.find((ancestor) => ancestor.id === known)?.keptUpTo ?? 0;
}
