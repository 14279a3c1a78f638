/** The browser host on an in-memory IndexedDB: state that survives a reload and is shared by tabs. */
import { describe, expect, it } from 'vitest';
import type { Group } from '../../src/domain/model';
import { openIndexedDbHost } from './indexeddb-host';
import { PttServer, seedState } from './server';
import { connect, GAGNON } from './test-kit';

let databases = 0;

/** One "tab": its own server instance over the shared database. */
async function openTab(dbName: string) {
  const host = await openIndexedDbHost({ dbName, seed: () => seedState([GAGNON]) });
  return { host, server: new PttServer(host, [GAGNON]) };
}

describe('IndexedDB host', () => {
  it('keeps sessions, rows, sequences and outcomes across a reload', async () => {
    const dbName = `ptt-mock-backend-test-${++databases}`;
    const before = await openTab(dbName);
    const admin = await connect(before.server, 'admin@gagnon.demo');
    const group = (await admin.snapshotAll('groups'))[0] as Group;
    const push = await admin.pushRaw([
      admin.envelope(1, { name: 'group.rename', args: { id: group.id, name: 'Après rechargement' } }, null),
    ]);
    before.host.close();

    const after = await openTab(dbName);
    expect(await after.server.read(GAGNON.id, (tenant) => tenant.get('groups', group.id)?.name)).toBe(
      'Après rechargement',
    );
    // Same token, same client: the replay finds the stored outcome.
    const replay = await after.server.handle({
      method: 'POST',
      url: '/api/mutations',
      authorization: `Bearer ${admin.token}`,
      body: JSON.stringify({
        clientId: admin.clientId,
        mutations: [
          admin.envelope(1, { name: 'group.rename', args: { id: group.id, name: 'Après rechargement' } }, null),
        ],
      }),
    });
    expect(replay).toEqual(push);
    after.host.close();
  });

  it('lets two tabs see one server', async () => {
    const dbName = `ptt-mock-backend-test-${++databases}`;
    const [tabA, tabB] = [await openTab(dbName), await openTab(dbName)];
    const inA = await connect(tabA.server, 'admin@gagnon.demo');
    const group = (await inA.snapshotAll('groups'))[0] as Group;
    await inA.must({ name: 'group.rename', args: { id: group.id, name: 'Vu de A' } });

    // The session opened in tab A works in tab B, which sees A's write.
    const fromB = await tabB.server.handle({
      method: 'GET',
      url: `/api/changes?since=0&clientId=${inA.clientId}`,
      authorization: `Bearer ${inA.token}`,
    });
    expect(fromB).toMatchObject({ status: 200, body: { lastAppliedSeq: 1 } });
    expect(await tabB.server.read(GAGNON.id, (tenant) => tenant.get('groups', group.id)?.name)).toBe('Vu de A');

    // And A sees B's writes, with one cursor sequence between them.
    const inB = await connect(tabB.server, 'admin@gagnon.demo');
    await inB.must({ name: 'group.rename', args: { id: group.id, name: 'Vu de B' } });
    const cursorA = await tabA.server.read(GAGNON.id, (tenant) => tenant.record.cursor);
    const cursorB = await tabB.server.read(GAGNON.id, (tenant) => tenant.record.cursor);
    expect(cursorA).toBe(cursorB);
    expect(await tabA.server.read(GAGNON.id, (tenant) => tenant.get('groups', group.id)?.name)).toBe('Vu de B');
    tabA.host.close();
    tabB.host.close();
  });

  it('resets the demo data to the seed, as changes the app pulls, keeping sessions', async () => {
    const dbName = `ptt-mock-backend-test-${++databases}`;
    const tab = await openTab(dbName);
    const admin = await connect(tab.server, 'admin@gagnon.demo');
    const seeded = await admin.snapshotAll('groups');
    const group = seeded[0] as Group;
    await admin.must({ name: 'group.rename', args: { id: group.id, name: 'Temporaire' } });
    await admin.must({ name: 'group.create', args: { id: 'g-extra', name: 'En trop', memberIds: [] } });
    const { cursor } = await admin.changes(0);

    await tab.server.resetDemoData();
    const pulled = await admin.changes(cursor, 5_000);
    expect(pulled.changes.find((change) => change.id === 'g-extra')).toMatchObject({ op: 'delete' });
    expect(pulled.changes.find((change) => change.id === group.id)).toMatchObject({
      op: 'put',
      row: { name: group.name },
    });
    const groupsAfter = await admin.snapshotAll('groups');
    expect(groupsAfter.map(({ version: _version, ...rest }) => rest)).toEqual(
      seeded.map(({ version: _version, ...rest }) => rest),
    );
    tab.host.close();

    const reloaded = await openTab(dbName);
    expect(await reloaded.server.read(GAGNON.id, (tenant) => tenant.get('groups', 'g-extra'))).toBeUndefined();
    reloaded.host.close();
  });
});
