/**
 * What becomes of an edit the server answered. The push files each answer with its entry
 * (`fileOutcomes`), after checking it answers that very edit; the next commit settles the
 * entries the server has both answered and applied (`settle`): they leave the outbox —
 * conflicts, rejections and lists saved without members that no longer exist become sync
 * issues, and what the server applied is kept as acknowledged for `ACKNOWLEDGED_WINDOW`, to
 * be sent again should the server's history be cut back before it. A rejection never
 * blocks the entries after it.
 */
import { addedMembers, intentTarget, wantedFields, type Intent } from '../../domain/intents';
import type { Contact, RowByTable, TableName } from '../../domain/model';
import type { MutationOutcome } from '../../domain/protocol';
import { ACKNOWLEDGED_WINDOW, META, metaNumber, type OutboxEntry, type PttDatabase, type SyncIssue } from '../database';
import { pacedWrites } from './paced-writes';

type AnyRow = RowByTable[TableName];

const DAY_MS = 86_400_000;

/** An answer whose key is not its entry's: the server numbered another edit the same (see `fileOutcomes`). */
export class AnswerForAnotherEdit extends Error {
  constructor(readonly seq: number) {
    super(`The server's answer for seq ${seq} is about another edit`);
    this.name = 'AnswerForAnotherEdit';
  }
}

/**
 * Files the server's answers with their entries (an entry gone already is skipped). Throws
 * `AnswerForAnotherEdit`, filing nothing, when an answer's key is not its entry's: this
 * device's sequence went back in time (its data restored from an older copy) and the
 * server holds another edit under that number.
 */
export async function fileOutcomes(db: PttDatabase, outcomes: readonly MutationOutcome[]): Promise<void> {
  // Read and written in one request each: a 500-edit answer was 1,000 requests one after the other.
  await db.transaction('rw', db.outbox, async () => {
    const entries = await db.outbox.bulkGet(outcomes.map((outcome) => outcome.seq));
    const answered: OutboxEntry[] = [];
    outcomes.forEach((outcome, at) => {
      const entry = entries[at];
      if (!entry) return;
      if (entry.key !== outcome.key) throw new AnswerForAnotherEdit(outcome.seq);
      answered.push({ ...entry, outcome });
    });
    await pacedWrites().write(answered, (slice) => db.outbox.bulkPut(slice));
  });
}

/**
 * Drops the answered entries up to `lastAppliedSeq` (see `takeAnswered`) and returns the
 * entries still pending, in order. Runs in the caller's transaction, which must include
 * the outbox, `syncIssues`, `acknowledged`, `meta`, `serverRows` and the row tables; run it
 * before the pulled rows are taken in, so issues name what the user saw.
 */
export async function settle(db: PttDatabase, lastAppliedSeq: number, now: number): Promise<OutboxEntry[]> {
  const entries = await db.outbox.orderBy('seq').toArray();
  const isSettled = (entry: OutboxEntry) => entry.outcome !== undefined && entry.seq <= lastAppliedSeq;
  await takeAnswered(db, entries.filter(isSettled), now);
  return entries.filter((entry) => !isSettled(entry));
}

/**
 * Answered entries leave the outbox: sync issues for what the server did not apply as sent,
 * acknowledged edits for what it applied; the acknowledged edits older or more numerous
 * than the window allows are let go. In the caller's transaction (as `settle`).
 */
export async function takeAnswered(db: PttDatabase, answered: OutboxEntry[], now: number): Promise<void> {
  if (answered.length === 0) return;
  const clientId = (await db.meta.get(META.clientId))?.value as string;
  const issues = await issuesOf(db, answered, now);
  // An import's thousands of settled entries are written in turns that let the page run (paced-writes.ts).
  const paced = pacedWrites();
  await Promise.all([
    paced.write(issues, (slice) => db.syncIssues.bulkPut(slice)),
    paced.write(
      answered.flatMap(({ key, intent, base, seq, outcome }) =>
        outcome?.status === 'applied' || outcome?.status === 'merged'
          ? [{ key, intent, base, clientId, seq, cursor: outcome.cursor ?? 0, acknowledgedAt: now }]
          : [],
      ),
      (slice) => db.acknowledged.bulkPut(slice),
    ),
    paced.write(
      answered.map((entry) => entry.seq),
      (slice) => db.outbox.bulkDelete(slice),
    ),
  ]);
  const highest = Math.max(...answered.map((entry) => entry.seq));
  if (highest > (await metaNumber(db, META.answeredSeq))) await db.meta.put({ key: META.answeredSeq, value: highest });
  await letGoOfOldAcknowledged(db, now);
}

/** A sync issue for an edit the server refused as a whole request (a 4xx): the entry leaves the outbox. */
export async function refusedIssue(
  db: PttDatabase,
  entry: OutboxEntry,
  detail: { status: number; message: string },
  now: number,
): Promise<SyncIssue> {
  const outcome: MutationOutcome = { seq: entry.seq, key: entry.key, status: 'rejected', reason: 'refused', detail };
  const [issue] = await issuesOf(db, [{ ...entry, outcome }], now);
  return issue!;
}

async function letGoOfOldAcknowledged(db: PttDatabase, now: number) {
  await db.acknowledged
    .where('acknowledgedAt')
    .below(now - ACKNOWLEDGED_WINDOW.days * DAY_MS)
    .delete();
  const excess = (await db.acknowledged.count()) - ACKNOWLEDGED_WINDOW.edits;
  if (excess > 0) await db.acknowledged.bulkDelete(await db.acknowledged.orderBy('cursor').limit(excess).primaryKeys());
}

/** Whether an answer needs the user: not applied as sent, or applied without some of the members it named. */
function needsTheUser(outcome: MutationOutcome | undefined): outcome is MutationOutcome {
  if (!outcome) return false;
  return outcome.status === 'conflict' || outcome.status === 'rejected' || !!outcome.droppedMembers?.length;
}

async function issuesOf(db: PttDatabase, answered: OutboxEntry[], now: number): Promise<SyncIssue[]> {
  const issues: SyncIssue[] = [];
  for (const { key, seq, intent, base, outcome, memberNames } of answered) {
    if (!needsTheUser(outcome)) continue;
    issues.push({
      key,
      seq,
      intent,
      outcome,
      mine: wantedFields(intent),
      subject: await subjectOf(db, intent, base),
      memberNames: { ...(await memberNamesOf((ids) => db.contacts.bulkGet(ids), intent)), ...memberNames },
      createdAt: now,
    });
  }
  return issues;
}

/**
 * The row's name as the user last saw it, for "You renamed “…”" (the row may be gone by now): a
 * rename's base holds the name before it, where the row here may show the rename itself.
 */
async function subjectOf(db: PttDatabase, intent: Intent, base: OutboxEntry['base']): Promise<string> {
  const before = base?.fields.name;
  if (typeof before === 'string') return before;
  const target = intentTarget(intent);
  const shown = (await db.table<AnyRow, string>(target.table).get(target.id)) ?? undefined;
  const server = (await db.serverRows.get([target.table, target.id]))?.row ?? undefined;
  const named = 'name' in intent.args ? intent.args.name : undefined;
  return shown?.name ?? server?.name ?? named ?? '';
}

/** The names of the members an edit adds, as this device knows them (read in the caller's transaction). */
export async function memberNamesOf(
  contactsById: (ids: string[]) => Promise<(Contact | undefined)[]>,
  intent: Intent,
): Promise<Record<string, string>> {
  const ids = addedMembers(intent);
  if (ids.length === 0) return {};
  const contacts = await contactsById(ids);
  return Object.fromEntries(contacts.flatMap((contact) => (contact ? [[contact.id, contact.name]] : [])));
}
