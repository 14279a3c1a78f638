/**
 * Signs in to a seeded demo tenant on the real mock back-end (in this process, through
 * MSW) and runs the first sync, so the local database holds what a real first sign-in
 * gives. Then the network is cut (unless `online`), so the edits a test makes stay
 * visibly pending; `backend.faults.setOffline(false)` lets the app's own sync engine
 * send them, and `backend.otherAdmin(...)` plays another admin.
 */
import { onTestFinished } from 'vitest';
import { createTestBackend, type TestBackend } from '../mocks/node';
import { allTables } from '../server/core/rows';
import { demoTenants } from '../server/seed/demo';
import type { TenantRows } from '../server/seed/generate';
import { PttDatabase, databaseName } from '../src/db/database';
import { saveSessionToken } from '../src/db/device-data';
import { API, type SignInResponse, type TenantKind } from '../src/domain/protocol';
import type { Session } from '../src/features/session/session-store';
import { apiRequest } from '../src/lib/api';
import { SyncEngine } from '../src/sync/engine';

export interface SignedInTenant {
  session: Session;
  /** The tenant's rows on the server right after the first sync. */
  rows: TenantRows;
  db: PttDatabase;
  backend: TestBackend;
}

export async function signedInTenant(
  kind: TenantKind = 'small-business',
  { online = false }: { online?: boolean } = {},
): Promise<SignedInTenant> {
  const spec = demoTenants().find((tenant) => tenant.kind === kind);
  if (!spec) throw new Error(`no demo tenant of kind ${kind}`);
  const backend = createTestBackend({ tenants: [spec] });
  backend.msw.listen({ onUnhandledRequest: 'error' });
  onTestFinished(() => backend.msw.close());

  const account = spec.accounts[0]!;
  const session = await apiRequest<SignInResponse>({
    method: 'POST',
    path: API.session,
    body: { username: account.username, password: account.password },
  });
  // The database name is per tenant and user, so clear what an earlier test left there.
  const db = new PttDatabase(databaseName(session.tenant.id, session.user.id));
  await db.delete();
  await db.open();
  onTestFinished(() => db.close());
  const result = await new SyncEngine({ db, token: session.token }).syncUntilDone();
  if (result !== 'done') throw new Error(`the first sync ended with ${result}`);
  backend.faults.setOffline(!online);

  const rows = structuredClone(await backend.server.read(spec.id, allTables));
  return { session, rows, db, backend };
}

/**
 * Signs `username` in on the back-end already listening, and opens its device's database empty,
 * the session saved with it as sign-in leaves it (its role too); the database closes after the test.
 */
export async function signedInDevice(username: string, password = 'demo') {
  const session = await apiRequest<SignInResponse>({ method: 'POST', path: API.session, body: { username, password } });
  const name = databaseName(session.tenant.id, session.user.id);
  const db = new PttDatabase(name);
  await db.delete();
  await saveSessionToken(name, session.token, session.user.role);
  await db.open();
  onTestFinished(() => db.close());
  return { session, db };
}
