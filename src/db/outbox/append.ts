/**
 * How edits enter the outbox — the only way the UI changes data. `mutateAll(db, intents)`
 * applies each intent to the local rows with the shared rules (domain/apply.ts) and appends
 * it to the outbox, all in ONE read-write transaction: the edits are either all shown and
 * queued, or (a rule refuses one, the storage is full) none is. Once that transaction has
 * committed, one nudge wakes the tab that syncs this database. Offline it works the same:
 * the queue waits for the sync.
 */
import { Dexie, type Table } from 'dexie';
import { applyIntent, loadRulesFor } from '../../domain/apply';
import { intentTarget, overwrittenFields, type Intent } from '../../domain/intents';
import type { TableName } from '../../domain/model';
import type { MutationEnvelope } from '../../domain/protocol';
import {
  META,
  clientIdOf,
  metaNumber,
  syncChannelName,
  type OutboxEntry,
  type PttDatabase,
  type SyncIssue,
} from '../database';
import { pendingEditStore } from '../server-copies';
import type { TenantStore } from '../../domain/apply';
import { batchRows } from './batch-rows';
import { pacedWrites } from './paced-writes';
import { memberNamesOf } from './settle';
import { IntentRejected, StorageFull } from '../../domain/outcomes';
import { isQuotaError } from '../storage-full';

/** What a saved edit posts on the database's sync channel (`syncChannelName`). */
export interface NudgeMessage {
  type: 'nudge';
}

export interface MutateOptions {
  /**
   * Wake the sync once saved (the default). A caller saving many transactions in a row (an
   * import) passes false and calls `nudgeSync` after the last, so the sync does not start,
   * and rebase, between them.
   */
  nudge?: boolean;
  /**
   * The row as the user saw it in the form that made the edits (form-draft.ts): the base of an
   * edit on that row, instead of the row as it is now. Another admin's change that reached this
   * device while the form was open then still counts as a change since the base, so the server's
   * conflict rules judge it rather than the edit silently overwriting it.
   */
  seen?: SeenRow;
}

/** A row's version and field values as a form showed them (`MutateOptions.seen`). */
export interface SeenRow {
  table: string;
  id: string;
  version: number;
  fields: Record<string, unknown>;
}

/**
 * Saves several edits, in order, all or none (an edited list's rename, removals and
 * additions). Throws `IntentRejected` (a rule forbids one of them, judged after the ones
 * before it) or `StorageFull`; in both cases nothing was written and nothing is nudged.
 */
export async function mutateAll(
  db: PttDatabase,
  intents: readonly Intent[],
  { nudge = true, seen }: MutateOptions = {},
): Promise<OutboxEntry[]> {
  if (intents.length === 0) return [];
  await loadRulesFor(intents);
  return inOneTransaction(db, () => append(db, intents, seen), nudge, rowTablesOf(intents));
}

/** Saves one edit; throws like `mutateAll`. */
export async function mutate(db: PttDatabase, intent: Intent, options?: MutateOptions): Promise<OutboxEntry> {
  const [entry] = await mutateAll(db, [intent], options);
  return entry!;
}

/** What "Keep mine" or "Try again" did: `whenReloaded`, the rows it needs were not here yet (see `resendIssue`). */
export interface Resent {
  entry: OutboxEntry;
  whenReloaded: boolean;
}

/**
 * "Keep mine" and "Try again" on a sync issue: queues the edit again, on today's data, and
 * closes the issue — both or neither. Throws like `mutate` (the row is gone, …); the issue then stays.
 * While the data is being loaded again (no cursor: after a recovery dropped the rows), a rule
 * refusing it may only mean its rows are not back yet: it is queued as it is, with no base (the
 * user's decision stands over what the server holds), and the rebase after the reload applies it.
 */
export async function resendIssue(db: PttDatabase, issue: SyncIssue): Promise<Resent> {
  await loadRulesFor([issue.intent]);
  return inOneTransaction(db, async () => {
    let resent: Resent;
    try {
      const [entry] = await append(db, [issue.intent]);
      resent = { entry: entry!, whenReloaded: false };
    } catch (error) {
      // applyIntent writes nothing before every rule passed: the transaction is as it was.
      if (!(error instanceof IntentRejected) || (await db.meta.get(META.cursor)) !== undefined) throw error;
      resent = { entry: await appendUnapplied(db, issue), whenReloaded: true };
    }
    await db.syncIssues.delete(issue.key);
    return resent;
  });
}

/** Queues an issue's edit without applying it here (`resendIssue`, the rows not loaded yet); in the caller's transaction. */
async function appendUnapplied(db: PttDatabase, { intent, memberNames }: SyncIssue): Promise<OutboxEntry> {
  const seq = await nextSeqOf(db);
  const entry = queuedEntry(seq, intent, null, [intentTarget(intent)], memberNames ?? {});
  await Promise.all([db.outbox.add(entry), db.meta.put({ key: META.nextSeq, value: seq + 1 })]);
  return entry;
}

/**
 * Saves edits made from a sync issue (its create corrected in the form) and closes the
 * issue, both or neither; throws like `mutateAll`, and then the issue stays.
 */
export async function replaceIssue(
  db: PttDatabase,
  issueKey: string,
  intents: readonly Intent[],
): Promise<OutboxEntry[]> {
  await loadRulesFor(intents);
  return inOneTransaction(db, async () => {
    const entries = await append(db, intents);
    await db.syncIssues.delete(issueKey);
    return entries;
  });
}

/**
 * The row tables the common one-row edits read and write (domain/apply.ts): their transaction
 * takes only those, the outbox, the server copies and `meta` — IndexedDB starts a transaction
 * of fewer tables sooner (it waits only for the transactions that share one of them: the screens'
 * reads after the edit before) and each edit of an offline backlog pays it. Others take every table.
 */
const ROW_TABLES: Partial<Record<Intent['name'], readonly TableName[]>> = {
  'options.setMessaging': ['contacts'],
  'externalContact.update': ['contacts'],
  'group.addMembers': ['contacts', 'groups'],
  'subList.addMembers': ['contacts', 'subLists'],
};

function rowTablesOf(intents: readonly Intent[]): Set<TableName> | undefined {
  const tables = new Set<TableName>();
  for (const intent of intents) {
    const named = ROW_TABLES[intent.name];
    if (!named) return undefined;
    for (const table of named) tables.add(table);
  }
  return tables;
}

/**
 * Runs `work` in one read-write transaction: of every table an edit or a sync writes, or of
 * `rowTables` and the outbox's own tables. A rule that reads a table outside them (Dexie then
 * refuses the read, and the transaction aborts with nothing written) runs again with every table.
 */
async function inOneTransaction<T>(
  db: PttDatabase,
  work: () => Promise<T>,
  nudge = true,
  rowTables?: ReadonlySet<TableName>,
): Promise<T> {
  let result: T;
  // An async scope function: Dexie keeps the transaction across native awaits only for those.
  const run = (tables: Table[]) => db.transaction('rw', tables, async () => work());
  try {
    const narrow = rowTables && [...[...rowTables].map((table) => db.table(table)), db.serverRows, db.outbox, db.meta];
    result = await (narrow ? run(narrow) : run(db.syncTables)).catch((error: unknown) => {
      if (narrow && error instanceof Dexie.DexieError && error.name === Dexie.errnames.NotFound) {
        return run(db.syncTables);
      }
      throw error;
    });
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFull({ cause: error });
    throw error;
  }
  // Only now: a nudge sent from inside the transaction could wake the sync before the edits are readable.
  if (nudge) nudgeSync(db);
  return result;
}

/** Edits applied from memory in one go before the page may run its other work (batch-rows.ts `breathe`). */
const EDITS_PER_TASK = 25;

/**
 * Applies each intent locally and queues it under the next sequence numbers; in the caller's
 * transaction. The rows the intents name are read together first, their new versions written
 * together last (batch-rows.ts), with the entries in the same round trip.
 */
async function append(db: PttDatabase, intents: readonly Intent[], seen?: SeenRow): Promise<OutboxEntry[]> {
  // Asked for together (one round trip to IndexedDB): each edit of an offline backlog pays it.
  const [rows, firstSeq] = await Promise.all([batchRows(db, intents), nextSeqOf(db)]);
  const store = pendingEditStore(db, rows, rows.serverCopies);
  let seq = firstSeq;
  const entries: OutboxEntry[] = [];
  for (const [index, intent] of intents.entries()) {
    if (index > 0 && index % EDITS_PER_TASK === 0) await rows.breathe();
    // Read before the edit applies: the base is the row as this edit found it.
    const base = await baseOf(rows, intent, seen);
    const memberNames = await memberNamesOf((ids) => Promise.all(ids.map((id) => rows.get('contacts', id))), intent);
    const { touched } = await applyIntent(store, intent);
    entries.push(queuedEntry(seq, intent, base, touched, memberNames));
    seq++;
  }
  // The rows, the next number and the entries are written together: one round trip, not four one after the other
  // (several for many edits, in turns that let the page run between them: paced-writes.ts).
  const paced = pacedWrites();
  await Promise.all([
    rows.flush(paced),
    db.meta.put({ key: META.nextSeq, value: seq }),
    paced.write(entries, (slice) => db.outbox.bulkAdd(slice)),
  ]);
  return entries;
}

/** An outbox entry for `intent` under `seq`, with a new key; `memberNames` kept only when it names someone. */
function queuedEntry(
  seq: number,
  intent: Intent,
  base: OutboxEntry['base'],
  touched: OutboxEntry['touched'],
  memberNames: NonNullable<OutboxEntry['memberNames']>,
): OutboxEntry {
  const named = Object.keys(memberNames).length > 0 ? { memberNames } : {};
  return { seq, key: crypto.randomUUID(), intent, base, touched, ...named, createdAt: Date.now() };
}

/**
 * The sequence number of the next edit. The first edit of a database makes its client id, which
 * comes with the number (`newClientId` writes both, and nothing writes the number alone first):
 * every later edit reads the number only.
 */
async function nextSeqOf(db: PttDatabase): Promise<number> {
  const stored = (await db.meta.get(META.nextSeq))?.value;
  if (typeof stored === 'number') return stored;
  await clientIdOf(db);
  return metaNumber(db, META.nextSeq, 1);
}

/**
 * The target row's version and the values of the fields the intent overwrites (null: no such row
 * yet); for the row a form showed (`seen`), its version and values as the form showed them.
 */
async function baseOf(rows: TenantStore, intent: Intent, seen?: SeenRow): Promise<MutationEnvelope['base']> {
  const target = intentTarget(intent);
  const before = (await rows.get(target.table, target.id)) as Record<string, unknown> | undefined;
  if (!before) return null;
  const shown = seen?.table === target.table && seen.id === target.id ? seen : undefined;
  const fields = overwrittenFields(intent).map((field) => [
    field,
    shown && field in shown.fields ? shown.fields[field] : before[field],
  ]);
  return { version: shown?.version ?? (before.version as number), fields: Object.fromEntries(fields) };
}

/**
 * Wakes the tab that syncs this database (this one or another) to sync now: to send new edits,
 * or (the Demo panel) to see at once what the simulated server just did.
 */
export function nudgeSync(db: PttDatabase): void {
  if (typeof BroadcastChannel === 'undefined') return;
  nudgeChannelOf(db).postMessage({ type: 'nudge' } satisfies NudgeMessage);
}

const nudgeChannels = new WeakMap<PttDatabase, BroadcastChannel>();

/**
 * The channel this connection nudges on, opened once: opening and closing one for every edit
 * cost the page more than the message (each is registered with the browser). Closed with the database.
 */
function nudgeChannelOf(db: PttDatabase): BroadcastChannel {
  let channel = nudgeChannels.get(db);
  if (!channel) {
    const opened = new BroadcastChannel(syncChannelName(db));
    nudgeChannels.set(db, opened);
    db.on('close', () => {
      opened.close();
      nudgeChannels.delete(db);
    });
    channel = opened;
  }
  return channel;
}
