/**
 * What becomes of an edit the server answered. The push files each answer with its entry
 * (`fileOutcomes`); the next commit settles the entries the server has both answered and
 * applied (`settle`): they leave the outbox, and conflicts and rejections become sync
 * issues for the Sync issues page. A rejection never blocks the entries after it.
 */
import { intentTarget, wantedFields, type Intent } from '../../domain/intents';
import type { RowByTable, TableName } from '../../domain/model';
import type { MutationOutcome } from '../../domain/protocol';
import type { OutboxEntry, PttDatabase, SyncIssue } from '../database';

type AnyRow = RowByTable[TableName];

/** Files the server's answers with their entries (an entry gone already is skipped). */
export async function fileOutcomes(db: PttDatabase, outcomes: readonly MutationOutcome[]): Promise<void> {
  await db.transaction('rw', db.outbox, async () => {
    for (const outcome of outcomes) await db.outbox.update(outcome.seq, { outcome });
  });
}

/**
 * Drops the answered entries up to `lastAppliedSeq`, turning conflicts and rejections into
 * sync issues, and returns the entries still pending, in order. Runs in the caller's
 * transaction, which must include the outbox, `syncIssues`, `serverRows` and the row tables.
 */
export async function settle(db: PttDatabase, lastAppliedSeq: number, now: number): Promise<OutboxEntry[]> {
  const entries = await db.outbox.orderBy('seq').toArray();
  const isSettled = (entry: OutboxEntry) => entry.outcome !== undefined && entry.seq <= lastAppliedSeq;
  const settled = entries.filter(isSettled);
  await db.syncIssues.bulkPut(await issuesOf(db, settled, now));
  await db.outbox.bulkDelete(settled.map((entry) => entry.seq));
  return entries.filter((entry) => !isSettled(entry));
}

async function issuesOf(db: PttDatabase, settled: OutboxEntry[], now: number): Promise<SyncIssue[]> {
  const issues: SyncIssue[] = [];
  for (const { key, seq, intent, outcome } of settled) {
    if (outcome?.status !== 'conflict' && outcome?.status !== 'rejected') continue;
    issues.push({
      key,
      seq,
      intent,
      outcome,
      mine: wantedFields(intent),
      subject: await subjectOf(db, intent),
      createdAt: now,
    });
  }
  return issues;
}

/** The row's name as the user last saw it, for "You renamed “…”" (the row may be gone by now). */
async function subjectOf(db: PttDatabase, intent: Intent): Promise<string> {
  const target = intentTarget(intent);
  const shown = (await db.table<AnyRow, string>(target.table).get(target.id)) ?? undefined;
  const server = (await db.serverRows.get([target.table, target.id]))?.row ?? undefined;
  const named = 'name' in intent.args ? intent.args.name : undefined;
  return shown?.name ?? server?.name ?? named ?? '';
}
