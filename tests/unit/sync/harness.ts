/**
 * Sync tests against the real mock back-end in this process: MSW's setupServer routes the
 * engine's fetch calls to it. A small tenant keeps each case fast; an instant clock
 * records the engine's backoff waits instead of sleeping them.
 */
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { createTestBackend, type TestBackend } from '../../../mocks/node';
import { allTables } from '../../../server/core/rows';
import { testTenant } from '../../../server/core/test-kit';
import type { TenantSpec } from '../../../server/seed/demo';
import { API, type SignInResponse } from '../../../src/domain/protocol';
import type { Intent } from '../../../src/domain/intents';
import type { RowByTable, TableName } from '../../../src/domain/model';
import type { RejectionReason } from '../../../src/domain/outcomes';
import { PttDatabase } from '../../../src/db/database';
import { mutate } from '../../../src/db/outbox/append';
import { apiRequest } from '../../../src/lib/api';
import type { Clock } from '../../../src/sync/clock';
import { SyncEngine, type SyncEngineOptions } from '../../../src/sync/engine';

export const TENANT = testTenant(
  'sync',
  'Déneigement Tremblay',
  { seed: 4242, subscribers: 6, externals: 3, subLists: 2, groups: 3 },
  [
    { username: 'one@tremblay.test', password: 'pw', displayName: 'Admin One' },
    { username: 'two@tremblay.test', password: 'pw', displayName: 'Admin Two' },
  ],
);

/** One backend for the file; its state is fresh for each test (see `useBackend`). */
export function useBackend(spec: TenantSpec = TENANT) {
  const fresh = () => {
    const backend = createTestBackend({ tenants: [spec] });
    watchdog.watch(backend.msw);
    return backend;
  };
  const holder: { backend: TestBackend } = { backend: fresh() };
  beforeAll(() => holder.backend.msw.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    holder.backend.msw.close();
    holder.backend = fresh();
    holder.backend.msw.listen({ onUnhandledRequest: 'error' });
  });
  afterAll(() => holder.backend.msw.close());
  return holder;
}

/**
 * The watchdog: no loop without a wait. Every request the mock back-end sees counts; every
 * backoff or poll sleep of an engine resets the count. More than `WATCHDOG_LIMIT` requests in
 * a row without a wait stops the engine that is syncing, and its `sync()` fails.
 */
export const WATCHDOG_LIMIT = 100;
export const watchdog = {
  requestsSinceWait: 0,
  tripped: false,
  syncing: null as SyncEngine | null,
  /** Counts one request. */
  request() {
    if (++watchdog.requestsSinceWait <= WATCHDOG_LIMIT || watchdog.tripped) return;
    watchdog.tripped = true;
    void watchdog.syncing?.stop();
  },
  /** Counts the requests of this MSW server (call once per server). */
  watch(msw: { events: { on(event: 'request:start', listener: () => void): void } }) {
    msw.events.on('request:start', () => watchdog.request());
  },
};

export interface TestClock extends Clock {
  sleeps: number[];
  /** Called on every sleep, e.g. to bring the network back after a few retries. */
  onSleep?: (count: number) => void;
}

export function instantClock(): TestClock {
  const clock: TestClock = {
    sleeps: [],
    random: () => 0.5,
    now: () => Date.now(),
    sleep: async (ms) => {
      watchdog.requestsSinceWait = 0;
      clock.sleeps.push(ms);
      clock.onSleep?.(clock.sleeps.length);
      if (clock.sleeps.length > 500) throw new Error('the engine kept retrying');
    },
  };
  return clock;
}

let databases = 0;

/** One device of an admin: its own database and, on demand, a sync engine. */
export class Client {
  readonly db: PttDatabase;
  readonly clock = instantClock();
  engine: SyncEngine;

  constructor(
    public token: string,
    private readonly engineOptions: Partial<SyncEngineOptions> = {},
  ) {
    this.db = new PttDatabase(`sync-test-${++databases}-${Date.now()}`);
    this.engine = this.freshEngine();
  }

  /** Signed in again (a new session token): a new engine on the same database. */
  signedInAgain(token: string): SyncEngine {
    this.token = token;
    return this.freshEngine();
  }

  /** A new engine on the same database: what a reload does. */
  freshEngine(options: Partial<SyncEngineOptions> = {}): SyncEngine {
    this.engine = new SyncEngine({
      db: this.db,
      token: this.token,
      clock: this.clock,
      ...this.engineOptions,
      ...options,
    });
    return this.engine;
  }

  /** A new engine that does `action` once, just before its first pull: its push answered, nothing settled yet. */
  freshEngineBeforePull(action: () => Promise<unknown>): SyncEngine {
    let done = false;
    return this.freshEngine({
      beforeStep: async (step) => {
        if (step !== 'pull' || done) return;
        done = true;
        await action();
      },
    });
  }

  edit(intent: Intent) {
    return mutate(this.db, intent);
  }

  /**
   * A copy of everything this device stores, and the function that puts it back — what
   * restoring a browser profile from a backup does — and reloads (`freshEngine`).
   */
  async copyProfile(): Promise<{ tables: Map<string, unknown[]>; restore: () => Promise<void> }> {
    const tables = new Map(
      await Promise.all(this.db.tables.map(async (table) => [table.name, await table.toArray()] as const)),
    );
    const restore = async () => {
      await this.db.transaction('rw', this.db.tables, async () => {
        for (const [name, rows] of tables) {
          await this.db.table(name).clear();
          await this.db.table(name).bulkPut(rows);
        }
      });
      this.freshEngine();
    };
    return { tables, restore };
  }

  /** Syncs until done, under the watchdog. */
  async sync() {
    watchdog.requestsSinceWait = 0;
    watchdog.tripped = false;
    watchdog.syncing = this.engine;
    const result = await this.engine.syncUntilDone();
    watchdog.syncing = null;
    if (watchdog.tripped) throw new Error(`watchdog: over ${WATCHDOG_LIMIT} requests without a wait`);
    return result;
  }

  async view(): Promise<Record<TableName, unknown[]>> {
    const sorted = <T extends { id: string }>(rows: T[]) => rows.sort((a, b) => a.id.localeCompare(b.id));
    return {
      contacts: sorted(await this.db.contacts.toArray()),
      subLists: sorted(await this.db.subLists.toArray()),
      groups: sorted(await this.db.groups.toArray()),
      supervisors: sorted(await this.db.supervisors.toArray()),
    };
  }

  get<T extends TableName>(table: T, id: string): Promise<RowByTable[T] | undefined> {
    return this.db.table<RowByTable[T], string>(table).get(id);
  }
}

export async function signIn(username: string = TENANT.accounts[0]!.username): Promise<string> {
  const response = await apiRequest<SignInResponse>({
    method: 'POST',
    path: API.session,
    body: { username, password: 'pw' },
  });
  return response.token;
}

/** A device signed in, its first sync done. */
export async function syncedClient(): Promise<Client> {
  const client = new Client(await signIn());
  expect(await client.sync()).toBe('done');
  return client;
}

/** Each edit sent and acknowledged on its own, in order. */
export async function sendEach(client: Client, intents: Intent[]) {
  for (const intent of intents) {
    await client.edit(intent);
    expect(await client.sync()).toBe('done');
  }
}

/** The device lists exactly one sync issue: its edit of `subject`, rejected for `reason`. */
export async function expectOneRejection(client: Client, subject: string, reason: RejectionReason) {
  expect(await client.db.syncIssues.toArray()).toEqual([
    expect.objectContaining({ subject, outcome: expect.objectContaining({ status: 'rejected', reason }) }),
  ]);
}

/** An external contact to create: each test's edits are told apart by id and number. */
export const externalContact = (id: string, phone: string): Intent => ({
  name: 'externalContact.create',
  args: { id, name: `Garage ${id}`, phone },
});

export async function serverView(backend: TestBackend, tenantId = TENANT.id): Promise<Record<TableName, unknown[]>> {
  const rows = structuredClone(await backend.server.read(tenantId, allTables));
  const sorted = <T extends { id: string }>(list: T[]) => list.sort((a, b) => a.id.localeCompare(b.id));
  return {
    contacts: sorted(rows.contacts),
    subLists: sorted(rows.subLists),
    groups: sorted(rows.groups),
    supervisors: sorted(rows.supervisors),
  };
}

export function serverRow<T extends TableName>(backend: TestBackend, table: T, id: string) {
  return backend.server.read(TENANT.id, async (tx) => structuredClone(await tx.get(table, id)));
}
