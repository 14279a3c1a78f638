/** Helpers for tests and benchmarks of the PostgreSQL store. */
import type { SqlSession } from './database';

/** Empties every table of the store (the schema stays). */
export async function emptyAllTables(sql: SqlSession): Promise<void> {
  await sql.query(
    'TRUNCATE tenants, accounts, sessions, entries, clients, outcomes, activity, sign_in_attempts CASCADE',
  );
}
