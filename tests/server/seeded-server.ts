/**
 * The start of a server process test: a fresh database holding the test tenant, a server
 * process on it and TEST_USER's session, all stopped and dropped when the test ends. A test
 * that stops or kills the process starts the next one with `restart()`, on the same database.
 */
import { onTestFinished } from 'vitest';
import type { TestDatabase } from './databases';
import { signIn } from './http-client';
import { seedTestTenant, startServerProcess, TEST_USER } from './processes';

export async function seededServer(db: TestDatabase) {
  const { database, drop } = await db.open();
  onTestFinished(drop);
  seedTestTenant(database);
  let server = await startServerProcess(database);
  onTestFinished(() => server.stop());
  const { token } = await signIn(server.url, TEST_USER.username, TEST_USER.password);
  const restart = async () => {
    server = await startServerProcess(database);
    return server;
  };
  return { database, server, token, restart };
}
