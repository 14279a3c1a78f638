// @vitest-environment node
/**
 * A supervisor's `GET /api/activity` on every host (memory, PostgreSQL on PGlite): only the
 * entries of what it sees (src/domain/visibility.ts), cut to the rows it sees, whatever it asks
 * for — another group's or a sub-list's History, another supervisor's, an author, a kind — with
 * pages as full as an administrator's; a scope that shrinks takes its entries away.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ActivityEntry } from '../../src/domain/activity';
import type { Group, SubList, Supervisor } from '../../src/domain/model';
import { API, type ActivityResponse } from '../../src/domain/protocol';
import { PostgresStore } from '../postgres/postgres-store';
import { emptyAllTables } from '../postgres/testing';
import { DEMO_PASSWORD_HASHER } from '../seed/demo';
import { seededMemoryStore, seedStorage } from '../seed/seed-storage';
import { PttCore } from './core';
import type { Storage } from './storage';
import { connect, CREW, request, type Admin } from './test-kit';

const ALICE = `${CREW.id}-user-2`;
const BRUNO = `${CREW.id}-user-3`;

const dataDir = mkdtempSync(join(tmpdir(), 'ptt-activity-scope-'));
let pglite: PostgresStore | undefined;
beforeAll(async () => void (pglite = await PostgresStore.open({ dataDir })), 60_000);
afterAll(async () => {
  await pglite?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const hosts: Array<[string, () => Promise<Storage>]> = [
  ['memory', async () => seededMemoryStore([CREW])],
  [
    'PostgreSQL (PGlite)',
    async () => {
      if (!pglite) throw new Error('PGlite is not open');
      await emptyAllTables(pglite.db);
      await seedStorage(pglite, [CREW], DEMO_PASSWORD_HASHER);
      return pglite;
    },
  ],
];

async function read(who: Admin, server: PttCore, query: string): Promise<ActivityResponse> {
  const response = await request(server, 'GET', `${API.activity}?${query}`, { token: who.token });
  if (response.status !== 200) throw new Error(`activity failed: ${JSON.stringify(response.body)}`);
  return response.body as ActivityResponse;
}

/** Every entry the reader gets, page by page (`limit` a page), newest first. */
async function readAll(who: Admin, server: PttCore, query: string, limit: number): Promise<ActivityEntry[]> {
  const entries: ActivityEntry[] = [];
  for (let before: number | undefined; ;) {
    const page = await read(who, server, `${query}&limit=${limit}${before === undefined ? '' : `&before=${before}`}`);
    entries.push(...page.entries);
    before = page.entries.at(-1)?.id;
    if (!page.hasMore) return entries;
    expect(page.entries).toHaveLength(limit);
  }
}

const names = (entries: ActivityEntry[]) => entries.map((entry) => entry.intent.name);

describe.each(hosts)('a supervisor’s activity on %s', (_, open) => {
  let server: PttCore;
  let admin: Admin;
  let alice: Admin;
  let own: Group;
  let outside: Group;
  let subList: SubList;

  beforeEach(async () => {
    server = new PttCore({ storage: await open(), passwords: DEMO_PASSWORD_HASHER });
    admin = await connect(server, 'admin@crew.demo');
    alice = await connect(server, 'a@crew.demo');
    const scope = ((await admin.row('supervisors', ALICE)) as Supervisor).groupIds;
    const bruno = ((await admin.row('supervisors', BRUNO)) as Supervisor).groupIds;
    const groups = await admin.snapshotAll('groups');
    own = groups.find((group) => group.id === scope[0])!;
    outside = groups.find((group) => !scope.includes(group.id) && !bruno.includes(group.id))!;
    subList = (await admin.snapshotAll('subLists'))[0]!;
    // An external contact in Alice's group, a group she does not see and a sub-list, then deleted.
    await admin.must({
      name: 'externalContact.create',
      args: { id: 'x-1', name: 'Aiden Poirier', phone: '613-555-0199' },
    });
    for (const [name, id] of [
      ['group.addMembers', own.id],
      ['group.addMembers', outside.id],
      ['subList.addMembers', subList.id],
    ] as const)
      await admin.must({ name, args: { id, memberIds: ['x-1'] } });
    await admin.must({ name: 'group.rename', args: { id: outside.id, name: 'Équipe secrète' } });
    await admin.must({ name: 'subList.rename', args: { id: subList.id, name: 'Liste secrète' } });
    await admin.must({ name: 'supervisor.addGroups', args: { id: BRUNO, groupIds: [outside.id] } });
    await admin.must({ name: 'group.rename', args: { id: own.id, name: 'Répartition Est' } });
    await admin.must({ name: 'externalContact.delete', args: { id: 'x-1' } });
  }, 60_000);

  it('holds only the entries of what it sees, cut to the rows it sees, in pages as full as an administrator’s', async () => {
    const seen = await readAll(alice, server, '', 1);
    expect(names(seen)).toEqual([
      'externalContact.delete',
      'group.rename',
      'group.addMembers',
      'externalContact.create',
    ]);
    expect(JSON.stringify(seen)).not.toMatch(/secrète|Bruno/);
    // The deleted contact's entry keeps the contact and Alice's group, not the other group or the sub-list.
    expect(seen[0]!.rows.map((row) => `${row.table}/${row.id}`)).toEqual(['contacts/x-1', `groups/${own.id}`]);
    // Oldest first, after a number, the same entries.
    const forward = await read(alice, server, 'after=0&limit=10');
    expect(names(forward.entries)).toEqual(names(seen).reverse());
    expect(forward.hasMore).toBe(false);
    // What the administrator reads of the same log: those entries and the others.
    const everything = await readAll(admin, server, '', 100);
    expect(everything.map((entry) => entry.id)).toEqual(expect.arrayContaining(seen.map((entry) => entry.id)));
    expect(everything.length).toBeGreaterThan(seen.length + 3);
  });

  it('answers a hostile reading with nothing it does not see', async () => {
    const adminId = admin.session.user.id;
    for (const query of [
      `table=groups&rowId=${outside.id}`,
      `table=subLists&rowId=${subList.id}`,
      `table=supervisors&rowId=${BRUNO}`,
      'kind=subLists',
      'kind=supervisors',
      `accountId=${adminId}&kind=groups`,
    ]) {
      const { entries } = await read(alice, server, `${query}&limit=1000`);
      const leaked = entries.filter((entry) => entry.rows.some((row) => row.table !== 'contacts' && row.id !== own.id));
      expect(leaked, query).toEqual([]);
    }
    expect((await read(alice, server, `table=groups&rowId=${outside.id}`)).entries).toEqual([]);
    expect(names((await read(alice, server, `accountId=${adminId}&kind=groups`)).entries)).toEqual([
      'group.rename',
      'group.addMembers',
    ]);
    // The administrator reads the same queries whole.
    expect((await read(admin, server, `table=groups&rowId=${outside.id}`)).entries).toHaveLength(3);
  });

  it('loses a group’s entries when the group leaves its scope, and reads who deleted a group of its scope', async () => {
    await admin.must({ name: 'supervisor.removeGroups', args: { id: ALICE, groupIds: [own.id] } });
    const afterRemoval = await readAll(alice, server, '', 100);
    expect(names(afterRemoval)).toEqual([
      'supervisor.removeGroups',
      'externalContact.delete',
      'externalContact.create',
    ]);
    expect(afterRemoval[1]!.rows.map((row) => row.table)).toEqual(['contacts']);

    const kept = ((await admin.row('supervisors', ALICE)) as Supervisor).groupIds[0]!;
    const name = (await admin.row('groups', kept))!.name;
    await admin.must({ name: 'group.delete', args: { id: kept } });
    const [deletion] = (await read(alice, server, 'limit=1')).entries;
    expect(deletion).toMatchObject({ intent: { name: 'group.delete' } });
    expect(deletion!.rows[0]).toMatchObject({ table: 'groups', id: kept, name, op: 'delete' });
    expect(deletion!.rows.some((row) => row.table === 'supervisors' && row.id !== ALICE)).toBe(false);
  });
});
