/**
 * The local tables as one outbox transaction sees them (append.ts). Each row is read at most
 * once, and what the edits name — their target rows, the holders of the phone numbers they give —
 * is asked for all together before the first edit applies: an import's chunk of 500 edits made
 * several requests per edit, one after the other, each waiting for the last. Only for one
 * transaction in which nothing else writes these tables: it remembers every write made through
 * it, and index queries it does not hold go to the tables, which every write has reached.
 */
import type { TenantStore } from '../../domain/apply';
import type { Intent } from '../../domain/intents';
import { intentTarget } from '../../domain/intents';
import type { Contact, TableName } from '../../domain/model';
import { parsePhone } from '../../domain/rules';
import type { PttDatabase } from '../database';
import { dexieTenantStore } from '../tenant-store';

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

export async function batchRows(db: PttDatabase, intents: readonly Intent[]): Promise<TenantStore> {
  const rows = dexieTenantStore(db);
  const seen = new Map<string, unknown>();
  const holders = new Map<string, Contact | undefined>();

  const targets = new Map<TableName, Set<string>>();
  for (const intent of intents) {
    const { table, id } = intentTarget(intent);
    targets.set(table, (targets.get(table) ?? new Set()).add(id));
  }
  const phones = phonesOf(intents);
  // Asked for together: IndexedDB answers them in one go, without waiting for this code in between.
  await Promise.all([
    ...[...targets].map(async ([table, ids]) => {
      const found = await db.table(table).bulkGet([...ids]);
      [...ids].forEach((id, at) => seen.set(keyOf(table, id), found[at]));
    }),
    ...phones.map(async (phone) => holders.set(phone, await rows.contactByPhone(phone))),
  ]);

  /** A contact written or deleted no longer holds its former number. */
  const forgetHolder = (id: string) => {
    for (const [phone, holder] of holders) if (holder?.id === id) holders.set(phone, undefined);
  };
  return {
    ...rows,
    get: async (table, id) => {
      const key = keyOf(table, id);
      if (!seen.has(key)) seen.set(key, await rows.get(table, id));
      return seen.get(key) as never;
    },
    put: async (table, row) => {
      await rows.put(table, row);
      seen.set(keyOf(table, row.id), row);
      if (table === 'contacts') {
        forgetHolder(row.id);
        holders.set((row as Contact).phone, row as Contact);
      }
    },
    delete: async (table, id) => {
      await rows.delete(table, id);
      seen.set(keyOf(table, id), undefined);
      if (table === 'contacts') forgetHolder(id);
    },
    contactByPhone: async (phone) => {
      if (!holders.has(phone)) holders.set(phone, await rows.contactByPhone(phone));
      return holders.get(phone);
    },
  };
}
