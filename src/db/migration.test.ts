/**
 * Issue 15, reproduction 6: a schema upgrade keeps everything. A version-1 database (the
 * first schema), a version-2 one (with acknowledged edits) or a version-3 one (with the
 * activity log, issue 20) holding pending edits, a sync issue and the sync position opens as
 * the current version (5: supervisors' scopes, issue 18; 6: fewer indexes, issue 22) with every
 * row intact, its queue is then sent as if nothing happened, and the activity of the sent edits comes in.
 */
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  Client,
  TENANT,
  serverRow,
  serverView,
  signIn,
  useBackend as backendForEachTest,
} from '../../tests/unit/sync/harness';
import type { OutboxEntry, SyncIssue } from './database';
import {
  PttDatabase,
  VERSION_1_STORES,
  VERSION_2_STORES,
  VERSION_3_STORES,
  type AcknowledgedEdit,
  type LocalActivityEntry,
} from './database';
import { mutate } from './outbox/append';

const holder = backendForEachTest();

describe('schema version 6', () => {
  it.each([1, 2, 3])(
    'opens a version-%i database with every pending edit, answer and sync issue intact, and sends the queue',
    async (version) => {
      const name = `migration-${version}-${Date.now()}`;
      const rows = await serverView(holder.backend);
      const group = rows.groups[0] as { id: string; name: string; version: number };
      const cursor = await holder.backend.server.read(TENANT.id, (tx) => tx.cursor());
      const pending: OutboxEntry[] = [
        {
          seq: 1,
          key: 'device-1:1',
          intent: { name: 'group.rename', args: { id: group.id, name: 'Équipe Nord' } },
          base: { version: group.version, fields: { name: group.name } },
          touched: [{ table: 'groups', id: group.id }],
          createdAt: 1,
        },
        {
          seq: 2,
          key: 'device-1:2',
          intent: { name: 'externalContact.create', args: { id: 'x-v1', name: 'Garage v1', phone: '8195550101' } },
          base: null,
          touched: [{ table: 'contacts', id: 'x-v1' }],
          createdAt: 2,
        },
      ];
      const issue: SyncIssue = {
        key: 'device-0:7',
        seq: 7,
        intent: { name: 'group.rename', args: { id: group.id, name: 'Urgences' } },
        outcome: { seq: 7, key: 'device-0:7', status: 'rejected', reason: 'name.taken' },
        mine: { name: 'Urgences' },
        subject: group.name,
        createdAt: 0,
      };
      const meta = [
        { key: 'clientId', value: 'device-1' },
        { key: 'nextSeq', value: 3 },
        { key: 'cursor', value: cursor },
      ];

      // Version 2's acknowledged edits: one applied a moment ago, still within the window.
      const acknowledged: AcknowledgedEdit[] =
        version < 2
          ? []
          : [
              {
                key: 'device-0:6',
                intent: { name: 'group.rename', args: { id: group.id, name: group.name } },
                base: null,
                clientId: 'device-0',
                seq: 6,
                cursor,
                acknowledgedAt: Date.now(),
              },
            ];

      // Version 3's activity log: one entry fetched before the upgrade.
      const activity: LocalActivityEntry[] =
        version < 3
          ? []
          : [
              {
                id: 1,
                at: 1,
                actor: { accountId: 'someone', name: 'Sylvie Gagnon', role: 'administrator' },
                intent: { name: 'group.rename', args: { id: group.id, name: group.name } },
                rows: [{ table: 'groups', id: group.id, name: group.name, op: 'update', changes: {} }],
                rowKeys: [`groups/${group.id}`],
              },
            ];

      const old = new Dexie(name);
      old.version(1).stores(VERSION_1_STORES);
      if (version >= 2) old.version(2).stores(VERSION_2_STORES);
      if (version >= 3) old.version(3).stores(VERSION_3_STORES);
      await old.transaction('rw', old.tables, async () => {
        await old.table('contacts').bulkPut([
          ...rows.contacts,
          {
            id: 'x-v1',
            kind: 'external',
            name: 'Garage v1',
            phone: '8195550101',
            sortKey: 'garage v1 x-v1',
            version: 0,
          },
        ]);
        await old.table('subLists').bulkPut(rows.subLists);
        await old
          .table('groups')
          .bulkPut(rows.groups.map((row) => (row === group ? { ...group, name: 'Équipe Nord' } : row)));
        await old.table('serverRows').bulkPut([
          { table: 'groups', id: group.id, row: group },
          { table: 'contacts', id: 'x-v1', row: null },
        ]);
        await old.table('outbox').bulkPut(pending);
        await old.table('syncIssues').put(issue);
        await old.table('meta').bulkPut(meta);
        if (version >= 2) await old.table('acknowledged').bulkPut(acknowledged);
        if (version >= 3) await old.table('activity').bulkPut(activity);
      });
      old.close();

      const db = new PttDatabase(name);
      await db.open();
      expect(db.verno).toBe(6);
      expect(await db.contacts.count()).toBe(rows.contacts.length + 1);
      expect(db.contacts.schema.indexes.map((index) => index.name).sort()).toEqual(['phone', 'sortKey']);
      expect(db.groups.schema.indexes.map((index) => index.name)).toEqual(['nameKey']);
      expect(await db.outbox.toArray()).toEqual(pending);
      expect(await db.syncIssues.toArray()).toEqual([issue]);
      expect(await db.meta.toArray()).toEqual(expect.arrayContaining(meta));
      expect((await db.groups.get(group.id))?.name).toBe('Équipe Nord');
      expect(await db.acknowledged.toArray()).toEqual(acknowledged);
      expect(await db.activity.toArray()).toEqual(activity);
      // The numbering goes on where version 1 left it.
      const third = await mutate(db, {
        name: 'subList.rename',
        args: { id: (rows.subLists[0] as { id: string }).id, name: 'Liste 3' },
      });
      expect(third.seq).toBe(3);

      const client = new Client(await signIn());
      Object.assign(client, { db });
      client.freshEngine();
      expect(await client.sync()).toBe('done');
      expect((await serverRow(holder.backend, 'groups', group.id))?.name).toBe('Équipe Nord');
      expect(await serverRow(holder.backend, 'contacts', 'x-v1')).toBeDefined();
      expect(await db.syncIssues.toArray()).toEqual([issue]);
      expect(await db.acknowledged.count()).toBe(acknowledged.length + 3);
      expect(await client.view()).toEqual(await serverView(holder.backend));
      const logged = await db.activity.toArray();
      expect(logged.map((entry) => entry.intent.name)).toEqual(
        expect.arrayContaining(['group.rename', 'externalContact.create', 'subList.rename']),
      );
    },
  );
});
