/**
 * Carries out a confirmed import: the plan's units (read part by part: packed-plan.ts) become
 * ordinary intents in the outbox, one local transaction (`mutateAll`) per chunk of about
 * `chunkSize` changes, so the edits show at once, work offline and sync like any other (in
 * batches; conflicts and rejections go to Sync issues). Each chunk is all or none. The sync is
 * woken once, after the last chunk: woken after each, it would push and rebase the growing outbox
 * again and again meanwhile. If the data changed since the preview and a rule now refuses a
 * unit, that chunk is saved unit by unit and the refused ones are reported. Cancelling stops
 * between chunks: what was saved stays saved, and the report says how much. It never throws: a
 * failure stops it, and the report says what was saved before.
 */
import type { PlanUnit } from '../../domain/bulk/plan-types';
import { IntentRejected, StorageFull, type RejectionReason } from '../../domain/outcomes';
import type { PttDatabase } from '../../db/database';
import { mutateAll, nudgeSync } from '../../db/outbox/append';
import { unpackUnits, type PackedUnits } from './packed-plan';

/** A unit that reached the outbox: its entries' sequence numbers, to follow what the server makes of them. */
export interface SavedUnit {
  seqs: number[];
  changes: number;
}

export interface RefusedUnit {
  unit: number;
  changes: number;
  reason: RejectionReason;
}

export interface ApplyReport {
  saved: SavedUnit[];
  refused: RefusedUnit[];
  /** Stopped early: the user cancelled, the browser's storage is full, or the database failed (signed out). */
  stopped: 'cancelled' | 'storageFull' | 'failed' | null;
}

export interface ApplyOptions {
  chunkSize?: number;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

export async function applyUnits(
  db: PttDatabase,
  units: PackedUnits,
  { chunkSize = 500, signal, onProgress }: ApplyOptions = {},
): Promise<ApplyReport> {
  const report: ApplyReport = { saved: [], refused: [], stopped: null };
  let done = 0;
  for (const chunk of chunksOf(unpackUnits(units), chunkSize)) {
    if (signal?.aborted) {
      report.stopped = 'cancelled';
      break;
    }
    try {
      await saveChunk(db, chunk, report);
    } catch (error) {
      report.stopped = error instanceof StorageFull ? 'storageFull' : 'failed';
      break;
    }
    done += chunk.reduce((sum, { unit }) => sum + unit.changes, 0);
    onProgress?.(done, units.changes);
  }
  if (report.saved.length > 0) nudgeSync(db);
  return report;
}

/** A unit and its position in the plan (a refused unit is reported by it). */
interface Numbered {
  index: number;
  unit: PlanUnit;
}

/** The units, cut into runs of about `size` changes (a unit is never split) as they are read. */
function* chunksOf(units: Iterable<PlanUnit>, size: number): Generator<Numbered[]> {
  let current: Numbered[] = [];
  let changes = 0;
  let index = 0;
  for (const unit of units) {
    current.push({ index: index++, unit });
    changes += unit.changes;
    if (changes >= size) {
      yield current;
      current = [];
      changes = 0;
    }
  }
  if (current.length > 0) yield current;
}

async function saveChunk(db: PttDatabase, chunk: readonly Numbered[], report: ApplyReport) {
  try {
    const entries = await mutateAll(
      db,
      chunk.flatMap(({ unit }) => unit.intents),
      { nudge: false },
    );
    let at = 0;
    for (const { unit } of chunk) {
      const count = unit.intents.length;
      report.saved.push({ seqs: entries.slice(at, at + count).map((entry) => entry.seq), changes: unit.changes });
      at += count;
    }
  } catch (error) {
    if (!(error instanceof IntentRejected)) throw error;
    // Something changed since the preview: save what still can be, one unit at a time.
    for (const numbered of chunk) await saveUnit(db, numbered, report);
  }
}

async function saveUnit(db: PttDatabase, { index, unit }: Numbered, report: ApplyReport) {
  try {
    const entries = await mutateAll(db, unit.intents, { nudge: false });
    report.saved.push({ seqs: entries.map((entry) => entry.seq), changes: unit.changes });
  } catch (error) {
    if (!(error instanceof IntentRejected)) throw error;
    report.refused.push({ unit: index, changes: unit.changes, reason: error.reason });
  }
}
