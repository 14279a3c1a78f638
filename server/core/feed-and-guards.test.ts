/** The protocol's reads and guards: the change feed, snapshot paging, tenant isolation, malformed input. */
import { describe, expect, it } from 'vitest';
import type { Group } from '../../src/domain/model';
import { API, type ChangesResponse, type PushResponse, type SnapshotResponse } from '../../src/domain/protocol';
import { admin, group, server } from './gagnon-each-test';
import { MALFORMED_REQUESTS } from './malformed-requests';
import { connect, GAGNON, request } from './test-kit';

describe('change feed and snapshot', () => {
  it('pages changes by cursor; deletes leave tombstones; a row appears once, at its latest change', async () => {
    const start = await admin.cursor();
    await admin.must({ name: 'subList.create', args: { id: 's-a', name: 'A', memberIds: [] } });
    await admin.must({ name: 'subList.create', args: { id: 's-b', name: 'B', memberIds: [] } });
    await admin.must({ name: 'subList.rename', args: { id: 's-a', name: 'A2' } });
    await admin.must({ name: 'subList.delete', args: { id: 's-b' } });
    const page1 = await admin.changes(start, 1);
    expect(page1).toMatchObject({ hasMore: true, cursor: page1.changes[0]?.cursor });
    const page2 = await admin.changes(page1.cursor, 1);
    expect(page2).toMatchObject({ hasMore: false });
    const changes = [...page1.changes, ...page2.changes];
    expect(changes.map((c) => [c.id, c.op])).toEqual([
      ['s-a', 'put'],
      ['s-b', 'delete'],
    ]);
    expect(changes[1]).not.toHaveProperty('row');
    expect(changes[0]?.cursor).toBeLessThan(changes[1]?.cursor as number);
  });

  it('a deleted and re-created id gets a higher version than before', async () => {
    await admin.must({ name: 'subList.create', args: { id: 's-again', name: 'Again', memberIds: [] } });
    const first = (await admin.row('subLists', 's-again'))?.version as number;
    await admin.must({ name: 'subList.delete', args: { id: 's-again' } });
    await admin.must({ name: 'subList.create', args: { id: 's-again', name: 'Again', memberIds: [] } });
    expect((await admin.row('subLists', 's-again'))?.version).toBeGreaterThan(first + 1);
  });

  it('pages the snapshot by id, each row once, with the total and the cursor', async () => {
    const pages: SnapshotResponse[] = [];
    let after: string | undefined;
    do {
      const page = await admin.snapshotPage('contacts', after, 5);
      pages.push(page);
      after = page.next ?? undefined;
    } while (after);
    const ids = pages.flatMap((page) => page.rows.map((row) => row.id));
    const total = GAGNON.size.subscribers + GAGNON.size.externals;
    expect(pages).toHaveLength(Math.ceil(total / 5));
    expect(ids).toEqual([...new Set(ids)].sort());
    expect(ids).toHaveLength(total);
    expect(pages.every((page) => page.total === total && page.cursor === pages[0]?.cursor)).toBe(true);
    expect(pages.at(-1)?.next).toBeNull();
  });
});

describe('tenant isolation', () => {
  it("another tenant's ids are simply not found, and its data never shows", async () => {
    const outsider = await connect(server, 'admin@cote.demo', 'secret');
    const theirGroup = (await outsider.snapshotAll('groups'))[0] as Group;
    const theirContact = (await outsider.snapshotAll('contacts'))[0];
    expect(await admin.send({ name: 'group.rename', args: { id: theirGroup.id, name: 'Hijacked' } })).toMatchObject({
      status: 'rejected',
      reason: 'notFound',
    });
    expect(await admin.send({ name: 'group.delete', args: { id: theirGroup.id } })).toMatchObject({
      status: 'rejected',
      reason: 'notFound',
    });
    expect(
      await admin.send({ name: 'group.addMembers', args: { id: group.id, memberIds: [theirContact?.id as string] } }),
    ).toMatchObject({ status: 'applied', droppedMembers: [theirContact?.id] });
    expect((await admin.row('groups', group.id))?.memberIds).toEqual(group.memberIds);
    expect(await outsider.row('groups', theirGroup.id)).toEqual(theirGroup);

    const start = await admin.cursor();
    await outsider.must({ name: 'group.rename', args: { id: theirGroup.id, name: 'Renamed by owner' } });
    expect((await admin.changes(start)).changes).toEqual([]);
    const mine = (
      await Promise.all((['contacts', 'subLists', 'groups'] as const).map((t) => admin.snapshotAll(t)))
    ).flat();
    const theirs = new Set(
      (await Promise.all((['contacts', 'subLists', 'groups'] as const).map((t) => outsider.snapshotAll(t))))
        .flat()
        .map((r) => r.id),
    );
    expect(mine.some((row) => theirs.has(row.id))).toBe(false);
  });

  it("client sequences are per tenant: a client id never reaches another tenant's outcomes", async () => {
    await admin.pushRaw([admin.envelope(1, { name: 'group.rename', args: { id: group.id, name: 'Mine' } }, null)]);
    const outsider = await connect(server, 'admin@cote.demo', 'secret');
    const pulled = await request(server, 'GET', `${API.changes}?since=0&limit=1&clientId=${admin.clientId}`, {
      token: outsider.token,
    });
    expect((pulled.body as ChangesResponse).lastAppliedSeq).toBe(0);
    const spoof = await request(server, 'POST', API.mutations, {
      token: outsider.token,
      body: {
        clientId: admin.clientId,
        mutations: [admin.envelope(1, { name: 'group.rename', args: { id: group.id, name: 'x' } }, null)],
      },
    });
    // Not the stored 'applied' of the other tenant: a new mutation of this tenant, about an id it does not have.
    expect((spoof.body as PushResponse).outcomes[0]).toMatchObject({ status: 'rejected', reason: 'notFound' });
  });
});

describe('malformed requests get 400, never a crash', () => {
  const cases = MALFORMED_REQUESTS;
  it.each(cases)('%s', async (_label, method, url, body) => {
    const response = await request(server, method, url, { token: admin.token, body });
    expect(response).toMatchObject({ status: 400, body: { reason: 'malformed', message: expect.any(String) } });
  });

  it('an unknown call gets 404', async () => {
    expect(await request(server, 'GET', '/api/users', { token: admin.token })).toMatchObject({
      status: 404,
      body: { reason: 'notFound' },
    });
  });

  it('nothing malformed changed anything', async () => {
    const cursor = await admin.cursor();
    for (const [, method, url, body] of cases) await request(server, method, url, { token: admin.token, body });
    expect(await admin.cursor()).toBe(cursor);
  });
});
