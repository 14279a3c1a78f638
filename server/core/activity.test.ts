/**
 * The core's activity log over its API: one entry per applied or merged edit — every intent,
 * with its rows and before → after, cascades included — none for a replay, a conflict or a
 * rejection; the author's name and role; retention; `GET /api/activity` with its filters,
 * paging, tenant isolation and hostile parameters.
 */
import { describe, expect, it } from 'vitest';
import type { ActivityEntry } from '../../src/domain/activity';
import type { Intent } from '../../src/domain/intents';
import type { Subscriber } from '../../src/domain/model';
import { API, type ActivityResponse } from '../../src/domain/protocol';
import { DEMO_PASSWORD_HASHER } from '../seed/demo';
import { seededMemoryStore } from '../seed/seed-storage';
import { PttCore } from './core';
import { connect, GAGNON, OTHER, request, type Admin } from './test-kit';

const DAY = 24 * 60 * 60 * 1000;

async function setUp(now = () => 1_700_000_000_000) {
  const server = new PttCore({
    storage: seededMemoryStore([GAGNON, OTHER]),
    passwords: DEMO_PASSWORD_HASHER,
    now,
    sessionTtlMs: 1_000 * DAY,
  });
  const admin = await connect(server, 'admin@gagnon.demo');
  const contacts = await admin.snapshotAll('contacts');
  const subscribers = contacts.filter((contact): contact is Subscriber => contact.kind === 'subscriber');
  const groups = await admin.snapshotAll('groups');
  return { server, admin, subscribers, groups, contacts };
}

async function readActivity(server: PttCore, admin: Admin, query = ''): Promise<ActivityResponse> {
  const response = await request(server, 'GET', `${API.activity}?${query}`, { token: admin.token });
  if (response.status !== 200) throw new Error(`activity failed: ${JSON.stringify(response.body)}`);
  return response.body as ActivityResponse;
}

const newest = async (server: PttCore, admin: Admin) => (await readActivity(server, admin, 'limit=1')).entries[0];

describe('the activity log', () => {
  it('logs each intent once, with its author, time, rows and the fields it changed before → after', async () => {
    const { server, admin, subscribers, groups } = await setUp();
    const [first, second] = subscribers as [Subscriber, Subscriber];
    const group = groups[0]!;
    const outsider = subscribers.find((s) => !group.memberIds.includes(s.id))!;
    const intents: Intent[] = [
      { name: 'externalContact.create', args: { id: 'x-1', name: 'Aiden Poirier', phone: '613-555-0199' } },
      { name: 'externalContact.update', args: { id: 'x-1', name: 'Aiden Poirier-Roy' } },
      { name: 'subList.create', args: { id: 's-1', name: 'Relève', memberIds: [first.id] } },
      { name: 'subList.rename', args: { id: 's-1', name: 'Relève de nuit' } },
      { name: 'subList.addMembers', args: { id: 's-1', memberIds: [second.id] } },
      { name: 'subList.removeMembers', args: { id: 's-1', memberIds: [first.id] } },
      { name: 'subList.delete', args: { id: 's-1' } },
      { name: 'group.create', args: { id: 'g-1', name: 'Répartition Test', memberIds: [] } },
      { name: 'group.rename', args: { id: 'g-1', name: 'Répartition Test 2' } },
      { name: 'group.addMembers', args: { id: group.id, memberIds: [outsider.id] } },
      { name: 'group.removeMembers', args: { id: group.id, memberIds: [outsider.id] } },
      {
        name: 'options.setMessaging',
        args: { subscriberId: first.id, messaging: first.messaging === 'none' ? 'enabled' : 'none' },
      },
      { name: 'scanning.update', args: { subscriberId: first.id, scanningEnabled: true, scanList: [] } },
      { name: 'externalContact.delete', args: { id: 'x-1' } },
      { name: 'group.delete', args: { id: 'g-1' } },
    ];
    for (const intent of intents) {
      const before = await newest(server, admin);
      await admin.must(intent);
      const { entries } = await readActivity(server, admin, `after=${before?.id ?? 0}`);
      expect(entries, intent.name).toHaveLength(1);
      expect(entries[0]).toMatchObject({
        at: 1_700_000_000_000,
        actor: { accountId: admin.session.user.id, name: 'Sylvie Gagnon', role: 'administrator' },
        intent,
      });
    }
    const log = (await readActivity(server, admin, 'limit=100')).entries.reverse();
    expect(log.map((entry) => entry.id)).toEqual(intents.map((_, index) => index + 1));
    const rowsOf = (index: number) => log[index]?.rows;
    expect(rowsOf(0)).toEqual([
      {
        table: 'contacts',
        id: 'x-1',
        name: 'Aiden Poirier',
        op: 'create',
        changes: { kind: { after: 'external' }, name: { after: 'Aiden Poirier' }, phone: { after: '6135550199' } },
      },
    ]);
    expect(rowsOf(1)).toEqual([
      {
        table: 'contacts',
        id: 'x-1',
        name: 'Aiden Poirier-Roy',
        op: 'update',
        changes: { name: { before: 'Aiden Poirier', after: 'Aiden Poirier-Roy' } },
      },
    ]);
    expect(rowsOf(4)?.[0]?.changes).toEqual({ memberIds: { before: [first.id], after: [first.id, second.id] } });
    expect(rowsOf(6)).toEqual([
      {
        table: 'subLists',
        id: 's-1',
        name: 'Relève de nuit',
        op: 'delete',
        changes: { name: { before: 'Relève de nuit' }, memberIds: { before: [second.id] } },
      },
    ]);
  });

  it('lists the cascades after the target: a deleted group leaves scan lists, a deleted contact its lists', async () => {
    const { server, admin, subscribers } = await setUp();
    const scanners = subscribers.slice(0, 3);
    await admin.must({
      name: 'group.create',
      args: { id: 'g-scan', name: 'Garde côtière', memberIds: scanners.map((s) => s.id) },
    });
    for (const scanner of scanners)
      await admin.must({
        name: 'scanning.update',
        args: { subscriberId: scanner.id, scanningEnabled: true, scanList: [{ groupId: 'g-scan', priority: 'p1' }] },
      });
    await admin.must({ name: 'group.delete', args: { id: 'g-scan' } });
    const entry = (await newest(server, admin)) as ActivityEntry;
    expect(entry.rows[0]).toMatchObject({ table: 'groups', id: 'g-scan', op: 'delete', name: 'Garde côtière' });
    expect(entry.rows.slice(1)).toEqual(
      scanners.map((scanner) =>
        expect.objectContaining({
          table: 'contacts',
          id: scanner.id,
          op: 'update',
          changes: { scanList: { before: [{ groupId: 'g-scan', priority: 'p1' }], after: [] } },
        }),
      ),
    );
    const history = await readActivity(server, admin, `table=contacts&rowId=${scanners[0]!.id}`);
    expect(history.entries.map((found) => found.intent.name)).toEqual(['group.delete', 'scanning.update']);

    await admin.must({ name: 'externalContact.create', args: { id: 'x-2', name: 'Léa Roy', phone: '613-555-0177' } });
    await admin.must({ name: 'subList.create', args: { id: 's-2', name: 'Garde', memberIds: ['x-2'] } });
    await admin.must({ name: 'externalContact.delete', args: { id: 'x-2' } });
    expect((await newest(server, admin))?.rows.map((row) => `${row.table}/${row.id}/${row.op}`)).toEqual([
      'contacts/x-2/delete',
      'subLists/s-2/update',
    ]);
  });

  it('logs nothing for a replay, a conflict or a rejection, and a merge once', async () => {
    const { server, admin, groups } = await setUp();
    const group = groups[0]!;
    const rename = (name: string): Intent => ({ name: 'group.rename', args: { id: group.id, name } });
    const staleBase = await admin.currentBase(rename('x'));
    const batch = [admin.envelope(1, rename('Premier'), staleBase)];
    await admin.pushRaw(batch);
    await admin.pushRaw(batch);
    expect((await readActivity(server, admin)).entries).toHaveLength(1);

    const other = await connect(server, 'admin@gagnon.demo');
    expect(await other.send(rename('Conflit'), staleBase)).toMatchObject({ status: 'conflict' });
    expect(await other.send({ name: 'group.rename', args: { id: group.id, name: '' } })).toMatchObject({
      status: 'rejected',
    });
    expect(await other.send({ name: 'group.delete', args: { id: 'no-such-group' } })).toMatchObject({
      status: 'rejected',
    });
    expect((await readActivity(server, admin)).entries).toHaveLength(1);

    const memberId = group.memberIds[0]!;
    expect(
      await other.send({ name: 'group.removeMembers', args: { id: group.id, memberIds: [memberId] } }, staleBase),
    ).toMatchObject({ status: 'merged' });
    expect((await readActivity(server, admin)).entries).toHaveLength(2);
  });

  it('drops entries older than the retention at the next edit (400 days unless set)', async () => {
    let now = 1_700_000_000_000;
    const { server, admin, groups } = await setUp(() => now);
    const rename = (name: string): Intent => ({ name: 'group.rename', args: { id: groups[0]!.id, name } });
    await admin.must(rename('Un'));
    now += 399 * DAY;
    await admin.must(rename('Deux'));
    expect((await readActivity(server, admin)).entries).toHaveLength(2);
    now += 2 * DAY;
    await admin.must(rename('Trois'));
    expect((await readActivity(server, admin)).entries.map((entry) => entry.id)).toEqual([3, 2]);

    const short = new PttCore({
      storage: seededMemoryStore([GAGNON]),
      passwords: DEMO_PASSWORD_HASHER,
      now: () => now,
      sessionTtlMs: 1_000 * DAY,
      activityRetentionDays: 1,
    });
    const shortAdmin = await connect(short, 'admin@gagnon.demo');
    await shortAdmin.must(rename('Un'));
    now += 2 * DAY;
    await short.adminEdit(GAGNON.id, async () => rename('Deux'), {
      accountId: 'a-9',
      name: 'Marie Dubé',
      role: 'administrator',
    });
    expect((await readActivity(short, shortAdmin)).entries).toEqual([
      expect.objectContaining({ id: 2, actor: { accountId: 'a-9', name: 'Marie Dubé', role: 'administrator' } }),
    ]);
  });

  it('reads in pages, newest first or oldest first, filtered by account, kind, time and row, in its own tenant', async () => {
    let now = 1_000_000;
    const { server, admin, groups, subscribers } = await setUp(() => now);
    const colleague = await connect(server, 'admin@gagnon.demo');
    const group = groups[0]!;
    for (const [index, name] of ['A', 'B', 'C', 'D', 'E'].entries()) {
      now = 1_000_000 + index * 1000;
      await (index % 2 ? colleague : admin).must({ name: 'group.rename', args: { id: group.id, name } });
    }
    await admin.must({ name: 'options.setMessaging', args: { subscriberId: subscribers[0]!.id, messaging: 'none' } });
    const page = (query: string) =>
      readActivity(server, admin, query).then((r) => [r.entries.map((e) => e.id), r.hasMore]);
    expect(await page('limit=2')).toEqual([[6, 5], true]);
    expect(await page('limit=2&before=5')).toEqual([[4, 3], true]);
    expect(await page('limit=2&before=3')).toEqual([[2, 1], false]);
    expect(await page('after=4')).toEqual([[5, 6], false]);
    expect(await page('kind=messaging')).toEqual([[6], false]);
    expect(await page('kind=groups&from=1002000&to=1004000')).toEqual([[4, 3], false]);
    expect(await page(`table=groups&rowId=${group.id}&limit=1`)).toEqual([[5], true]);

    const other = await connect(server, 'admin@cote.demo', 'secret');
    expect((await readActivity(server, other)).entries).toEqual([]);
    expect((await readActivity(server, other, `table=groups&rowId=${group.id}`)).entries).toEqual([]);
  });

  it('refuses hostile and malformed parameters with a 400, and a caller without a session with a 401', async () => {
    const { server, admin } = await setUp();
    const bad = [
      'limit=0',
      'limit=1001',
      'limit=-5',
      'limit=ten',
      'limit=1.5',
      'before=-1',
      'after=abc',
      'before=9007199254740993',
      'before=3&after=1',
      'kind=everything',
      'table=accounts&rowId=x',
      'table=groups',
      'rowId=g-1',
      `rowId=${'x'.repeat(65)}&table=groups`,
      'accountId=%00',
      'from=-1',
      'to=1e20',
      'tenantId=tenant-other',
      "accountId=' OR 1=1 --&limit=x",
    ];
    for (const query of bad) {
      const response = await request(server, 'GET', `${API.activity}?${query}`, { token: admin.token });
      expect(response, query).toMatchObject({ status: 400, body: { reason: 'malformed' } });
    }
    expect((await readActivity(server, admin, "accountId=' OR 1=1 --")).entries).toEqual([]);
    expect(await request(server, 'GET', API.activity)).toMatchObject({ status: 401 });
  });
});
