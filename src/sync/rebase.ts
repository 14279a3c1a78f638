/**
 * The end of every sync, in ONE transaction, so a crash leaves either the state before or
 * the state after: take in the server's changes, settle the edits the server answered
 * (conflicts and rejections become sync issues), and rebase — put every row that local
 * edits changed back to its server copy and re-apply the edits still pending on top.
 */
import { applyIntent, type RowRef } from '../domain/apply';
import { intentTarget, overwrittenFields, type Intent } from '../domain/intents';
import type { RowByTable, TableName } from '../domain/model';
import { IntentRejected } from '../domain/outcomes';
import type { Change } from '../domain/protocol';
import { META, type OutboxEntry, type PttDatabase, type ServerRow, type SyncIssue } from '../db/database';
import { pendingEditStore } from '../db/pending-store';

export interface PulledChanges {
  /** The cursor the pull started from: the commit is skipped if the local cursor moved meanwhile. */
  since: number;
  cursor: number;
  lastAppliedSeq: number;
  changes: Change[];
}

type AnyRow = RowByTable[TableName];

/** Returns false (and writes nothing) when another sync already committed past `since`. */
export async function commitPull(db: PttDatabase, pulled: PulledChanges, now = Date.now()): Promise<boolean> {
  return db.transaction('rw', db.syncTables, async () => {
    if ((await db.meta.get(META.cursor))?.value !== pulled.since) return false;
    await takeServerRows(db, latestPerRow(pulled.changes));
    const entries = await db.outbox.orderBy('seq').toArray();
    const settled = entries.filter((entry) => entry.outcome && entry.seq <= pulled.lastAppliedSeq);
    await recordIssues(db, settled, now);
    await db.outbox.bulkDelete(settled.map((entry) => entry.seq));
    const settledSeqs = new Set(settled.map((entry) => entry.seq));
    await rebase(
      db,
      entries.filter((entry) => !settledSeqs.has(entry.seq)),
    );
    await db.meta.put({ key: META.cursor, value: pulled.cursor });
    return true;
  });
}

/** Server rows go to the server copy of rows with pending edits, straight to the screens' tables otherwise. */
export async function takeServerRows(db: PttDatabase, rows: ServerRow[]): Promise<void> {
  if (rows.length === 0) return;
  const kept = new Set((await db.serverRows.toCollection().primaryKeys()).map(([table, id]) => `${table}/${id}`));
  const copies = rows.filter((change) => kept.has(`${change.table}/${change.id}`));
  if (copies.length > 0) await db.serverRows.bulkPut(copies);
  await writeRows(
    db,
    rows.filter((change) => !kept.has(`${change.table}/${change.id}`)),
  );
}

/** Puts rows into the screens' tables; a null row deletes. Only tables with something to write are touched. */
async function writeRows(db: PttDatabase, rows: ServerRow[]) {
  for (const table of ['contacts', 'subLists', 'groups'] as const) {
    const mine = rows.filter((change) => change.table === table);
    const puts = mine.flatMap((change) => (change.row ? [change.row] : []));
    const deletes = mine.filter((change) => !change.row).map((change) => change.id);
    if (puts.length > 0) await db.table<AnyRow, string>(table).bulkPut(puts);
    if (deletes.length > 0) await db.table(table).bulkDelete(deletes);
  }
}

function latestPerRow(changes: Change[]): ServerRow[] {
  const latest = new Map<string, ServerRow>();
  for (const change of changes) {
    const row = change.op === 'put' && change.row ? change.row : null;
    latest.set(`${change.table}/${change.id}`, { table: change.table, id: change.id, row });
  }
  return [...latest.values()];
}

async function recordIssues(db: PttDatabase, settled: OutboxEntry[], now: number) {
  const issues: SyncIssue[] = [];
  for (const entry of settled) {
    const outcome = entry.outcome;
    if (outcome?.status !== 'conflict' && outcome?.status !== 'rejected') continue;
    issues.push({
      key: entry.key,
      seq: entry.seq,
      intent: entry.intent,
      outcome,
      mine: wantedFields(entry.intent),
      subject: await subjectOf(db, entry.intent),
      createdAt: now,
    });
  }
  await db.syncIssues.bulkPut(issues);
}

/** The values an edit sets on the fields it overwrites: what "keep mine" would keep. */
export function wantedFields(intent: Intent): Record<string, unknown> {
  const args = intent.args as Record<string, unknown>;
  return Object.fromEntries(overwrittenFields(intent).map((field) => [field, args[field]]));
}

/** The row's name as the user last saw it, for "You renamed “…”" (the row may be gone by now). */
async function subjectOf(db: PttDatabase, intent: Intent): Promise<string> {
  const target = intentTarget(intent);
  const shown = (await db.table<AnyRow, string>(target.table).get(target.id)) ?? undefined;
  const server = (await db.serverRows.get([target.table, target.id]))?.row ?? undefined;
  const named = 'name' in intent.args ? intent.args.name : undefined;
  return shown?.name ?? server?.name ?? named ?? '';
}

/** Resets rows changed by local edits to their server copy, then re-applies the pending edits in order. */
async function rebase(db: PttDatabase, pending: OutboxEntry[]) {
  await writeRows(db, await db.serverRows.toArray());
  await db.serverRows.clear();
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
  await db.outbox.bulkPut(rebased);
}
