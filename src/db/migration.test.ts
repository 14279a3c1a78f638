/**
 * Issue 15, reproduction 6: a schema upgrade keeps everything. A version-1 database (the
 * first schema) or a version-2 one (with acknowledged edits) holding pending edits, a sync
 * issue and the sync position opens as the current version (3: the activity log, issue 20;
 * 5: supervisors' scopes, issue 18)
 * with every row intact, its queue is then sent as if nothing happened, and the activity of
 * the sent edits comes into the new table.
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
import { PttDatabase, VERSION_1_STORES, VERSION_2_STORES, type AcknowledgedEdit } from './database';
import { mutate } from './outbox/append';

const holder = backendForEachTest();

describe('schema version 3', () => {
  it.each([1, 2])(
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
        version === 1
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

      const old = new Dexie(name);
      old.version(1).stores(VERSION_1_STORES);
      if (version === 2) old.version(2).stores(VERSION_2_STORES);
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
        if (version === 2) await old.table('acknowledged').bulkPut(acknowledged);
      });
      old.close();

      const db = new PttDatabase(name);
      await db.open();
      expect(db.verno).toBe(5);
      expect(await db.outbox.toArray()).toEqual(pending);
      expect(await db.syncIssues.toArray()).toEqual([issue]);
      expect(await db.meta.toArray()).toEqual(expect.arrayContaining(meta));
      expect((await db.groups.get(group.id))?.name).toBe('Équipe Nord');
      expect(await db.acknowledged.toArray()).toEqual(acknowledged);
      expect(await db.activity.count()).toBe(0);
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
