/**
 * The mock PTT back-end's core: plain TypeScript, no MSW. `handle()` takes a request
 * (method, URL, Authorization header, raw body) and returns a status and a JSON body,
 * so the same logic runs behind MSW in the browser and directly in Node tests.
 * The protocol is described in docs/api.md; its types are in src/domain/protocol.ts.
 */
import { z } from 'zod';
import type { Intent } from '../../src/domain/intents';
import { TABLES, type TableName } from '../../src/domain/model';
import {
  API,
  type ApiError,
  type Change,
  type ChangesResponse,
  type MutationOutcome,
  type PushResponse,
  type SignInResponse,
  type SnapshotResponse,
} from '../../src/domain/protocol';
import { generateTenant } from '../seed/generate';
import { demoTenants, type TenantSpec } from '../seed/demo';
import { createFaultController, type FaultController, type FaultOptions } from './faults';
import { memoryHost, type StateHost } from './host';
import { applyAdminEdit, applyMutation, type AdminEditResult } from './mutations';
import { ServerState, type EntryRecord, type TenantData } from './state';

export interface ApiRequest {
  method: string;
  /** Absolute, or a path with its query string. */
  url: string;
  authorization?: string | null;
  /** The raw body text, parsed (and validated) by the server. */
  body?: string | null;
}

export interface ApiResponse {
  status: number;
  /** JSON-serialisable; null for 204. */
  body: unknown;
  headers?: Record<string, string>;
}

export const PAGE_LIMIT = { default: 1_000, max: 5_000 } as const;
export const MAX_PUSH_BATCH = 500;

const signInBody = z.object({ username: z.string().min(1).max(320), password: z.string().max(200) });

const pushBody = z.object({
  clientId: z.string().min(1).max(100),
  mutations: z
    .array(
      z.object({
        seq: z.number().int().min(1),
        key: z.string().min(1).max(200),
        // Only the envelope is checked here: an intent with bad arguments is rejected
        // ('invalid') as that mutation's outcome, so it never blocks the client's queue.
        intent: z.looseObject({ name: z.string() }),
        base: z.object({ version: z.number().int().min(0), fields: z.record(z.string(), z.unknown()) }).nullable(),
      }),
    )
    .max(MAX_PUSH_BATCH)
    .refine((mutations) => mutations.every((m, i) => i === 0 || m.seq === (mutations[i - 1]?.seq ?? 0) + 1), {
      message: 'sequence numbers in a batch must be consecutive and ascending',
    }),
});

const pageLimit = z.coerce.number().int().min(1).max(PAGE_LIMIT.max).default(PAGE_LIMIT.default);
const snapshotQuery = z.object({ table: z.enum(TABLES), after: z.string().min(1).optional(), limit: pageLimit });
const changesQuery = z.object({
  since: z.coerce.number().int().min(0),
  clientId: z.string().min(1).max(100).optional(),
  limit: pageLimit,
});

type Outcome<T> = { ok: true; value: T } | { ok: false; response: ApiResponse };

function fail(status: number, reason: ApiError['reason'], extra: Omit<ApiError, 'reason'> = {}): ApiResponse {
  return { status, body: { reason, ...extra } satisfies ApiError };
}

function ok(body: unknown): ApiResponse {
  return { status: 200, body };
}

function validate<T>(schema: z.ZodType<T>, input: unknown): Outcome<T> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
  return { ok: false, response: fail(400, 'malformed', { message: `${where}${issue?.message ?? 'invalid request'}` }) };
}

function parseJsonBody<T>(schema: z.ZodType<T>, text: string | null | undefined): Outcome<T> {
  let json: unknown;
  try {
    json = JSON.parse(text ?? '');
  } catch {
    return { ok: false, response: fail(400, 'malformed', { message: 'the body is not JSON' }) };
  }
  return validate(schema, json);
}

/** Puts a tenant's rows back to its seed: other rows are deleted, seed rows (re)written, each as a new change. */
function restoreRows(tenant: TenantData, spec: TenantSpec): void {
  const rows = generateTenant(spec.size);
  for (const table of TABLES) {
    const keep = new Set(rows[table].map((row) => row.id));
    for (const id of [...tenant.rows[table].keys()]) if (!keep.has(id)) tenant.write(table, id, undefined);
  }
  for (const contact of rows.contacts) tenant.write('contacts', contact.id, contact);
  for (const list of rows.subLists) tenant.write('subLists', list.id, list);
  for (const list of rows.groups) tenant.write('groups', list.id, list);
}

/** A fresh state holding the given tenants, their accounts and their seed rows. */
export function seedState(specs: readonly TenantSpec[]): ServerState {
  const state = new ServerState();
  for (const spec of specs) {
    const tenant = state.addTenant({ id: spec.id, name: spec.name, kind: spec.kind, cursor: 0 });
    spec.accounts.forEach((account, index) =>
      state.addAccount({ id: `${spec.id}-user-${index + 1}`, tenantId: spec.id, ...account }),
    );
    restoreRows(tenant, spec);
  }
  return state;
}

function toChange(entry: EntryRecord): Change {
  const { cursor, table, id, op, version, row } = entry;
  return (row ? { cursor, table, id, op, version, row } : { cursor, table, id, op, version }) as Change;
}

export interface ServerOptions {
  /** The tenants to serve; the two demo tenants by default. */
  tenants?: readonly TenantSpec[];
  faults?: FaultOptions;
}

export class PttServer {
  readonly faults: FaultController;

  constructor(
    private readonly host: StateHost,
    private readonly tenantSpecs: readonly TenantSpec[],
    faultOptions: FaultOptions = {},
  ) {
    this.faults = createFaultController(faultOptions);
  }

  /** Answers one API call. Never throws: an unexpected error is a 500. */
  async handle(request: ApiRequest): Promise<ApiResponse> {
    try {
      return await this.host.run((state) => this.route(state, request));
    } catch (error) {
      return fail(500, 'unavailable', { message: error instanceof Error ? error.message : String(error) });
    }
  }

  /** Reads a tenant's committed data (tests, the "another admin" picker). */
  read<T>(tenantId: string, look: (tenant: TenantData) => T): Promise<T> {
    return this.host.run(async (state) => look(this.tenantOrThrow(state, tenantId)));
  }

  /**
   * Another admin's edit, through the same apply-and-log path as a pushed mutation.
   * `choose` sees the current data and returns the intent (or null for "nothing to do"),
   * in the same exclusive step as the apply, so it never acts on stale rows.
   */
  async adminEdit(
    tenantId: string,
    choose: (tenant: TenantData) => Intent | null,
  ): Promise<{ intent: Intent; result: AdminEditResult } | null> {
    return this.host.run(async (state) => {
      const tenant = this.tenantOrThrow(state, tenantId);
      const intent = choose(tenant);
      return intent ? { intent, result: await applyAdminEdit(tenant, intent) } : null;
    });
  }

  /** Puts every tenant's rows back to the seed, as new changes so clients pull them; sessions and client sequences stay. */
  resetDemoData(): Promise<void> {
    return this.host.run(async (state) => {
      for (const spec of this.tenantSpecs) restoreRows(this.tenantOrThrow(state, spec.id), spec);
    });
  }

  private tenantOrThrow(state: ServerState, tenantId: string): TenantData {
    const tenant = state.tenants.get(tenantId);
    if (!tenant) throw new Error(`Unknown tenant ${tenantId}`);
    return tenant;
  }

  private async route(state: ServerState, request: ApiRequest): Promise<ApiResponse> {
    const url = new URL(request.url, 'http://mock.invalid');
    const route = `${request.method.toUpperCase()} ${url.pathname}`;
    if (route === `POST ${API.session}`) return this.signIn(state, request.body);

    const token = /^Bearer (\S+)$/.exec(request.authorization ?? '')?.[1];
    const session = token === undefined ? undefined : state.sessions.get(token);
    const tenant = session && state.tenants.get(session.tenantId);
    if (!token || !tenant) return fail(401, 'unauthorized');

    const query = Object.fromEntries(url.searchParams);
    switch (route) {
      case `DELETE ${API.session}`:
        state.closeSession(token);
        return { status: 204, body: null };
      case `GET ${API.snapshot}`:
        return this.snapshot(tenant, query);
      case `GET ${API.changes}`:
        return this.changes(tenant, query);
      case `POST ${API.mutations}`:
        return this.push(tenant, request.body);
      default:
        return fail(404, 'notFound', { message: `no such call: ${route}` });
    }
  }

  private signIn(state: ServerState, body: string | null | undefined): ApiResponse {
    const parsed = parseJsonBody(signInBody, body);
    if (!parsed.ok) return parsed.response;
    const account = state.accountByUsername(parsed.value.username);
    const tenant = account && state.tenants.get(account.tenantId);
    if (!account || !tenant || account.password !== parsed.value.password) return fail(401, 'credentials');
    const token = crypto.randomUUID();
    state.openSession({ token, tenantId: tenant.id, accountId: account.id });
    const { id, name, kind } = tenant.record;
    return ok({
      token,
      tenant: { id, name, kind },
      user: { id: account.id, username: account.username, displayName: account.displayName },
    } satisfies SignInResponse);
  }

  private snapshot(tenant: TenantData, query: Record<string, string>): ApiResponse {
    const parsed = validate(snapshotQuery, query);
    if (!parsed.ok) return parsed.response;
    const { table, after, limit } = parsed.value;
    const ids = tenant.sortedIds(table);
    const start = after === undefined ? 0 : firstIndexAfter(ids, after);
    const pageIds = ids.slice(start, start + limit);
    const more = start + limit < ids.length;
    return ok({
      table,
      rows: pageIds.map((id) => tenant.get(table, id)).filter((row) => row !== undefined),
      next: more ? (pageIds.at(-1) ?? null) : null,
      cursor: tenant.record.cursor,
      total: ids.length,
    } satisfies SnapshotResponse<TableName>);
  }

  private changes(tenant: TenantData, query: Record<string, string>): ApiResponse {
    const parsed = validate(changesQuery, query);
    if (!parsed.ok) return parsed.response;
    const { since, clientId, limit } = parsed.value;
    // One more than asked tells whether another page follows.
    const entries = tenant.changesSince(since, limit + 1);
    const page = entries.slice(0, limit);
    const hasMore = entries.length > limit;
    return ok({
      changes: page.map(toChange),
      cursor: hasMore ? (page.at(-1)?.cursor ?? since) : Math.max(since, tenant.record.cursor),
      hasMore,
      lastAppliedSeq: tenant.lastAppliedSeq(clientId),
    } satisfies ChangesResponse);
  }

  private async push(tenant: TenantData, body: string | null | undefined): Promise<ApiResponse> {
    const parsed = parseJsonBody(pushBody, body);
    if (!parsed.ok) return parsed.response;
    const { clientId, mutations } = parsed.value;
    const client = tenant.client(clientId);
    const first = mutations[0];
    if (first && first.seq > client.lastAppliedSeq + 1) {
      return fail(409, 'sequenceGap', {
        expectedSeq: client.lastAppliedSeq + 1,
        message: `expected seq ${client.lastAppliedSeq + 1}`,
      });
    }
    const outcomes: MutationOutcome[] = [];
    for (const mutation of mutations) {
      if (mutation.seq <= client.lastAppliedSeq) {
        const stored = tenant.storedOutcome(clientId, mutation.seq);
        if (!stored) throw new Error(`No stored outcome for ${clientId} seq ${mutation.seq}`);
        outcomes.push(stored);
        continue;
      }
      const outcome = await applyMutation(tenant, mutation);
      tenant.recordOutcome(client, outcome);
      outcomes.push(outcome);
    }
    return ok({ outcomes, lastAppliedSeq: client.lastAppliedSeq } satisfies PushResponse);
  }
}

/** Index of the first id greater than `after` in ascending `ids` (binary search). */
function firstIndexAfter(ids: readonly string[], after: string): number {
  let low = 0;
  let high = ids.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((ids[middle] ?? '') <= after) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** A server whose state lives in memory: for Node tests and benchmarks. */
export function createMemoryServer(options: ServerOptions = {}): PttServer {
  const tenants = options.tenants ?? demoTenants();
  return new PttServer(memoryHost(seedState(tenants)), tenants, options.faults);
}
