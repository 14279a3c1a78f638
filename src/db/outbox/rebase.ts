/**
 * Rebase: every row that local edits changed goes back to the server's copy — the newer one
 * when a pull just brought it (`serverRows`, which go in with them) — and the edits still
 * pending are re-applied on top, in order, each entry noting the rows it changes now (what
 * the screens mark as pending). `rebaseAround` does it for the rows one edit changed only (a
 * refused edit taken off them). Runs in the caller's transaction (outbox, `serverRows`, the
 * row tables).
 */
import { applyIntent, loadRulesFor, type RowRef } from '../../domain/apply';
import { intentTarget } from '../../domain/intents';
import { IntentRejected } from '../../domain/outcomes';
import type { OutboxEntry, PttDatabase, ServerRow } from '../database';
import { pendingEditStore, restoreServerCopies, restoreServerCopiesOf } from '../server-copies';
import { pacedWrites } from './paced-writes';

export async function rebase(
  db: PttDatabase,
  pending: readonly OutboxEntry[],
  serverRows: readonly ServerRow[] = [],
): Promise<void> {
  await restoreServerCopies(db, serverRows);
  // After an import, thousands of entries: written in turns that let the page run (paced-writes.ts).
  await pacedWrites().write(await reapply(db, pending), (slice) => db.outbox.bulkPut(slice));
}

/**
 * The rebase of the rows `rows` only, and of every row the pending edits change together with
 * them: those rows go back to the server's copy and the pending edits that change any of them are
 * re-applied, in order. Returns those edits, noting the rows each changes now; the caller writes
 * them. The other rows and edits are left as they are: a refused create among an import's
 * thousands costs its own row, not the whole queue (docs/sync.md, "Sync issues"). A rule that
 * reads other rows (a number or name already taken) is judged again there at the next commit.
 */
export async function rebaseAround(
  db: PttDatabase,
  pending: readonly OutboxEntry[],
  rows: readonly RowRef[],
): Promise<OutboxEntry[]> {
  const reached = new Map(rows.map((row) => [rowKey(row), row]));
  const involved = new Set<OutboxEntry>();
  for (let grew = true; grew;) {
    grew = false;
    for (const entry of pending) {
      if (involved.has(entry) || !entry.touched.some((row) => reached.has(rowKey(row)))) continue;
      involved.add(entry);
      entry.touched.forEach((row) => reached.set(rowKey(row), row));
      grew = true;
    }
  }
  await restoreServerCopiesOf(db, [...reached.values()]);
  return reapply(
    db,
    pending.filter((entry) => involved.has(entry)),
  );
}

/** Applies the entries again, in order, on the rows as they are now; returns them with the rows each changed. */
async function reapply(db: PttDatabase, pending: readonly OutboxEntry[]): Promise<OutboxEntry[]> {
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
  return rebased;
}

const rowKey = ({ table, id }: RowRef) => `${table}/${id}`;

/** Loads the rules the queued edits need: a transaction that rebases them cannot wait for an import. */
export async function loadRulesForOutbox(db: PttDatabase): Promise<void> {
  await loadRulesFor((await db.outbox.toArray()).map((entry) => entry.intent));
}
