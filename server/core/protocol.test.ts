/** The protocol's writes: sessions, outcomes, replay and gaps (reads and guards: feed-and-guards.test.ts). */
import { describe, expect, it } from 'vitest';
import type { Intent } from '../../src/domain/intents';
import type { Subscriber } from '../../src/domain/model';
import { API, type PushResponse } from '../../src/domain/protocol';
import { admin, group, server } from './gagnon-each-test';
import { connect, GAGNON, request, signIn } from './test-kit';

describe('sessions', () => {
  it('signs in with a username in any case and answers the tenant and user', async () => {
    const session = await signIn(server, '  ADMIN@Gagnon.demo ');
    expect(session.tenant).toEqual({ id: GAGNON.id, name: 'Plomberie Gagnon & Fils', kind: 'small-business' });
    expect(session.user.username).toBe('admin@gagnon.demo');
    expect(session.token).toMatch(/\S{16,}/);
  });

  it('refuses a wrong password or unknown user with 401 credentials', async () => {
    for (const body of [
      { username: 'admin@gagnon.demo', password: 'nope' },
      { username: 'who@x.demo', password: 'demo' },
    ]) {
      expect(await request(server, 'POST', API.session, { body })).toEqual({
        status: 401,
        body: { reason: 'credentials' },
      });
    }
  });

  it('needs a known token for every other call, and sign-out ends it', async () => {
    const calls = [
      ['GET', `${API.snapshot}?table=groups`],
      ['GET', `${API.changes}?since=0`],
      ['POST', API.mutations],
      ['DELETE', API.session],
    ] as const;
    for (const [method, url] of calls) {
      expect(await request(server, method, url)).toMatchObject({ status: 401, body: { reason: 'unauthorized' } });
      expect(await request(server, method, url, { token: 'made-up' })).toMatchObject({ status: 401 });
    }
    expect(await request(server, 'DELETE', API.session, { token: admin.token })).toEqual({ status: 204, body: null });
    expect(await request(server, 'GET', `${API.changes}?since=0`, { token: admin.token })).toMatchObject({
      status: 401,
    });
  });
});

describe('outcomes', () => {
  const rename = (name: string) => ({ name: 'group.rename', args: { id: group.id, name } }) as const;

  it('applied: the row is still at the base version; its version and the cursor move on', async () => {
    const before = await admin.cursor();
    expect(await admin.send(rename('Urgences 24 h'))).toMatchObject({
      status: 'applied',
      seq: 1,
      key: `${admin.clientId}:1`,
    });
    const after = await admin.changes(before);
    expect(after.changes).toEqual([
      {
        cursor: before + 1,
        table: 'groups',
        id: group.id,
        op: 'put',
        version: before + 1,
        row: expect.objectContaining({ name: 'Urgences 24 h', version: before + 1 }),
      },
    ]);
    expect(after).toMatchObject({ cursor: before + 1, hasMore: false, lastAppliedSeq: 1 });
  });

  it('merged: the row changed since the base, but not a field the intent overwrites', async () => {
    const staleBase = await admin.currentBase(rename('x'));
    const memberId = group.memberIds[0] as string;
    await admin.must({ name: 'group.removeMembers', args: { id: group.id, memberIds: [memberId] } });
    expect(await admin.send(rename('Renamed meanwhile'), staleBase)).toMatchObject({ status: 'merged' });
    const row = await admin.row('groups', group.id);
    expect(row).toMatchObject({ name: 'Renamed meanwhile' });
    expect(row?.memberIds).not.toContain(memberId);
  });

  it('merged: membership changes on both sides are both kept', async () => {
    const other = await connect(server, 'admin@gagnon.demo');
    const staleBase = await admin.currentBase({ name: 'group.addMembers', args: { id: group.id, memberIds: [] } });
    const [first, second] = (await admin.snapshotAll('contacts')).filter((c) => !group.memberIds.includes(c.id));
    await other.must({ name: 'group.addMembers', args: { id: group.id, memberIds: [first?.id as string] } });
    expect(
      await admin.send(
        { name: 'group.addMembers', args: { id: group.id, memberIds: [second?.id as string] } },
        staleBase,
      ),
    ).toMatchObject({ status: 'merged' });
    expect((await admin.row('groups', group.id))?.memberIds).toEqual(expect.arrayContaining([first?.id, second?.id]));
  });

  it('conflict: the same field changed by someone else; nothing applied, the server values returned', async () => {
    const staleBase = await admin.currentBase(rename('x'));
    const other = await connect(server, 'admin@gagnon.demo');
    await other.must(rename('Theirs'));
    const current = await admin.row('groups', group.id);
    const before = await admin.cursor();
    const outcome = await admin.send(rename('Mine'), staleBase);
    expect(outcome).toEqual({
      seq: 1,
      key: `${admin.clientId}:1`,
      status: 'conflict',
      server: { version: current?.version, fields: { name: 'Theirs' } },
      cursor: before,
    });
    expect(await admin.row('groups', group.id)).toEqual(current);
    expect(await admin.cursor()).toBe(before);
    // The queue goes on: the conflict used up seq 1.
    expect((await admin.changes(0)).lastAppliedSeq).toBe(1);
  });

  it('no conflict when the other admin already wrote what the intent wants', async () => {
    const staleBase = await admin.currentBase(rename('x'));
    const other = await connect(server, 'admin@gagnon.demo');
    await other.must(rename('Same'));
    expect(await admin.send(rename('Same'), staleBase)).toMatchObject({ status: 'merged' });
  });

  it('compares field values, not key order, to find a conflict', async () => {
    const memberId = (await admin.snapshotAll('contacts')).find(
      (c) => c.kind === 'subscriber' && group.memberIds.includes(c.id),
    )?.id as string;
    await admin.must({
      name: 'scanning.update',
      args: { subscriberId: memberId, scanningEnabled: true, scanList: [{ groupId: group.id, priority: 'p2' }] },
    });
    const subscriber = (await admin.row('contacts', memberId)) as Subscriber;
    // A stale version, but the same values with their keys in another order.
    const base = {
      version: 0,
      fields: {
        scanningEnabled: true,
        scanList: subscriber.scanList.map(({ priority, groupId }) => ({ priority, groupId })),
      },
    };
    const intent: Intent = {
      name: 'scanning.update',
      args: { subscriberId: memberId, scanningEnabled: true, scanList: [{ groupId: group.id, priority: 'p1' }] },
    };
    expect(await admin.send(intent, base)).toMatchObject({ status: 'merged' });
    expect((await admin.row('contacts', memberId)) as Subscriber).toMatchObject({
      scanList: [{ groupId: group.id, priority: 'p1' }],
    });
  });

  it('rejected: the row was deleted meanwhile -> notFound, and the queue goes on', async () => {
    const staleBase = await admin.currentBase(rename('x'));
    const other = await connect(server, 'admin@gagnon.demo');
    await other.must({ name: 'group.delete', args: { id: group.id } });
    expect(await admin.send(rename('Too late'), staleBase)).toMatchObject({ status: 'rejected', reason: 'notFound' });
    expect(
      await admin.send({ name: 'group.create', args: { id: 'g-next', name: 'Next', memberIds: [] } }),
    ).toMatchObject({ seq: 2, status: 'applied' });
  });

  it('rejected: an intent with bad arguments or an unknown name is refused as invalid, not as a bad request', async () => {
    const response = await admin.pushRaw([
      { seq: 1, key: 'k1', intent: { name: 'group.rename', args: { id: group.id } } as never, base: null },
      { seq: 2, key: 'k2', intent: { name: 'group.explode', args: {} } as never, base: null },
    ]);
    expect(response.status).toBe(200);
    expect((response.body as PushResponse).outcomes.map((o) => [o.status, o.reason])).toEqual([
      ['rejected', 'invalid'],
      ['rejected', 'invalid'],
    ]);
  });
});

describe('exactly once, in order', () => {
  const create = (seq: number) =>
    admin.envelope(seq, { name: 'subList.create', args: { id: `s-${seq}`, name: `List ${seq}`, memberIds: [] } }, null);

  it('a replayed batch returns the stored outcomes and changes nothing', async () => {
    const first = await admin.pushRaw([create(1), create(2)]);
    const cursor = await admin.cursor();
    const replay = await admin.pushRaw([create(1), create(2)]);
    expect(replay).toEqual(first);
    expect(await admin.cursor()).toBe(cursor);
  });

  it('a batch overlapping what was applied applies only the new part', async () => {
    await admin.pushRaw([create(1)]);
    const response = await admin.pushRaw([create(1), create(2), create(3)]);
    expect((response.body as PushResponse).outcomes.map((o) => o.status)).toEqual(['applied', 'applied', 'applied']);
    expect((response.body as PushResponse).lastAppliedSeq).toBe(3);
    expect(await admin.snapshotAll('subLists')).toHaveLength(GAGNON.size.subLists + 3);
  });

  it('a replay of a rejected mutation stays rejected, even when it would now succeed', async () => {
    const taken = (await admin.snapshotAll('subLists'))[0]!;
    const clash = admin.envelope(
      1,
      { name: 'subList.create', args: { id: 's-dup', name: taken.name, memberIds: [] } },
      null,
    );
    const first = await admin.pushRaw([clash]);
    expect((first.body as PushResponse).outcomes[0]).toMatchObject({ status: 'rejected', reason: 'name.taken' });
    await (await connect(server, 'admin@gagnon.demo')).must({ name: 'subList.delete', args: { id: taken.id } });
    expect(await admin.pushRaw([clash])).toEqual(first);
  });

  it('a gap is refused with 409 and the expected seq, and nothing is applied', async () => {
    await admin.pushRaw([create(1)]);
    const cursor = await admin.cursor();
    expect(await admin.pushRaw([create(3), create(4)])).toEqual({
      status: 409,
      body: { reason: 'sequenceGap', expectedSeq: 2, message: 'expected seq 2' },
    });
    expect(await admin.cursor()).toBe(cursor);
    expect((await admin.pushRaw([create(2), create(3)])).status).toBe(200);
  });

  it('sequences are per client', async () => {
    const other = await connect(server, 'admin@gagnon.demo');
    await admin.pushRaw([create(1)]);
    const response = await other.pushRaw([
      other.envelope(1, { name: 'subList.create', args: { id: 'o-1', name: 'Other 1', memberIds: [] } }, null),
    ]);
    expect((response.body as PushResponse).outcomes[0]).toMatchObject({ status: 'applied' });
  });
});
