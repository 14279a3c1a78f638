/**
 * Helpers for the server core's own tests (and the demo host's): a core over a seeded
 * memory store, a signed-in admin that pushes intents with consecutive sequence numbers,
 * and small tenants that build fast.
 */
import type { Intent } from '../../src/domain/intents';
import { intentTarget, overwrittenFields } from '../../src/domain/intents';
import type { Group, RowByTable, TableName } from '../../src/domain/model';
import {
  API,
  type ChangesResponse,
  type MutationEnvelope,
  type MutationOutcome,
  type PushResponse,
  type SignInResponse,
  type SnapshotResponse,
} from '../../src/domain/protocol';
import { DEMO_PASSWORD_HASHER, demoTenants, type AccountSpec, type TenantSpec } from '../seed/demo';
import type { TenantSize } from '../seed/generate';
import { seededMemoryStore } from '../seed/seed-storage';
import { PttCore } from './core';
import type { ApiResponse } from './responses';

export const GAGNON = demoTenants()[0] as TenantSpec;

/**
 * A tenant for tests, named for what it is for: `tenant-${key}`, its rows generated from `size` (the
 * seed fixes every name and number), a large enterprise from 25 subscribers up, and its accounts.
 */
export function testTenant(key: string, name: string, size: TenantSize, accounts: AccountSpec[]): TenantSpec {
  return {
    id: `tenant-${key}`,
    name,
    kind: size.subscribers < 25 ? 'small-business' : 'large-enterprise',
    size,
    accounts,
  };
}

/** A second small tenant, for isolation tests. */
export const OTHER = testTenant(
  'other',
  'Électrique Côté',
  { seed: 99, subscribers: 10, externals: 2, subLists: 1, groups: 2 },
  [{ username: 'admin@cote.demo', password: 'secret', displayName: 'Émile Côté' }],
);

/** Enough subscribers to fill a group to its limit. */
export const ROOMY = testTenant(
  'roomy',
  'Roomy Ltd',
  { seed: 7, subscribers: 300, externals: 5, subLists: 2, groups: 3 },
  [{ username: 'admin@roomy.demo', password: 'demo', displayName: 'Roomy Admin' }],
);

/** A small tenant with two supervisors sharing one group: `crew.a` has groups 0 and 1, `crew.b` groups 1 and 2. */
export const CREW = testTenant(
  'crew',
  'Déneigement Crew',
  { seed: 11, subscribers: 40, externals: 3, subLists: 2, groups: 4 },
  [
    { username: 'admin@crew.demo', password: 'demo', displayName: 'Crew Admin' },
    { username: 'a@crew.demo', password: 'demo', displayName: 'Alice Tremblay', role: 'supervisor', groups: [0, 1] },
    { username: 'b@crew.demo', password: 'demo', displayName: 'Bruno Roy', role: 'supervisor', groups: [1, 2] },
  ],
);

/** A core over a memory store holding `specs` (seeded before its first request is answered). */
export function memoryCore(specs: readonly TenantSpec[]): PttCore {
  return new PttCore({ storage: seededMemoryStore(specs), passwords: DEMO_PASSWORD_HASHER });
}

/** A fresh core holding `specs` (Gagnon's by default), Gagnon's admin signed in, and that tenant's first group. */
export async function gagnonAdmin(specs: readonly TenantSpec[] = [GAGNON]) {
  const server = memoryCore(specs);
  const admin = await connect(server, 'admin@gagnon.demo');
  const group = (await admin.snapshotAll('groups'))[0] as Group;
  return { server, admin, group };
}

export function request(
  server: PttCore,
  method: string,
  url: string,
  options: { token?: string; body?: unknown } = {},
) {
  return server.handle({
    method,
    url,
    authorization: options.token ? `Bearer ${options.token}` : null,
    body:
      options.body === undefined
        ? null
        : typeof options.body === 'string'
          ? options.body
          : JSON.stringify(options.body),
  });
}

export async function signIn(server: PttCore, username: string, password = 'demo'): Promise<SignInResponse> {
  const response = await request(server, 'POST', API.session, { body: { username, password } });
  if (response.status !== 200) throw new Error(`sign-in failed: ${JSON.stringify(response.body)}`);
  return response.body as SignInResponse;
}

export type Admin = Awaited<ReturnType<typeof connect>>;

/** A signed-in client of the server with its own client id and sequence. */
export async function connect(server: PttCore, username: string, password = 'demo') {
  const session = await signIn(server, username, password);
  const { token } = session;
  const clientId = `client-${crypto.randomUUID()}`;
  let lastSeq = 0;

  const row = <T extends TableName>(table: T, id: string): Promise<RowByTable[T] | undefined> =>
    server.read(session.tenant.id, (tx) => tx.get(table, id));

  /** The base an up-to-date client would send: the target row's current version and overwritten fields. */
  const currentBase = async (intent: Intent): Promise<MutationEnvelope['base']> => {
    const target = intentTarget(intent);
    const current = (await row(target.table, target.id)) as Record<string, unknown> | undefined;
    if (!current) return null;
    return {
      version: current.version as number,
      fields: Object.fromEntries(overwrittenFields(intent).map((f) => [f, current[f]])),
    };
  };

  const pushRaw = (mutations: MutationEnvelope[]): Promise<ApiResponse> =>
    request(server, 'POST', API.mutations, { token, body: { clientId, mutations } });

  const envelope = (seq: number, intent: Intent, base: MutationEnvelope['base']): MutationEnvelope => ({
    seq,
    key: `${clientId}:${seq}`,
    intent,
    base,
  });

  return {
    session,
    token,
    clientId,
    tenantId: session.tenant.id,
    row,
    currentBase,
    envelope,
    pushRaw,
    /** Pushes one intent as the next mutation; the base defaults to the row as it is now. */
    async send(intent: Intent, base?: MutationEnvelope['base']): Promise<MutationOutcome> {
      const seq = lastSeq + 1;
      const response = await pushRaw([envelope(seq, intent, base === undefined ? await currentBase(intent) : base)]);
      if (response.status !== 200) throw new Error(`push failed: ${response.status} ${JSON.stringify(response.body)}`);
      lastSeq = seq;
      const outcome = (response.body as PushResponse).outcomes[0];
      if (!outcome) throw new Error('no outcome');
      return outcome;
    },
    /** Sends `intent` and expects it applied. */
    async must(intent: Intent): Promise<void> {
      const outcome = await this.send(intent);
      if (outcome.status !== 'applied') throw new Error(`${intent.name} was ${outcome.status}: ${outcome.reason}`);
    },
    /** The feed's cursor now: the newest change this client may see. */
    async cursor(): Promise<number> {
      return (await this.changes(0)).cursor;
    },
    async changes(since: number, limit?: number): Promise<ChangesResponse> {
      const query = new URLSearchParams({ since: String(since), clientId, ...(limit ? { limit: String(limit) } : {}) });
      const response = await request(server, 'GET', `${API.changes}?${query}`, { token });
      if (response.status !== 200) throw new Error(`pull failed: ${JSON.stringify(response.body)}`);
      return response.body as ChangesResponse;
    },
    async snapshotPage(table: TableName, after?: string, limit?: number): Promise<SnapshotResponse> {
      const query = new URLSearchParams({
        table,
        ...(after ? { after } : {}),
        ...(limit ? { limit: String(limit) } : {}),
      });
      const response = await request(server, 'GET', `${API.snapshot}?${query}`, { token });
      if (response.status !== 200) throw new Error(`snapshot failed: ${JSON.stringify(response.body)}`);
      return response.body as SnapshotResponse;
    },
    /** Every row of a table, page by page. */
    async snapshotAll<T extends TableName>(table: T, limit = 1000): Promise<RowByTable[T][]> {
      const rows: RowByTable[T][] = [];
      let after: string | undefined;
      do {
        const page = await this.snapshotPage(table, after, limit);
        rows.push(...(page.rows as RowByTable[T][]));
        after = page.next ?? undefined;
      } while (after);
      return rows;
    },
  };
}
