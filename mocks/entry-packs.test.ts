/**
 * The demo store's change log in packs (entry-packs.ts): what the database holds after a seed, after
 * ordinary edits and after a restore that takes a row back, and that a reload reads the same tenant.
 */
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import type { Contact, Group } from '../src/domain/model';
import { PttCore } from '../server/core/core';
import { restoreBackup } from '../server/core/memory/backups';
import type { EntryRecord } from '../server/core/memory/records';
import { connect, GAGNON } from '../server/core/test-kit';
import { DEMO_PASSWORD_HASHER } from '../server/seed/demo';
import { seedDirectory, seededTenant } from '../server/seed/seed-storage';
import { unpackEntries, type PackRecord } from './entry-packs';
import { openIndexedDbStore } from './indexeddb-store';

let databases = 0;

async function openTab(dbName: string) {
  const store = await openIndexedDbStore({
    dbName,
    seed: (storage) => seedDirectory(storage, [GAGNON], DEMO_PASSWORD_HASHER),
    seedLater: { tenantIds: [GAGNON.id], tenant: (current) => seededTenant([GAGNON], current) },
  });
  const server = new PttCore({ storage: store, passwords: DEMO_PASSWORD_HASHER });
  return { store, admin: await connect(server, 'admin@gagnon.demo') };
}

/** What the database holds (another connection, as another tab would read it). */
async function stored(dbName: string) {
  const db = await new Dexie(dbName).open();
  const packs = (await db.table('packs').toArray()) as PackRecord[];
  const overlay = (await db.table('entries').toArray()) as EntryRecord[];
  db.close();
  return { packs, overlay, entries: unpackEntries(packs, overlay) };
}

const contactIds = async (admin: Awaited<ReturnType<typeof openTab>>['admin']) =>
  ((await admin.snapshotAll('contacts')) as Contact[]).map((contact) => contact.id);

describe('the change log in packs', () => {
  it('packs a seeded tenant, lays later edits over it, and repacks it when a restore takes a row back', async () => {
    const dbName = `ptt-mock-backend-packs-${++databases}`;
    const tab = await openTab(dbName);
    // The tenant's rows are made when it is first reached.
    const rowCount = (await contactIds(tab.admin)).length + (await tab.admin.snapshotAll('groups')).length;
    const seeded = await stored(dbName);
    expect(seeded.packs.length).toBeGreaterThan(0);
    expect(seeded.overlay).toEqual([]);
    expect(seeded.entries.length).toBeGreaterThanOrEqual(rowCount);

    const group = (await tab.admin.snapshotAll('groups'))[0] as Group;
    await tab.admin.must({ name: 'group.rename', args: { id: group.id, name: 'Par-dessus' } });
    const created = crypto.randomUUID();
    await tab.admin.must({
      name: 'externalContact.create',
      args: { id: created, name: 'Éphémère', phone: '5145550199' },
    });
    const edited = await stored(dbName);
    expect(edited.packs).toEqual(seeded.packs);
    expect(edited.overlay.map((entry) => entry.id).sort()).toEqual([created, group.id].sort());

    // A restore one change back takes the created contact back: its entry is deleted, so the tenant is repacked.
    await tab.store.withMemory((memory) => restoreBackup(memory, GAGNON.id, 1));
    expect(await contactIds(tab.admin)).not.toContain(created);
    const restored = await stored(dbName);
    expect(restored.overlay).toEqual([]);
    expect(restored.entries.map((entry) => entry.id)).not.toContain(created);
    const before = { contacts: await contactIds(tab.admin), groups: await tab.admin.snapshotAll('groups') };
    tab.store.close();

    const reloaded = await openTab(dbName);
    expect(await contactIds(reloaded.admin)).toEqual(before.contacts);
    expect(await reloaded.admin.snapshotAll('groups')).toEqual(before.groups);
    expect((await reloaded.admin.snapshotAll('groups')).find((row) => row.id === group.id)).toMatchObject({
      name: 'Par-dessus',
    });
    reloaded.store.close();
  });
});
