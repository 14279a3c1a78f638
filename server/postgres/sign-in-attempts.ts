/**
 * Sign-in attempt counters in the database (`sign_in_attempts`), so every server process
 * on it enforces one limit (server/core/sign-in-throttle.ts). Each count is one atomic
 * upsert: concurrent attempts, from any process, each get their own number.
 */
import type { AttemptCounters, AttemptWindow } from '../core/sign-in-throttle';
import type { SqlSession } from './database';

export function sqlAttemptCounters(sql: SqlSession): AttemptCounters {
  return {
    async count(key, now, windowMs) {
      const [window] = await sql.query<AttemptWindow>(
        `INSERT INTO sign_in_attempts AS attempts (key, count, resets_at) VALUES ($1, 1, $2::bigint + $3::bigint)
         ON CONFLICT (key) DO UPDATE SET
           count = CASE WHEN attempts.resets_at <= $2 THEN 1 ELSE attempts.count + 1 END,
           resets_at = CASE WHEN attempts.resets_at <= $2 THEN excluded.resets_at ELSE attempts.resets_at END
         RETURNING count, resets_at AS "resetsAt"`,
        [key, now, windowMs],
      );
      if (!window) throw new Error('the attempt was not counted');
      return window;
    },
    async uncount(key) {
      await sql.query('UPDATE sign_in_attempts SET count = count - 1 WHERE key = $1 AND count > 0', [key]);
    },
    async clear(key) {
      await sql.query('DELETE FROM sign_in_attempts WHERE key = $1', [key]);
    },
  };
}

/** Drops the windows that have ended (the server does it now and then). */
export async function deleteEndedAttemptWindows(sql: SqlSession, now: number): Promise<number> {
  return (await sql.query('DELETE FROM sign_in_attempts WHERE resets_at <= $1 RETURNING key', [now])).length;
}
