/**
 * The sync promise as a property: whatever 2–3 devices and another admin do, in whatever
 * order, through lost responses, 5xx, 429, a dead network, tabs closed mid-sync, a server
 * restored from a backup, failed over to a standby behind it or wiped, a device's data put
 * back from an older copy, a replayed sequence number and a gateway refusing an edit — once
 * the network is good again every device shows exactly the server's rows, and every edit a
 * device made is on the server (applied once), still queued, or listed on that device in
 * Sync issues with a reason. Never nowhere, never twice.
 *
 * The one edit no system could keep: one made on a device after the copy its data is later
 * put back from, and not yet sent by then — the device itself forgot it. Such edits are
 * only checked never to be applied twice.
 *
 * Runs `SYNC_PROPERTY_RUNS` cases (200 by default; docs/sync.md has the figures of a 10,000-case run),
 * from `SYNC_PROPERTY_SEED` when given.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestBackend, type TestBackend } from '../../../../mocks/node';
import type { MemoryBacked } from '../../../../server/core/memory/memory-store';
import { allTables } from '../../../../server/core/rows';
import type { TenantSpec } from '../../../../server/seed/demo';
import { createRandom } from '../../../../server/seed/rng';
import { TABLES } from '../../../../src/domain/model';
import { IntentRejected } from '../../../../src/domain/outcomes';
import { API, type MutationOutcome } from '../../../../src/domain/protocol';
import type { SyncStep } from '../../../../src/sync/engine';
import { Client, signIn, TENANT, watchdog } from '../harness';
import { newIds, randomIntent, scenario, type Command } from './commands';

const RUNS = Number(process.env.SYNC_PROPERTY_RUNS ?? 200);
// A run is repeated exactly with its seed (fast-check prints it when a case fails).
const SEED = process.env.SYNC_PROPERTY_SEED === undefined ? undefined : Number(process.env.SYNC_PROPERTY_SEED);

// The sync tests' tenant, smaller (every case seeds it again), with a third device: a supervisor's, starting with the first group.
const SPEC: TenantSpec = {
  ...TENANT,
  id: 'tenant-prop',
  size: { seed: 77, subscribers: 4, externals: 2, subLists: 1, groups: 2 },
  accounts: [
    ...TENANT.accounts,
    {
      username: 'three@tremblay.test',
      password: 'pw',
      displayName: 'Supervisor Three',
      role: 'supervisor',
      groups: [0],
    },
  ],
};
const SUPERVISOR = 2;
const SUPERVISOR_ID = `${SPEC.id}-user-3`;

// Requests go straight to the back-end of the running case, through its fault switches (no MSW: thousands of them).
let backendOfCase: TestBackend | null = null;
beforeAll(() =>
  vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) => {
    watchdog.request();
    if (!backendOfCase) throw new Error('no back-end for this request');
    return backendOfCase.fetch(input, init);
  }),
);
afterAll(() => vi.unstubAllGlobals());

/** One edit a device made, by its key (which stays with it however often it is sent). */
interface Made {
  client: Client;
  /** The device's data was put back from a copy taken before this edit was sent: it forgot it. */
  forgotten: boolean;
}

/** Every outcome the server now stores, by key: how often, and at which cursors, each edit was applied. */
async function storedOutcomes(backend: TestBackend): Promise<Map<string, MutationOutcome[]>> {
  const store = backend.server.storage as MemoryBacked;
  const outcomes = await store.withMemory(async (memory) => memory.state.dump().outcomes);
  const byKey = new Map<string, MutationOutcome[]>();
  for (const { tenantId, outcome } of outcomes) {
    if (tenantId === SPEC.id) byKey.set(outcome.key, [...(byKey.get(outcome.key) ?? []), outcome]);
  }
  return byKey;
}

/** Whether a copy of a device's data holds the edit (waiting, answered, or listed as an issue). */
function copyHolds(copy: Map<string, unknown[]>, key: string): boolean {
  return ['outbox', 'syncIssues', 'acknowledged'].some((table) =>
    (copy.get(table) as Array<{ key: string }>).some((row) => row.key === key),
  );
}

async function run({ clients: count, commands }: { clients: number; commands: Command[] }) {
  const backend = createTestBackend({ tenants: [SPEC] });
  const { server, faults, disasters } = backend;
  backendOfCase = backend;
  const other = backend.otherAdmin(SPEC.id, createRandom(commands.length));
  const clients: Client[] = [];
  for (let i = 0; i < count; i++) {
    const client = new Client(await signIn(SPEC.accounts[i]!.username));
    // A dead network comes back after a couple of retries; the fault switches stay otherwise.
    client.clock.onSleep = (sleeps) => sleeps % 2 === 0 && faults.setOffline(false);
    expect(await client.sync()).toBe('done');
    clients.push(client);
  }
  const made = new Map<string, Made>();
  const newId = newIds();
  const edit = async (client: Client, seed: number) => {
    const intent = await randomIntent(client, createRandom(seed), newId);
    if (!intent) return;
    try {
      const entry = await client.edit(intent);
      made.set(entry.key, { client, forgotten: false });
    } catch (error) {
      // The device refused it as the user typed it: nothing was queued.
      if (!(error instanceof IntentRejected)) throw error;
    }
  };

  for (const step of commands) {
    switch (step.type) {
      case 'edit':
        await edit(clients[step.client]!, step.seed);
        break;
      case 'admin':
        await other.randomEdit(createRandom(step.seed));
        break;
      case 'sync':
        expect(await clients[step.client]!.sync()).toBe('done');
        break;
      case 'crash': {
        const client = clients[step.client]!;
        let steps = 0;
        client.freshEngine({
          beforeStep: (_: SyncStep) => {
            if (steps++ === step.atStep) throw new Error('tab closed');
          },
        });
        await client.sync().catch((error: Error) => expect(error.message).toBe('tab closed'));
        client.freshEngine();
        break;
      }
      case 'restart':
        clients[step.client]!.freshEngine();
        break;
      case 'fault':
        if (step.fault === 'lose') faults.loseNextResponses(1);
        else if (step.fault === 'offline') faults.setOffline(true);
        else faults.failNext(1, step.fault === '500' ? 500 : 429);
        break;
      case 'restore':
      case 'failover':
      case 'wipe':
        if (step.type === 'wipe') await disasters.wipe(SPEC.id);
        else await disasters.restoreBackup(SPEC.id, step.changes);
        break;
      case 'restoreProfile': {
        const client = clients[step.client]!;
        const copy = await client.copyProfile();
        for (let index = 0; index < step.edits; index++) await edit(client, step.seed + index);
        expect(await client.sync()).toBe('done');
        for (const [key, madeEdit] of made)
          if (madeEdit.client === client && !copyHolds(copy.tables, key)) madeEdit.forgotten = true;
        await copy.restore();
        break;
      }
      case 'replay':
        await replayWithOtherContent(backend, clients[step.client]!, step.seed, newId);
        break;
      case 'scope': {
        const groups = await server.read(SPEC.id, (tx) => tx.rowsAfter('groups', undefined, 100));
        const group = groups[step.group % Math.max(1, groups.length)];
        if (group) {
          const args = { id: SUPERVISOR_ID, groupIds: [group.id] };
          await other.apply({ name: step.add ? 'supervisor.addGroups' : 'supervisor.removeGroups', args });
        }
        break;
      }
      case 'refuse': {
        const client = clients[step.client]!;
        const unsent = (await client.db.outbox.toArray()).filter((entry) => !entry.outcome);
        const chosen = unsent[step.pick % Math.max(1, unsent.length)];
        if (chosen) faults.refuseEdit(chosen.key);
        break;
      }
    }
  }

  faults.reset();
  // Two rounds: the first sends every device's edits, the second brings each device the others'.
  for (const client of [...clients, ...clients]) expect(await client.sync()).toBe('done');

  const serverRows = structuredClone(await server.read(SPEC.id, allTables));
  for (const table of TABLES) serverRows[table].sort((a, b) => a.id.localeCompare(b.id));
  // A supervisor's device holds what it may see: every contact, its groups, its own scope, no sub-list.
  const scope = serverRows.supervisors.find((row) => row.id === SUPERVISOR_ID)?.groupIds ?? [];
  const supervisorRows = {
    ...serverRows,
    subLists: [],
    groups: serverRows.groups.filter((group) => scope.includes(group.id)),
    supervisors: serverRows.supervisors.filter((row) => row.id === SUPERVISOR_ID),
  };
  for (const [index, client] of clients.entries()) {
    expect(await client.view()).toEqual(index === SUPERVISOR ? supervisorRows : serverRows);
    expect(await client.db.outbox.count()).toBe(0);
  }
  const outcomes = await storedOutcomes(backend);
  for (const [key, { client, forgotten }] of made) {
    const stored = outcomes.get(key) ?? [];
    const applied = stored.filter((outcome) => outcome.status === 'applied' || outcome.status === 'merged');
    // Never twice: every outcome of the edit in this history is one application, at one cursor.
    expect(new Set(applied.map((outcome) => outcome.cursor)).size).toBeLessThanOrEqual(1);
    if (forgotten) continue;
    const issue = await client.db.syncIssues.get(key);
    if (issue) {
      // Listed with a reason: a conflict, a rejection other than a double create, or members left out.
      expect(issue.outcome.status === 'conflict' || issue.outcome.reason || issue.outcome.droppedMembers).toBeTruthy();
      expect(issue.outcome.reason).not.toBe('invalid');
      // Only the supervisor is ever refused for its role or scope.
      if (issue.outcome.reason === 'forbidden') expect(clients.indexOf(client)).toBe(SUPERVISOR);
    } else {
      expect(applied.length, `edit ${key} is on the server`).toBeGreaterThan(0);
    }
  }
  for (const client of clients) await client.db.delete();
}

/** A push replaying a number the server applied for this device, with another edit: refused, nothing applied. */
async function replayWithOtherContent(backend: TestBackend, client: Client, seed: number, newId: () => string) {
  const clientId = (await client.db.meta.get('clientId'))?.value as string | undefined;
  if (!clientId) return;
  const applied = await backend.server.read(SPEC.id, (tx) => tx.lastAppliedSeq(clientId));
  if (applied === 0) return;
  const intent = await randomIntent(client, createRandom(seed), newId);
  if (!intent) return;
  const cursor = await backend.server.read(SPEC.id, (tx) => tx.cursor());
  const seq = 1 + (seed % applied);
  const answer = await backend.server.handle({
    method: 'POST',
    url: API.mutations,
    authorization: `Bearer ${client.token}`,
    body: JSON.stringify({ clientId, mutations: [{ seq, key: `replay-${seed}`, intent, base: null }] }),
  });
  expect(answer).toMatchObject({ status: 409, body: { reason: 'sequenceReused', seq } });
  expect(await backend.server.read(SPEC.id, (tx) => tx.cursor())).toBe(cursor);
}

describe('sync property', () => {
  it(
    'every device converges to the server; every edit is on the server once, queued, or in Sync issues',
    async () => {
      await fc.assert(fc.asyncProperty(scenario, run), {
        numRuns: RUNS,
        ...(SEED === undefined ? {} : { seed: SEED }),
      });
    },
    Math.max(60_000, RUNS * 1_000),
  );
});
