/**
 * What this device keeps of the people who signed in on it: one database per tenant and
 * user (database.ts), holding that session's token beside its data. Exit removes a
 * database, or keeps it with its queued edits for that user's next sign-in (then only the
 * token goes); the sign-in page can remove everything kept (docs/security.md).
 */
import { Dexie } from 'dexie';
import type { AccountRole } from '../domain/roles';
import { DATABASE_PREFIX, META, PttDatabase, type MetaRow, type OutboxEntry } from './database';

/** Opens the database for one call and closes it: the session code holds no connection. */
async function withDatabase<T>(name: string, run: (db: PttDatabase) => Promise<T>): Promise<T> {
  const db = new PttDatabase(name);
  try {
    return await run(db);
  } finally {
    db.close();
  }
}

/**
 * Reads a database only if it exists: opened without a schema, so a database that Exit is
 * removing meanwhile (the sign-in page reads while it goes) is not created again.
 */
async function readIfExists<T>(name: string, run: (db: Dexie) => Promise<T>): Promise<T | null> {
  const db = new Dexie(name);
  try {
    await db.open();
    return await run(db);
  } catch (error) {
    if (error instanceof Dexie.NoSuchDatabaseError) return null;
    throw error;
  } finally {
    db.close();
  }
}

/** Keeps a new session's token, and the account's role (what the screens offer), with its data. */
export function saveSessionToken(name: string, token: string, role: AccountRole = 'administrator'): Promise<unknown> {
  return withDatabase(name, (db) =>
    db.meta.bulkPut([
      { key: META.sessionToken, value: token },
      { key: META.role, value: role },
    ]),
  );
}

/** The token kept in this database; null when the database or the token is gone. */
export async function readSessionToken(name: string): Promise<string | null> {
  const stored = await readIfExists(name, (db) => db.table<MetaRow, string>('meta').get(META.sessionToken));
  return typeof stored?.value === 'string' ? stored.value : null;
}

/** Keeps the data and its queued edits, without the token: the next sign-in brings a new one. */
export async function forgetSessionToken(name: string): Promise<void> {
  await readIfExists(name, (db) => db.table<MetaRow, string>('meta').delete(META.sessionToken));
}

/** Removes one tenant database (it waits for other tabs' connections, which Dexie closes). */
export function removeDatabase(name: string): Promise<void> {
  return Dexie.delete(name);
}

export interface KeptData {
  databases: string[];
  /** Edits in them that have not reached the server. */
  waiting: number;
}

/** The tenant databases on this device, and how many edits wait in them. */
export async function keptData(): Promise<KeptData> {
  const databases = (await Dexie.getDatabaseNames()).filter((name) => name.startsWith(DATABASE_PREFIX));
  const found: string[] = [];
  let waiting = 0;
  for (const name of databases) {
    const count = await readIfExists(name, (db) => db.table<OutboxEntry, number>('outbox').count());
    if (count === null) continue;
    found.push(name);
    waiting += count;
  }
  return { databases: found, waiting };
}

export async function removeAllKeptData(): Promise<void> {
  const { databases } = await keptData();
  await Promise.all(databases.map(removeDatabase));
}
