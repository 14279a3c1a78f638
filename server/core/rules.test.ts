/** Every product rule, enforced by the server through the shared `applyIntent`. */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Group, Subscriber } from '../../src/domain/model';
import type { PttCore } from './core';
import { connect, memoryCore, ROOMY, type Admin } from './test-kit';

let server: PttCore;
let admin: Admin;
let subscribers: Subscriber[];
let groups: Group[];

beforeEach(async () => {
  server = memoryCore([ROOMY]);
  admin = await connect(server, 'admin@roomy.demo');
  subscribers = (await admin.snapshotAll('contacts')).filter((c): c is Subscriber => c.kind === 'subscriber');
  groups = await admin.snapshotAll('groups');
});

const subscriber = (index: number) => subscribers[index] as Subscriber;

describe('names', () => {
  it('trims names and refuses empty ones', async () => {
    await admin.must({ name: 'group.create', args: { id: 'g-new', name: '  Équipe   Nord  ', memberIds: [] } });
    expect((await admin.row('groups', 'g-new'))?.name).toBe('Équipe Nord');
    const outcome = await admin.send({ name: 'group.create', args: { id: 'g-empty', name: '   ', memberIds: [] } });
    expect(outcome).toMatchObject({ status: 'rejected', reason: 'name.required' });
    expect(await admin.row('groups', 'g-empty')).toBeUndefined();
  });

  it('counts an accented letter or an emoji as one character, up to 30', async () => {
    const thirty = 'é'.repeat(29) + '🚒';
    await admin.must({ name: 'externalContact.create', args: { id: 'x-30', name: thirty, phone: '613 555 0100' } });
    const outcome = await admin.send({
      name: 'subList.create',
      args: { id: 's-31', name: `${thirty}a`, memberIds: [] },
    });
    expect(outcome).toMatchObject({ status: 'rejected', reason: 'name.tooLong' });
  });

  it('keeps sub-list and group names unique ignoring case and accents', async () => {
    await admin.must({ name: 'group.create', args: { id: 'g-a', name: 'Équipe Côté', memberIds: [] } });
    const clash = await admin.send({ name: 'group.create', args: { id: 'g-b', name: 'EQUIPE  cote', memberIds: [] } });
    expect(clash).toMatchObject({ status: 'rejected', reason: 'name.taken', detail: { holderId: 'g-a' } });
    const rename = await admin.send({
      name: 'group.rename',
      args: { id: (groups[0] as Group).id, name: 'équipe côté' },
    });
    expect(rename).toMatchObject({ status: 'rejected', reason: 'name.taken' });
    // Groups and sub-lists are separate name spaces.
    await admin.must({ name: 'subList.create', args: { id: 's-a', name: 'Équipe Côté', memberIds: [] } });
  });
});

describe('phone numbers', () => {
  it('accepts what people type and stores the 10 digits', async () => {
    const typed = ['613-555-0142', '(819) 555-0143', '+1 514 555 0144', '1.418.555.0145'];
    for (const [index, phone] of typed.entries()) {
      await admin.must({ name: 'externalContact.create', args: { id: `x-${index}`, name: `Contact ${index}`, phone } });
    }
    expect((await admin.row('contacts', 'x-0'))?.phone).toBe('6135550142');
    expect((await admin.row('contacts', 'x-2'))?.phone).toBe('5145550144');
  });

  it.each([
    ['', 'phone.required'],
    ['613-555-01', 'phone.invalid'],
    ['613-555-0142 ext 3', 'phone.invalid'],
    ['113-555-0142', 'phone.areaCode'],
    ['613-155-0142', 'phone.exchange'],
  ])('refuses %j (%s)', async (phone, reason) => {
    const outcome = await admin.send({ name: 'externalContact.create', args: { id: 'x-bad', name: 'Bad', phone } });
    expect(outcome).toMatchObject({ status: 'rejected', reason });
  });

  it('refuses a number another contact already has, subscriber or external', async () => {
    const holder = subscriber(0);
    const typed = `(${holder.phone.slice(0, 3)}) ${holder.phone.slice(3, 6)}-${holder.phone.slice(6)}`;
    const outcome = await admin.send({
      name: 'externalContact.create',
      args: { id: 'x-dup', name: 'Dup', phone: typed },
    });
    expect(outcome).toMatchObject({ status: 'rejected', reason: 'phone.taken', detail: { holderId: holder.id } });
  });
});

describe('group limit', () => {
  it('holds at most 250 members; sub-lists have no such limit', async () => {
    const ids = subscribers.map((s) => s.id);
    await admin.must({ name: 'group.create', args: { id: 'g-big', name: 'Big', memberIds: ids.slice(0, 249) } });
    await admin.must({
      name: 'group.addMembers',
      args: { id: 'g-big', memberIds: [ids[249] as string, ids[0] as string] },
    });
    expect((await admin.row('groups', 'g-big'))?.memberIds).toHaveLength(250);
    const full = await admin.send({ name: 'group.addMembers', args: { id: 'g-big', memberIds: [ids[250] as string] } });
    expect(full).toMatchObject({ status: 'rejected', reason: 'group.full' });
    const tooBig = await admin.send({
      name: 'group.create',
      args: { id: 'g-huge', name: 'Huge', memberIds: ids.slice(0, 251) },
    });
    expect(tooBig).toMatchObject({ status: 'rejected', reason: 'group.full' });
    await admin.must({ name: 'subList.create', args: { id: 's-big', name: 'Everyone', memberIds: ids } });
  });

  it('leaves out members that do not exist, keeps the others, and names the ones left out', async () => {
    const group = groups[0] as Group;
    const newcomer = subscribers.map((s) => s.id).find((id) => !group.memberIds.includes(id))!;
    const added = await admin.send({
      name: 'group.addMembers',
      args: { id: group.id, memberIds: ['nobody', newcomer] },
    });
    expect(added).toMatchObject({ status: 'applied', droppedMembers: ['nobody'] });
    expect((await admin.row('groups', group.id))?.memberIds).toEqual([...group.memberIds, newcomer]);
    const created = await admin.send({
      name: 'subList.create',
      args: { id: 's-partial', name: 'Partielle', memberIds: [newcomer, 'gone-1', 'gone-2'] },
    });
    expect(created).toMatchObject({ status: 'applied', droppedMembers: ['gone-1', 'gone-2'] });
    expect((await admin.row('subLists', 's-partial'))?.memberIds).toEqual([newcomer]);
  });
});

describe('scan lists', () => {
  const makeGroups = async (count: number, memberId: string) => {
    const ids = Array.from({ length: count }, (_, i) => `scan-g-${i}`);
    for (const id of ids) await admin.must({ name: 'group.create', args: { id, name: id, memberIds: [memberId] } });
    return ids;
  };

  it('holds only groups the subscriber is a member of', async () => {
    const member = subscriber(1);
    const [own] = await makeGroups(1, member.id);
    await admin.must({
      name: 'group.create',
      args: { id: 'not-mine', name: 'Not mine', memberIds: [subscriber(2).id] },
    });
    const outcome = await admin.send({
      name: 'scanning.update',
      args: {
        subscriberId: member.id,
        scanningEnabled: true,
        scanList: [
          { groupId: own as string, priority: 'p1' },
          { groupId: 'not-mine', priority: 'normal' },
        ],
      },
    });
    expect(outcome).toMatchObject({ status: 'rejected', reason: 'scan.notMember', detail: { groupId: 'not-mine' } });
  });

  it('holds at most 16 groups, each with a priority', async () => {
    const member = subscriber(3);
    const ids = await makeGroups(17, member.id);
    const entries = ids.map((groupId) => ({ groupId, priority: 'p2' as const }));
    const tooMany = await admin.send({
      name: 'scanning.update',
      args: { subscriberId: member.id, scanningEnabled: true, scanList: entries },
    });
    expect(tooMany).toMatchObject({ status: 'rejected', reason: 'scan.tooMany' });
    await admin.must({
      name: 'scanning.update',
      args: { subscriberId: member.id, scanningEnabled: true, scanList: entries.slice(0, 16) },
    });
    const stored = await admin.row('contacts', member.id);
    expect(stored).toMatchObject({ scanningEnabled: true });
    expect(stored?.kind === 'subscriber' && stored.scanList).toHaveLength(16);
  });

  it('only exists for subscribers', async () => {
    await admin.must({ name: 'externalContact.create', args: { id: 'x-1', name: 'Ext', phone: '613 555 0190' } });
    const outcome = await admin.send({
      name: 'scanning.update',
      args: { subscriberId: 'x-1', scanningEnabled: true, scanList: [] },
    });
    expect(outcome).toMatchObject({ status: 'rejected', reason: 'notEditable' });
  });
});

describe('cascades and protected rows', () => {
  const scanningMember = async () => {
    const member = subscriber(4);
    await admin.must({ name: 'group.create', args: { id: 'g-scan', name: 'Scanned', memberIds: [member.id] } });
    await admin.must({
      name: 'scanning.update',
      args: { subscriberId: member.id, scanningEnabled: true, scanList: [{ groupId: 'g-scan', priority: 'p1' }] },
    });
    return member;
  };
  const scanGroupsOf = async (id: string) => {
    const row = await admin.row('contacts', id);
    return row?.kind === 'subscriber' ? row.scanList.map((entry) => entry.groupId) : [];
  };

  it('removing a subscriber from a group removes the group from their scan list', async () => {
    const member = await scanningMember();
    const { cursor } = await admin.changes(0);
    await admin.must({ name: 'group.removeMembers', args: { id: 'g-scan', memberIds: [member.id] } });
    expect(await scanGroupsOf(member.id)).toEqual([]);
    const pulled = await admin.changes(cursor);
    expect(pulled.changes.map((c) => c.id).sort()).toEqual(['g-scan', member.id].sort());
  });

  it('deleting a group removes it from every scan list', async () => {
    const member = await scanningMember();
    await admin.must({ name: 'group.delete', args: { id: 'g-scan' } });
    expect(await scanGroupsOf(member.id)).toEqual([]);
    expect(await admin.row('groups', 'g-scan')).toBeUndefined();
  });

  it('deleting an external contact removes it from every sub-list and group', async () => {
    await admin.must({
      name: 'externalContact.create',
      args: { id: 'x-gone', name: 'Soon gone', phone: '613 555 0191' },
    });
    await admin.must({
      name: 'group.create',
      args: { id: 'g-x', name: 'With ext', memberIds: ['x-gone', subscriber(5).id] },
    });
    await admin.must({ name: 'subList.create', args: { id: 's-x', name: 'With ext', memberIds: ['x-gone'] } });
    await admin.must({ name: 'externalContact.delete', args: { id: 'x-gone' } });
    expect((await admin.row('groups', 'g-x'))?.memberIds).toEqual([subscriber(5).id]);
    expect((await admin.row('subLists', 's-x'))?.memberIds).toEqual([]);
  });

  it('subscribers cannot be edited or deleted as external contacts', async () => {
    for (const intent of [
      { name: 'externalContact.delete', args: { id: subscriber(6).id } },
      { name: 'externalContact.update', args: { id: subscriber(6).id, name: 'Renamed' } },
    ] as const) {
      expect(await admin.send(intent)).toMatchObject({ status: 'rejected', reason: 'notEditable' });
    }
    expect(await admin.row('contacts', subscriber(6).id)).toEqual(subscriber(6));
  });

  it('messaging can be turned off for a subscriber', async () => {
    await admin.must({ name: 'options.setMessaging', args: { subscriberId: subscriber(7).id, messaging: 'none' } });
    expect(await admin.row('contacts', subscriber(7).id)).toMatchObject({ messaging: 'none' });
  });
});
