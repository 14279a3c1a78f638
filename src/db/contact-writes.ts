/**
 * What each transaction of this tab wrote to the contacts table, row by row. Dexie reports a
 * bulk write of 50 rows or more as "the whole table changed" (merging every key into each live
 * query's record would cost more than it saves), so the in-memory list (contact-list.ts) would
 * read all 50,000 contacts again after a first sync's page, an import's chunk or a large pull.
 * This middleware notes the rows as they are written, filed under the very object Dexie hands
 * to `storagemutated` at the commit: the list then takes exactly those rows, whatever wrote
 * them, without reading. Another tab's writes arrive as Dexie's report alone.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, Middleware, ObservabilitySet } from 'dexie';
import type { Contact } from '../domain/model';

/** By contact id: the row as written, or null when deleted. */
export type ContactWrites = ReadonlyMap<string, Contact | null>;

interface Noted {
  database: string;
  /** null: a range was deleted (a cleared table), so the rows are not known one by one. */
  rows: Map<string, Contact | null> | null;
}

/** Keyed by a transaction's `mutatedParts`, which Dexie fills as it writes and fires once committed. */
const noted = new WeakMap<ObservabilitySet, Noted>();

function note(database: string, request: DBCoreMutateRequest, response: DBCoreMutateResponse) {
  const parts = (request.trans as { mutatedParts?: ObservabilitySet }).mutatedParts;
  if (!parts) return;
  let entry = noted.get(parts);
  if (!entry) noted.set(parts, (entry = { database, rows: new Map() }));
  const { rows } = entry;
  if (!rows) return;
  if (request.type === 'deleteRange') {
    entry.rows = null;
    return;
  }
  const written: [string, Contact | null][] =
    request.type === 'delete'
      ? request.keys.map((id: string) => [id, null])
      : request.values.map((row: Contact) => [row.id, row]);
  // A refused row (an add whose key was taken) was not written, though the transaction may still commit.
  written.forEach(([id, row], at) => {
    if (!response.failures[at]) rows.set(id, row);
  });
}

/** Installed on every tenant database (database.ts), above Dexie's own, which fills `mutatedParts` first. */
export const contactWritesMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'ContactWrites',
  create: (down) => ({
    ...down,
    table: (name) => {
      const table = down.table(name);
      if (name !== 'contacts') return table;
      return {
        ...table,
        mutate: (request) =>
          table.mutate(request).then((response) => {
            note(down.schema.name, request, response);
            return response;
          }),
      };
    },
  }),
};

/** The contacts a committed transaction of this tab wrote to `database`, when Dexie's report `parts` is one. */
export function contactWritesOf(parts: ObservabilitySet, database: string): ContactWrites | undefined {
  const entry = noted.get(parts);
  return entry?.database === database && entry.rows ? entry.rows : undefined;
}
