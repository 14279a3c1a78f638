/**
 * Roles and scopes, enforced by the core (src/domain/roles.ts): every intent, as an
 * administrator and as a supervisor, on a group inside and outside the supervisor's scope —
 * allowed and applied, or refused as `forbidden` with nothing written — and the hostile cases.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Intent } from '../../src/domain/intents';
import type { Group, Subscriber, Supervisor } from '../../src/domain/model';
import type { PttCore } from './core';
import { connect, CREW, memoryCore, OTHER, type Admin } from './test-kit';

let server: PttCore;
let admin: Admin;
let supervisor: Admin;
let world: World;

/** What the cases name: the supervisor's scope, a group outside it, and subscribers set up for scanning. */
interface World {
  inGroup: Group;
  outGroup: Group;
  /** A member of both groups, scanning both (in: Priority 2, out: Priority 3). */
  both: Subscriber;
  /** A member of the out-of-scope group only. */
  stranger: Subscriber;
  /** A contact in no group, to add. */
  newcomer: string;
  externalId: string;
  subListId: string;
  /** A member of that sub-list. */
  listed: string;
}

const SUPERVISOR_ID = `${CREW.id}-user-2`;

beforeEach(async () => {
  server = memoryCore([CREW, OTHER]);
  admin = await connect(server, 'admin@crew.demo');
  supervisor = await connect(server, 'a@crew.demo');
  world = await setUp();
});

async function setUp(): Promise<World> {
  const scope = ((await admin.row('supervisors', SUPERVISOR_ID)) as Supervisor).groupIds;
  const groups = await admin.snapshotAll('groups');
  const inGroup = groups.find((group) => group.id === scope[0]) as Group;
  const outGroup = groups.find((group) => !scope.includes(group.id)) as Group;
  const contacts = await admin.snapshotAll('contacts');
  const subscribers = contacts.filter((contact): contact is Subscriber => contact.kind === 'subscriber');
  const [bothSubscriber, strangerSubscriber, newcomer] = subscribers.slice(-3) as [Subscriber, Subscriber, Subscriber];
  // Each test names its people exactly: out of every group first, then where the case wants them.
  for (const group of groups) {
    const memberIds = [bothSubscriber.id, strangerSubscriber.id, newcomer.id];
    await admin.must({ name: 'group.removeMembers', args: { id: group.id, memberIds } });
  }
  await admin.must({ name: 'group.addMembers', args: { id: inGroup.id, memberIds: [bothSubscriber.id] } });
  await admin.must({
    name: 'group.addMembers',
    args: { id: outGroup.id, memberIds: [bothSubscriber.id, strangerSubscriber.id] },
  });
  const scanList = [
    { groupId: inGroup.id, priority: 'p2' as const },
    { groupId: outGroup.id, priority: 'p3' as const },
  ];
  await admin.must({
    name: 'scanning.update',
    args: { subscriberId: bothSubscriber.id, scanningEnabled: true, scanList },
  });
  const subList = (await admin.snapshotAll('subLists')).find((list) => list.memberIds.length > 0) as Group;
  return {
    inGroup: (await admin.row('groups', inGroup.id)) as Group,
    outGroup: (await admin.row('groups', outGroup.id)) as Group,
    both: (await admin.row('contacts', bothSubscriber.id)) as Subscriber,
    stranger: (await admin.row('contacts', strangerSubscriber.id)) as Subscriber,
    newcomer: newcomer.id,
    externalId: contacts.find((contact) => contact.kind === 'external')?.id ?? '',
    subListId: subList.id,
    listed: subList.memberIds[0] ?? '',
  };
}

type Scope = 'in' | 'out';
const groupOf = (scope: Scope) => (scope === 'in' ? world.inGroup : world.outGroup);

/** Every intent, built for a group inside or outside the supervisor's scope. */
const INTENTS: Record<Intent['name'], (scope: Scope) => Intent> = {
  'externalContact.create': (scope) => ({
    name: 'externalContact.create',
    args: { id: `x-${scope}`, name: `Garage ${scope}`, phone: scope === 'in' ? '613 555 0191' : '613 555 0192' },
  }),
  'externalContact.update': () => ({
    name: 'externalContact.update',
    args: { id: world.externalId, name: 'Garage Renommé' },
  }),
  'externalContact.delete': () => ({ name: 'externalContact.delete', args: { id: world.externalId } }),
  'subList.create': (scope) => ({
    name: 'subList.create',
    args: { id: `s-${scope}`, name: `Liste ${scope}`, memberIds: [] },
  }),
  'subList.rename': () => ({ name: 'subList.rename', args: { id: world.subListId, name: 'Liste renommée' } }),
  'subList.addMembers': () => ({
    name: 'subList.addMembers',
    args: { id: world.subListId, memberIds: [world.newcomer] },
  }),
  'subList.removeMembers': () => ({
    name: 'subList.removeMembers',
    args: { id: world.subListId, memberIds: [world.listed] },
  }),
  'subList.delete': () => ({ name: 'subList.delete', args: { id: world.subListId } }),
  'group.create': (scope) => ({
    name: 'group.create',
    args: { id: `g-${scope}`, name: `Équipe ${scope}`, memberIds: [] },
  }),
  'group.rename': (scope) => ({ name: 'group.rename', args: { id: groupOf(scope).id, name: `Renommé ${scope}` } }),
  'group.addMembers': (scope) => ({
    name: 'group.addMembers',
    args: { id: groupOf(scope).id, memberIds: [world.newcomer] },
  }),
  'group.removeMembers': (scope) => ({
    name: 'group.removeMembers',
    args: { id: groupOf(scope).id, memberIds: [world.both.id] },
  }),
  'group.delete': (scope) => ({ name: 'group.delete', args: { id: groupOf(scope).id } }),
  // In scope: the supervisor's own group's priority; out: the other group's.
  'scanning.update': (scope) => ({
    name: 'scanning.update',
    args: {
      subscriberId: world.both.id,
      scanningEnabled: true,
      scanList: world.both.scanList.map((entry) =>
        entry.groupId === groupOf(scope).id ? { ...entry, priority: 'p1' as const } : entry,
      ),
    },
  }),
  'options.setMessaging': () => ({
    name: 'options.setMessaging',
    args: { subscriberId: world.both.id, messaging: 'none' },
  }),
  'supervisor.addGroups': (scope) => ({
    name: 'supervisor.addGroups',
    args: { id: SUPERVISOR_ID, groupIds: [groupOf(scope).id] },
  }),
  'supervisor.removeGroups': (scope) => ({
    name: 'supervisor.removeGroups',
    args: { id: SUPERVISOR_ID, groupIds: [groupOf(scope).id] },
  }),
};

/** Allowed edits that change nothing: a group already in the scope added, one outside it removed. */
const NO_OPS = new Set(['supervisor.addGroups/in', 'supervisor.removeGroups/out']);

/** What a supervisor may do, and only inside its scope. */
const SUPERVISOR_MAY = new Set<Intent['name']>(['group.addMembers', 'group.removeMembers', 'scanning.update']);

async function tenantState() {
  return server.read(CREW.id, async (tx) => ({
    cursor: await tx.cursor(),
    activity: (await tx.activity({ limit: 1000 })).length,
  }));
}

describe('every intent × role × scope', () => {
  const cases = Object.keys(INTENTS).flatMap((name) =>
    (['administrator', 'supervisor'] as const).flatMap((role) =>
      (['in', 'out'] as const).map((scope) => ({
        name: name as Intent['name'],
        role,
        scope,
        allowed: role === 'administrator' || (scope === 'in' && SUPERVISOR_MAY.has(name as Intent['name'])),
      })),
    ),
  );

  it.each(cases)('$name by a $role, $scope scope: allowed $allowed', async ({ name, role, scope, allowed }) => {
    const client = role === 'administrator' ? admin : supervisor;
    const before = await tenantState();
    const outcome = await client.send(INTENTS[name](scope));
    if (allowed) {
      expect(outcome).toMatchObject({ status: 'applied' });
      const written = NO_OPS.has(`${name}/${scope}`) ? 0 : 1;
      expect((await tenantState()).activity).toBe(before.activity + written);
    } else {
      expect(outcome).toMatchObject({ status: 'rejected', reason: 'forbidden' });
      expect(await tenantState()).toEqual(before);
    }
  });
});

describe('a supervisor’s scanning edits', () => {
  const scanning = (subscriber: Subscriber, scanningEnabled: boolean, scanList: Subscriber['scanList']): Intent => ({
    name: 'scanning.update',
    args: { subscriberId: subscriber.id, scanningEnabled, scanList },
  });

  it('may not drop, add or turn off another group’s entry', async () => {
    const own = world.both.scanList.filter((entry) => entry.groupId === world.inGroup.id);
    const before = await tenantState();
    expect(await supervisor.send(scanning(world.both, true, own))).toMatchObject({ reason: 'forbidden' });
    expect(await supervisor.send(scanning(world.both, false, world.both.scanList))).toMatchObject({
      reason: 'forbidden',
    });
    const stranger = [{ groupId: world.outGroup.id, priority: 'normal' as const }];
    expect(await supervisor.send(scanning(world.stranger, true, stranger))).toMatchObject({ reason: 'forbidden' });
    expect(await tenantState()).toEqual(before);
  });

  it('may take its own group off the list, and turn scanning off when only its groups are scanned', async () => {
    const others = world.both.scanList.filter((entry) => entry.groupId !== world.inGroup.id);
    expect(await supervisor.send(scanning(world.both, true, others))).toMatchObject({ status: 'applied' });
    await admin.must(scanning(world.both, true, [{ groupId: world.inGroup.id, priority: 'p1' }]));
    expect(
      await supervisor.send(scanning(world.both, false, [{ groupId: world.inGroup.id, priority: 'p1' }])),
    ).toMatchObject({
      status: 'applied',
    });
  });

  it('may not touch a subscriber who is in none of its groups, even to change nothing', async () => {
    const outcome = await supervisor.send(
      scanning(world.stranger, world.stranger.scanningEnabled, world.stranger.scanList),
    );
    expect(outcome).toMatchObject({ reason: 'forbidden' });
  });
});

describe('hostile supervisors', () => {
  it('cannot give itself groups, nor name another tenant’s group', async () => {
    const other = await connect(server, 'admin@cote.demo', 'secret');
    const foreign = (await other.snapshotAll('groups'))[0] as Group;
    const before = await tenantState();
    const grab: Intent = { name: 'supervisor.addGroups', args: { id: SUPERVISOR_ID, groupIds: [world.outGroup.id] } };
    expect(await supervisor.send(grab)).toMatchObject({ reason: 'forbidden' });
    const add: Intent = { name: 'group.addMembers', args: { id: foreign.id, memberIds: [world.newcomer] } };
    expect(await supervisor.send(add)).toMatchObject({ reason: 'forbidden' });
    expect(await tenantState()).toEqual(before);
    expect((await other.row('groups', foreign.id))?.memberIds).toEqual(foreign.memberIds);
  });

  it('gains nothing from a role written into its payload', async () => {
    const before = await tenantState();
    const forged = {
      name: 'group.delete',
      args: { id: world.outGroup.id, role: 'administrator' },
      role: 'administrator',
    };
    const response = await supervisor.pushRaw([
      { ...supervisor.envelope(1, forged as unknown as Intent, null), role: 'administrator' } as never,
    ]);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ outcomes: [{ status: 'rejected', reason: 'forbidden' }] });
    expect(await tenantState()).toEqual(before);
  });

  it('an administrator cannot scope a group of another tenant, nor an account that is no supervisor', async () => {
    const other = await connect(server, 'admin@cote.demo', 'secret');
    const foreign = (await other.snapshotAll('groups'))[0] as Group;
    const before = await tenantState();
    const outcome = await admin.send({
      name: 'supervisor.addGroups',
      args: { id: SUPERVISOR_ID, groupIds: [foreign.id] },
    });
    expect(outcome).toMatchObject({ status: 'rejected', reason: 'notFound' });
    const notSupervisor = await admin.send({
      name: 'supervisor.addGroups',
      args: { id: `${CREW.id}-user-1`, groupIds: [world.inGroup.id] },
    });
    expect(notSupervisor).toMatchObject({ status: 'rejected', reason: 'notFound' });
    expect(await tenantState()).toEqual(before);
  });
});

describe('scopes', () => {
  const scopeOf = async (id: string) => ((await admin.row('supervisors', id)) as Supervisor).groupIds;
  const OTHER_SUPERVISOR_ID = `${CREW.id}-user-3`;

  it('lose a deleted group, every supervisor’s at once', async () => {
    const others = await scopeOf(OTHER_SUPERVISOR_ID);
    const shared = (await scopeOf(SUPERVISOR_ID)).find((id) => others.includes(id)) as string;
    expect(shared).toBeDefined();
    const since = await supervisor.cursor();
    await admin.must({ name: 'group.delete', args: { id: shared } });
    expect(await scopeOf(SUPERVISOR_ID)).not.toContain(shared);
    expect(await scopeOf(OTHER_SUPERVISOR_ID)).not.toContain(shared);
    const { changes } = await supervisor.changes(since);
    expect(changes).toContainEqual(expect.objectContaining({ table: 'groups', id: shared, op: 'delete' }));
    expect(changes).toContainEqual(expect.objectContaining({ table: 'supervisors', id: SUPERVISOR_ID, op: 'put' }));
  });
});
