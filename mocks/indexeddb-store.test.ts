/** The demo's store on an in-memory IndexedDB: the storage contract, reloads, tabs, reset, an older database. */
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import type { Group } from '../src/domain/model';
import { API } from '../src/domain/protocol';
import { PttCore } from '../server/core/core';
import { describeStorageContract } from '../server/core/storage-contract';
import { connect, GAGNON, OTHER, request } from '../server/core/test-kit';
import { DEMO_PASSWORD_HASHER } from '../server/seed/demo';
import { generateTenant } from '../server/seed/generate';
import {
  provisionAccounts,
  resetToSeed,
  seedDirectory,
  seededMemoryStore,
  seededTenant,
} from '../server/seed/seed-storage';
import type { EntryRecord } from '../server/core/memory/records';
import { unpackEntries, type PackRecord } from './entry-packs';
import { openIndexedDbStore, VERSION_1_STORES } from './indexeddb-store';

let databases = 0;
const freshName = () => `ptt-mock-backend-test-${++databases}`;

const openEmpty = async (dbName: string) => {
  const store = await openIndexedDbStore({ dbName, seed: async () => undefined });
  return { dbName, storage: store, close: () => store.close() };
};

describeStorageContract('IndexedDB', () => openEmpty(freshName()), {
  // Every transaction runs under one cross-tab lock: the whole state is one revision.
  concurrentTenants: false,
  reopen: async (store) => {
    store.close();
    return openEmpty(store.dbName);
  },
});

/** One "tab": its own core over the shared database, seeded as the demo seeds it (each tenant's rows on first use). */
async function openTab(dbName: string, tenants = [GAGNON]) {
  const store = await openIndexedDbStore({
    dbName,
    seed: (storage) => seedDirectory(storage, tenants, DEMO_PASSWORD_HASHER),
    seedLater: { tenantIds: tenants.map(({ id }) => id), tenant: (current) => seededTenant(tenants, current) },
  });
  return { store, server: new PttCore({ storage: store, passwords: DEMO_PASSWORD_HASHER }) };
}

/** How many rows of the tenant the database itself holds (another connection, as another tab would read it): packs and overlay. */
async function storedEntries(dbName: string, tenantId: string) {
  const db = await new Dexie(dbName).open();
  const ofTenant = (record: { tenantId: string }) => record.tenantId === tenantId;
  const packs = (await db.table('packs').filter(ofTenant).toArray()) as PackRecord[];
  const overlay = (await db.table('entries').filter(ofTenant).toArray()) as EntryRecord[];
  db.close();
  return unpackEntries(packs, overlay).length;
}

const groupName = (server: PttCore, id: string) =>
  server.read(GAGNON.id, async (tx) => (await tx.get('groups', id))?.name);

describe('IndexedDB store', () => {
  it('makes a tenant’s rows when it is first reached, as the whole seed would, and only once', async () => {
    const dbName = freshName();
    const tab = await openTab(dbName, [GAGNON, OTHER]);
    expect(await storedEntries(dbName, GAGNON.id)).toBe(0);

    const admin = await connect(tab.server, 'admin@gagnon.demo');
    const whole = await connect(
      new PttCore({ storage: seededMemoryStore([GAGNON, OTHER]), passwords: DEMO_PASSWORD_HASHER }),
      'admin@gagnon.demo',
    );
    for (const table of ['contacts', 'subLists', 'groups'] as const) {
      expect(await admin.snapshotAll(table)).toEqual(await whole.snapshotAll(table));
    }
    expect((await admin.changes(0, 5_000)).cursor).toBe((await whole.changes(0, 5_000)).cursor);
    expect(await storedEntries(dbName, GAGNON.id)).toBeGreaterThan(0);
    expect(await storedEntries(dbName, OTHER.id)).toBe(0);

    const group = (await admin.snapshotAll('groups'))[0] as Group;
    await admin.must({ name: 'group.rename', args: { id: group.id, name: 'Gardé' } });
    const cursor = await tab.server.read(GAGNON.id, (tx) => tx.cursor());
    tab.store.close();

    const reloaded = await openTab(dbName, [GAGNON, OTHER]);
    expect(await reloaded.server.read(GAGNON.id, (tx) => tx.cursor())).toBe(cursor);
    expect(await groupName(reloaded.server, group.id)).toBe('Gardé');
    reloaded.store.close();
  });

  it('keeps sessions, rows, sequences and outcomes across a reload', async () => {
    const dbName = freshName();
    const before = await openTab(dbName);
    const admin = await connect(before.server, 'admin@gagnon.demo');
    const group = (await admin.snapshotAll('groups'))[0] as Group;
    const rename = admin.envelope(
      1,
      { name: 'group.rename', args: { id: group.id, name: 'Après rechargement' } },
      null,
    );
    const push = await admin.pushRaw([rename]);
    before.store.close();

    const after = await openTab(dbName);
    expect(await groupName(after.server, group.id)).toBe('Après rechargement');
    // Same token, same client: the replay finds the stored outcome.
    const replay = await request(after.server, 'POST', API.mutations, {
      token: admin.token,
      body: { clientId: admin.clientId, mutations: [rename] },
    });
    expect(replay).toEqual(push);
    after.store.close();
  });

  it('lets two tabs see one back-end', async () => {
    const dbName = freshName();
    const [tabA, tabB] = [await openTab(dbName), await openTab(dbName)];
    const inA = await connect(tabA.server, 'admin@gagnon.demo');
    const group = (await inA.snapshotAll('groups'))[0] as Group;
    await inA.must({ name: 'group.rename', args: { id: group.id, name: 'Vu de A' } });

    // The session opened in tab A works in tab B, which sees A's write.
    const fromB = await request(tabB.server, 'GET', `${API.changes}?since=0&clientId=${inA.clientId}`, {
      token: inA.token,
    });
    expect(fromB).toMatchObject({ status: 200, body: { lastAppliedSeq: 1 } });
    expect(await groupName(tabB.server, group.id)).toBe('Vu de A');

    // And A sees B's writes, with one cursor sequence between them.
    const inB = await connect(tabB.server, 'admin@gagnon.demo');
    await inB.must({ name: 'group.rename', args: { id: group.id, name: 'Vu de B' } });
    const cursorA = await tabA.server.read(GAGNON.id, (tx) => tx.cursor());
    const cursorB = await tabB.server.read(GAGNON.id, (tx) => tx.cursor());
    expect(cursorA).toBe(cursorB);
    expect(await groupName(tabA.server, group.id)).toBe('Vu de B');
    tabA.store.close();
    tabB.store.close();
  });

  it('resets the demo data to the seed, as changes the app pulls, keeping sessions', async () => {
    const dbName = freshName();
    const tab = await openTab(dbName);
    const admin = await connect(tab.server, 'admin@gagnon.demo');
    const seeded = await admin.snapshotAll('groups');
    const group = seeded[0] as Group;
    await admin.must({ name: 'group.rename', args: { id: group.id, name: 'Temporaire' } });
    await admin.must({ name: 'group.create', args: { id: 'g-extra', name: 'En trop', memberIds: [] } });
    const { cursor } = await admin.changes(0);

    await resetToSeed(tab.store, [GAGNON]);
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
    tab.store.close();

    const reloaded = await openTab(dbName);
    expect(await groupName(reloaded.server, 'g-extra')).toBeUndefined();
    reloaded.store.close();
  });

  it('opens a database of the first demo: rows and client sequences kept, no password or token kept as typed', async () => {
    const dbName = freshName();
    const old = new Dexie(dbName);
    old.version(1).stores(VERSION_1_STORES);
    const group = generateTenant(GAGNON.size).groups[0] as Group;
    await old.table('meta').put({ key: 'revision', value: 'r1' });
    await old.table('tenants').put({ id: GAGNON.id, name: GAGNON.name, kind: GAGNON.kind, cursor: 1 });
    const account = {
      id: 'u1',
      tenantId: GAGNON.id,
      username: 'admin@gagnon.demo',
      password: 'demo',
      displayName: 'S',
    };
    await old.table('accounts').put(account);
    await old.table('sessions').put({ token: 'old-token', tenantId: GAGNON.id, accountId: 'u1' });
    const key = `${GAGNON.id}/groups/${group.id}`;
    const row = { ...group, version: 1 };
    await old
      .table('entries')
      .put({ key, tenantId: GAGNON.id, table: 'groups', id: group.id, cursor: 1, version: 1, op: 'put', row });
    await old.table('clients').put({ key: `${GAGNON.id}/c1`, tenantId: GAGNON.id, clientId: 'c1', lastAppliedSeq: 4 });
    old.close();

    const tab = await openTab(dbName);
    await provisionAccounts(tab.store, [GAGNON], DEMO_PASSWORD_HASHER);
    expect(await request(tab.server, 'GET', `${API.changes}?since=0`, { token: 'old-token' })).toMatchObject({
      status: 401,
    });
    const admin = await connect(tab.server, 'admin@gagnon.demo');
    expect(await admin.snapshotAll('groups')).toEqual([row]);
    expect(await tab.server.read(GAGNON.id, (tx) => tx.lastAppliedSeq('c1'))).toBe(4);
    const stored = await tab.store.transaction((tx) => tx.accountByUsername('admin@gagnon.demo'));
    expect(stored?.passwordHash).toMatch(/^pbkdf2-sha256\$/);
    expect(JSON.stringify(stored)).not.toContain('"demo"');
    tab.store.close();
  });
});
