/**
 * Versioned SQL migrations, applied at start-up: `migrations/NNNN-name.sql`, in number
 * order, each recorded in `schema_migrations`. All pending ones run in one transaction
 * under an advisory lock, so several server processes starting on one database apply
 * each migration once, and a failing migration leaves the schema as it was.
 */
import type { SqlDatabase } from './database';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const FILES = import.meta.glob<string>('./migrations/*.sql', { query: '?raw', import: 'default', eager: true });

/** Any number: it only has to be the same in every process of this server. */
const MIGRATION_LOCK = 7_163_016;

export const MIGRATIONS: readonly Migration[] = Object.entries(FILES)
  .map(([path, sql]) => {
    const match = /(\d{4})-([\w-]+)\.sql$/.exec(path);
    if (!match) throw new Error(`A migration file must be named NNNN-name.sql: ${path}`);
    return { version: Number(match[1]), name: match[2] ?? '', sql };
  })
  .sort((a, b) => a.version - b.version);

/** Applies the migrations the database lacks; returns the versions applied now. */
export async function migrate(db: SqlDatabase, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  return db.transaction(async (sql) => {
    await sql.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await sql.query(
      `CREATE TABLE IF NOT EXISTS schema_migrations (
         version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
    const done = new Set(
      (await sql.query<{ version: number }>('SELECT version FROM schema_migrations')).map((row) => row.version),
    );
    const applied: number[] = [];
    for (const migration of migrations) {
      if (done.has(migration.version)) continue;
      for (const statement of splitStatements(migration.sql)) await sql.query(statement);
      await sql.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [
        migration.version,
        migration.name,
      ]);
      applied.push(migration.version);
    }
    return applied;
  });
}

/**
 * The statements of a migration file, which holds plain DDL: split on `;` at a line's end,
 * `--` comments dropped. (The extended protocol both clients use takes one statement a call.)
 */
export function splitStatements(sql: string): string[] {
  return sql
    .split('\n')
    .filter((line) => !line.trim().startsWith('--'))
    .join('\n')
    .split(/;\s*$/m)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}
