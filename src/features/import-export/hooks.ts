/** Reads for the import screens, from the local store: what became of an applied import's edits. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../../db/context';
import type { SavedUnit } from './apply';

export interface ImportOutcome {
  /** Changes the server has taken (applied or merged). */
  applied: number;
  /** Changes the server refused or found in conflict: they are on the Sync issues page. */
  issues: number;
  /** Changes still waiting for the server. */
  waiting: number;
}

/**
 * The sync issues seen for each import, kept once seen: an issue the user then dismisses or
 * re-sends leaves the table, but the import's edit was still refused as it was made.
 */
const issuesSeen = new WeakMap<readonly SavedUnit[], Set<number>>();

/**
 * Follows the saved units' outbox entries as they sync: a unit is waiting while any of its entries
 * is in the outbox, an issue once any became a sync issue, applied when all left without one.
 * Undefined while reading.
 */
export function useImportOutcome(saved: readonly SavedUnit[]): ImportOutcome | undefined {
  const db = useDatabase();
  return useLiveQuery(async () => {
    const seqs = saved.flatMap((unit) => unit.seqs);
    const waiting = new Set(await db.outbox.where('seq').anyOf(seqs).primaryKeys());
    let issues = issuesSeen.get(saved);
    if (!issues) issuesSeen.set(saved, (issues = new Set()));
    for (const seq of await db.syncIssues.where('seq').anyOf(seqs).keys()) issues.add(seq as number);
    const outcome: ImportOutcome = { applied: 0, issues: 0, waiting: 0 };
    for (const unit of saved) {
      if (unit.seqs.some((seq) => issues.has(seq))) outcome.issues += unit.changes;
      else if (unit.seqs.some((seq) => waiting.has(seq))) outcome.waiting += unit.changes;
      else outcome.applied += unit.changes;
    }
    return outcome;
  }, [db, saved]);
}
