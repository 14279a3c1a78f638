/**
 * One small interface over the two PostgreSQL clients the server runs on, so the store's
 * schema and SQL are the very same on both: PGlite (PostgreSQL compiled to WebAssembly,
 * embedded, a data folder on disk: the default) and postgres.js on a real server
 * (`DATABASE_URL`). Measured and chosen over serving PGlite through
 * `@electric-sql/pglite-socket` to postgres.js: a lookup costs 0.7 ms direct and 2.4 ms
 * through the socket, and that package pins an older PGlite (docs/architecture.md).
 *
 * Conventions both clients agree on: parameters are `$1…`; JSON travels as text and is
 * cast in SQL (`$1::text::json`: postgres.js would encode a string parameter as a JSON
 * string); json and text[] columns come back parsed; bigint comes back as a number.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import { lockDataDir } from './data-dir-lock';

export interface SqlSession {
  query<R = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<R[]>;
}

export interface SqlDatabase extends SqlSession {
  /** `embedded`: PGlite, one connection, so transactions run one at a time. */
  readonly kind: 'embedded' | 'server';
  /** Where the data lives, for the start-up log (a folder, or the server without its password). */
  readonly location: string;
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (sql: SqlSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export type DatabaseConfig = { url: string } | { dataDir: string };

export async function openDatabase(config: DatabaseConfig): Promise<SqlDatabase> {
  return 'url' in config ? openServer(config.url) : openEmbedded(config.dataDir);
}

/** PGlite on a data folder; its first open runs initdb (several seconds). */
async function openEmbedded(dataDir: string): Promise<SqlDatabase> {
  mkdirSync(dirname(dataDir), { recursive: true });
  const unlock = lockDataDir(dataDir);
  let db: PGlite;
  try {
    db = await PGlite.create(dataDir);
  } catch (error) {
    unlock();
    throw error;
  }
  const session = (runner: Pick<PGlite, 'query'>): SqlSession => ({
    query: async <R>(text: string, params: readonly unknown[] = []) =>
      (await runner.query<R>(text, params as unknown[])).rows,
  });
  return {
    kind: 'embedded',
    location: dataDir,
    ...session(db),
    transaction: (work) => db.transaction((tx) => work(session(tx))),
    close: async () => {
      await db.close();
      unlock();
    },
  };
}

/** postgres.js, a pool of connections to a PostgreSQL server. */
async function openServer(url: string): Promise<SqlDatabase> {
  const sql = postgres(url, {
    max: Number(process.env.PTT_DB_POOL ?? 10),
    onnotice: () => undefined,
    // bigint (cursors, sequence numbers, times in ms) as numbers, as PGlite gives them.
    types: { bigint: { to: 20, from: [20], parse: Number, serialize: String } },
  });
  const session = (runner: postgres.Sql | postgres.TransactionSql): SqlSession => ({
    query: async <R>(text: string, params: readonly unknown[] = []) =>
      (await runner.unsafe(text, params as postgres.ParameterOrJSON<never>[], { prepare: true })) as unknown as R[],
  });
  await sql`SELECT 1`;
  return {
    kind: 'server',
    location: redactPassword(url),
    ...session(sql),
    transaction: <T>(work: (session: SqlSession) => Promise<T>) => sql.begin((tx) => work(session(tx))) as Promise<T>,
    close: () => sql.end({ timeout: 5 }),
  };
}

export function redactPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://…';
  }
}
