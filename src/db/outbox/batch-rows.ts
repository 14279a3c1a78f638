/**
 * The local tables as one outbox transaction sees them (append.ts). Each row is read at most
 * once, and what the edits name — their target rows, the holders of the phone numbers they give —
 * is asked for all together before the first edit applies: an import's chunk of 500 edits made
 * several requests per edit, one after the other, each waiting for the last. Writes wait here
 * too and go in one request per table (`flush`): Dexie tells every live query on the page each
 * key a small write touched, and merging the keys of 500 single-row writes into each query's
 * record took the main thread 100–300 ms at every chunk's commit (docs/performance.md); a bulk
 * write is told as one range. Only for one transaction in which nothing else writes these
 * tables; a query it cannot answer from what it holds (an index) writes what waits first.
 */
import { Dexie } from 'dexie';
import type { TenantStore } from '../../domain/apply';
import { addedMembers, intentTarget, type Intent } from '../../domain/intents';
import type { Contact, RowByTable, TableName } from '../../domain/model';
import { parsePhone } from '../../domain/rules';
import { META, type PttDatabase, type ServerRow } from '../database';
import type { ServerCopies } from '../server-copies';
import { dexieTenantStore } from '../tenant-store';
import { pacedWrites, type PacedWrites } from './paced-writes';

export interface BatchedStore extends TenantStore {
  /** Writes what waits. `paced`: the turns the caller's other writes share (paced-writes.ts). */
  flush(paced?: PacedWrites): Promise<void>;
  /**
   * Lets the page's other work run: waits for one small read, which IndexedDB answers in a task
   * of its own, keeping the transaction alive. Edits answered from memory otherwise run one after
   * the other in a single task — 500 of them held the page for about a second.
   */
  breathe(): Promise<void>;
  /** The server's copies of the rows (server-copies.ts), read with the rows and written with them. */
  serverCopies: ServerCopies;
}

const keyOf = (table: TableName, id: string) => `${table}/${id}`;

/** The phone numbers the edits give, as the rules read them (a number they refuse is never looked up). */
function phonesOf(intents: readonly Intent[]): string[] {
  const phones = new Set<string>();
  for (const intent of intents) {
    if (intent.name !== 'externalContact.create' && intent.name !== 'externalContact.update') continue;
    if (intent.args.phone === undefined) continue;
    const parsed = parsePhone(intent.args.phone);
    if (parsed.ok) phones.add(parsed.digits);
  }
  return [...phones];
}

/**
 * Adds the server copies no earlier transaction kept; the others stay as they are. IndexedDB refuses
 * each of those (a key already there) without aborting, as Dexie's bulk writes ask: one request per
 * copy in the writes' round trip, instead of a read of every copy before the edit can apply.
 */
async function addAbsent(db: PttDatabase, copies: ServerRow[]): Promise<void> {
  try {
    await db.serverRows.bulkAdd(copies);
  } catch (error) {
    const alreadyKept = (failure: Error) => failure.name === 'ConstraintError';
    if (!(error instanceof Dexie.BulkError) || !error.failures.every(alreadyKept)) throw error;
  }
}

export async function batchRows(db: PttDatabase, intents: readonly Intent[]): Promise<BatchedStore> {
  const rows = dexieTenantStore(db);
  const seen = new Map<string, unknown>();
  /** Rows written and not yet flushed, by table; null: deleted. */
  const waiting = new Map<TableName, Map<string, RowByTable[TableName] | null>>();
  /** The rows whose server copy this transaction has kept; they wait in `copies` until the flush. */
  const kept = new Set<string>();
  const copies: ServerRow[] = [];
  const holders = new Map<string, Contact | undefined>();

  const targets = new Map<TableName, Set<string>>();
  const named = (table: TableName, id: string) => targets.set(table, (targets.get(table) ?? new Set()).add(id));
  for (const intent of intents) {
    const { table, id } = intentTarget(intent);
    named(table, id);
    // The members an edit adds are read too (the rules check them, the entry keeps their names).
    for (const member of addedMembers(intent)) named('contacts', member);
  }
  const phones = phonesOf(intents);
  // Asked for together: IndexedDB answers them in one go, without waiting for this code in between.
  await Promise.all([
    ...[...targets].map(async ([table, ids]) => {
      const found = await db.table(table).bulkGet([...ids]);
      [...ids].forEach((id, at) => seen.set(keyOf(table, id), found[at]));
    }),
    // One query for every number (500 queries of one each took the page ~250 ms in a single task).
    (async () => {
      for (const phone of phones) holders.set(phone, undefined);
      for (const holder of await db.contacts.where('phone').anyOf(phones).toArray()) holders.set(holder.phone, holder);
    })(),
  ]);

  /** A contact written or deleted no longer holds its former number. */
  const forgetHolder = (id: string) => {
    for (const [phone, holder] of holders) if (holder?.id === id) holders.set(phone, undefined);
  };
  const write = (table: TableName, id: string, row: RowByTable[TableName] | null) => {
    const tableRows = waiting.get(table) ?? new Map<string, RowByTable[TableName] | null>();
    waiting.set(table, tableRows.set(id, row));
    seen.set(keyOf(table, id), row ?? undefined);
  };
  // Every write is asked for without waiting for the others (IndexedDB runs a transaction's requests in the order
  // they were made), in turns when there are many (paced-writes.ts).
  const flush = async (paced = pacedWrites()) => {
    const requests: Promise<unknown>[] = [];
    for (const [table, written] of waiting) {
      const puts = [...written.values()].filter((row) => row !== null);
      const deletes = [...written].filter(([, row]) => row === null).map(([id]) => id);
      if (puts.length > 0) requests.push(paced.write(puts, (slice) => db.table(table).bulkPut(slice)));
      if (deletes.length > 0) requests.push(paced.write(deletes, (slice) => db.table(table).bulkDelete(slice)));
    }
    waiting.clear();
    if (copies.length > 0) requests.push(paced.write(copies.splice(0), (slice) => addAbsent(db, slice)));
    await Promise.all(requests);
  };
  /**
   * What this store answers from memory, as a Dexie promise: Dexie follows its transaction across
   * a native `await` only for a hundred or so awaits after its last own promise, so an edit whose
   * reads and writes all stay here would otherwise lose the transaction (and write outside it).
   */
  const answer = <T>(value: T) => Dexie.Promise.resolve(value);
  /** A query of the tables themselves: what waits is written first. */
  const flushed =
    <A extends unknown[], R>(query: (...args: A) => Promise<R>) =>
    async (...args: A) => {
      await flush();
      return query(...args);
    };
  return {
    get: async (table, id) => {
      const key = keyOf(table, id);
      if (!seen.has(key)) seen.set(key, await rows.get(table, id));
      return answer(seen.get(key) as never);
    },
    put: (table, row) => {
      write(table, row.id, row);
      if (table === 'contacts') {
        forgetHolder(row.id);
        holders.set((row as Contact).phone, row as Contact);
      }
      return answer(undefined);
    },
    delete: (table, id) => {
      write(table, id, null);
      if (table === 'contacts') forgetHolder(id);
      return answer(undefined);
    },
    contactByPhone: async (phone) => {
      if (!holders.has(phone)) holders.set(phone, await flushed(rows.contactByPhone)(phone));
      return answer(holders.get(phone));
    },
    listByNameKey: flushed(rows.listByNameKey),
    listsWithMember: flushed(rows.listsWithMember),
    supervisorsOfGroup: flushed(rows.supervisorsOfGroup),
    flush,
    breathe: async () => {
      await db.meta.get(META.nextSeq);
    },
    // Not read: a copy kept by an earlier transaction stays, as the flush only adds the absent ones.
    serverCopies: {
      has: (table, id) => answer(kept.has(keyOf(table, id))),
      keep: (copy) => {
        copies.push(copy);
        kept.add(keyOf(copy.table, copy.id));
        return answer(undefined);
      },
    },
  };
}
