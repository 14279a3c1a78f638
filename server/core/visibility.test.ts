/**
 * What a supervisor's snapshots and changes hold (server/core/visibility.ts): the master list,
 * its own groups and scope row, nothing else — and a scope change makes groups appear and vanish.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Change } from '../../src/domain/protocol';
import type { Supervisor } from '../../src/domain/model';
import type { PttCore } from './core';
import { connect, CREW, memoryCore, type Admin } from './test-kit';

let server: PttCore;
let admin: Admin;
let supervisor: Admin;
const SUPERVISOR_ID = `${CREW.id}-user-2`;

beforeEach(async () => {
  server = memoryCore([CREW]);
  admin = await connect(server, 'admin@crew.demo');
  supervisor = await connect(server, 'a@crew.demo');
});

const ids = (rows: { id: string }[]) => rows.map((row) => row.id).sort();
const about = (changes: Change[], table: Change['table']) => changes.filter((change) => change.table === table);

describe('a supervisor’s snapshot', () => {
  it('holds every contact, its groups and its own scope, and no sub-list', async () => {
    const scope = ((await admin.row('supervisors', SUPERVISOR_ID)) as Supervisor).groupIds;
    expect(scope.length).toBe(2);
    expect(ids(await supervisor.snapshotAll('contacts'))).toEqual(ids(await admin.snapshotAll('contacts')));
    expect(ids(await supervisor.snapshotAll('groups', 1))).toEqual([...scope].sort());
    expect(ids(await supervisor.snapshotAll('supervisors'))).toEqual([SUPERVISOR_ID]);
    expect(await supervisor.snapshotPage('subLists')).toMatchObject({ rows: [], total: 0, next: null });
    expect((await supervisor.snapshotPage('groups')).total).toBe(2);
    expect(ids(await admin.snapshotAll('supervisors'))).toHaveLength(2);
  });
});

describe('a supervisor’s changes', () => {
  it('follow its scope: a group given appears, a group taken vanishes; sub-lists and other groups never come', async () => {
    const groups = await admin.snapshotAll('groups');
    const scope = ((await admin.row('supervisors', SUPERVISOR_ID)) as Supervisor).groupIds;
    const outside = groups.find((group) => !scope.includes(group.id))!;
    const own = scope[0]!;
    let since = await supervisor.cursor();

    await admin.must({ name: 'group.rename', args: { id: outside.id, name: 'Équipe secrète' } });
    await admin.must({
      name: 'subList.rename',
      args: { id: (await admin.snapshotAll('subLists'))[0]!.id, name: 'Liste secrète' },
    });
    let { changes, cursor } = await supervisor.changes(since);
    expect(about(changes, 'subLists')).toEqual([]);
    expect(JSON.stringify(changes)).not.toContain('secrète');
    expect(about(changes, 'groups')).toEqual([expect.objectContaining({ id: outside.id, op: 'delete' })]);
    since = cursor;

    await admin.must({ name: 'supervisor.addGroups', args: { id: SUPERVISOR_ID, groupIds: [outside.id] } });
    ({ changes, cursor } = await supervisor.changes(since));
    expect(about(changes, 'groups')).toEqual([expect.objectContaining({ id: outside.id, op: 'put' })]);
    expect(about(changes, 'supervisors')).toEqual([
      expect.objectContaining({
        id: SUPERVISOR_ID,
        row: expect.objectContaining({ groupIds: [...scope, outside.id] }),
      }),
    ]);
    since = cursor;

    await admin.must({ name: 'supervisor.removeGroups', args: { id: SUPERVISOR_ID, groupIds: [own] } });
    ({ changes } = await supervisor.changes(since));
    expect(about(changes, 'groups')).toEqual([expect.objectContaining({ id: own, op: 'delete' })]);
    expect(changes.some((change) => change.table === 'supervisors' && change.id !== SUPERVISOR_ID)).toBe(false);
  });

  it('never carry another supervisor’s scope', async () => {
    const other = `${CREW.id}-user-3`;
    await admin.must({ name: 'supervisor.removeGroups', args: { id: other, groupIds: [] } });
    const { changes } = await supervisor.changes(0);
    expect(about(changes, 'supervisors').map((change) => change.id)).toEqual([SUPERVISOR_ID]);
  });
});
