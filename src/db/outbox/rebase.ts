/**
 * Rebase: every row that local edits changed goes back to the server's copy — the newer one
 * when a pull just brought it (`serverRows`, which go in with them) — and the edits still
 * pending are re-applied on top, in order, each entry noting the rows it changes now (what
 * the screens mark as pending). Runs in the caller's transaction (outbox, `serverRows`, the
 * row tables).
 */
import { applyIntent, loadRulesFor, type RowRef } from '../../domain/apply';
import { intentTarget } from '../../domain/intents';
import { IntentRejected } from '../../domain/outcomes';
import type { OutboxEntry, PttDatabase, ServerRow } from '../database';
import { pendingEditStore, restoreServerCopies } from '../server-copies';
import { pacedWrites } from './paced-writes';

export async function rebase(
  db: PttDatabase,
  pending: readonly OutboxEntry[],
  serverRows: readonly ServerRow[] = [],
): Promise<void> {
  await restoreServerCopies(db, serverRows);
  const store = pendingEditStore(db);
  const rebased: OutboxEntry[] = [];
  for (const entry of pending) {
    let touched: RowRef[];
    try {
      // applyIntent checks every rule before it writes, so a refusal leaves nothing behind.
      ({ touched } = await applyIntent(store, entry.intent));
    } catch (error) {
      if (!(error instanceof IntentRejected)) throw error;
      // It no longer applies here; it stays queued and the server's rejection will explain why.
      touched = [intentTarget(entry.intent)];
    }
    rebased.push({ ...entry, touched });
  }
  // After an import, thousands of entries: written in turns that let the page run (paced-writes.ts).
  await pacedWrites().write(rebased, (slice) => db.outbox.bulkPut(slice));
}

/** Loads the rules the queued edits need: a transaction that rebases them cannot wait for an import. */
export async function loadRulesForOutbox(db: PttDatabase): Promise<void> {
  await loadRulesFor((await db.outbox.toArray()).map((entry) => entry.intent));
}
