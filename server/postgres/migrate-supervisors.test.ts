// @vitest-environment node
/**
 * Migration 0004 on a database made before supervisors' scopes: each supervisor account gets
 * its tenant's `supervisors` row (an empty scope) as a new change, which the store then reads.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openDatabase } from './database';
import { migrate, MIGRATIONS } from './migrate';
import { PostgresStore } from './postgres-store';

const dataDir = mkdtempSync(join(tmpdir(), 'ptt-migrate-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

it('gives every supervisor account made before it an empty scope, as a change clients pull', async () => {
  const db = await openDatabase({ dataDir });
  await migrate(
    db,
    MIGRATIONS.filter((migration) => migration.version < 4),
  );
  await db.query(`INSERT INTO tenants (id, name, kind, cursor) VALUES ('t1', 'Nordik', 'large-enterprise', 7)`);
  await db.query(
    `INSERT INTO accounts (id, tenant_id, username, display_name, password_hash, role) VALUES
       ('u1', 't1', 'admin@t1.demo', 'Admin', 'x', 'administrator'),
       ('u2', 't1', 'chef@t1.demo', 'Chloé Bérubé', 'x', 'supervisor')`,
  );
  await db.close();

  const store = await PostgresStore.open({ dataDir });
  try {
    await store.transaction(
      async (tx) => {
        expect(await tx.cursor()).toBe(8);
        expect(await tx.get('supervisors', 'u2')).toEqual({ id: 'u2', name: 'Chloé Bérubé', groupIds: [], version: 8 });
        expect(await tx.get('supervisors', 'u1')).toBeUndefined();
        expect(await tx.changesSince(7, 10)).toEqual([
          expect.objectContaining({ table: 'supervisors', id: 'u2', op: 'put', cursor: 8 }),
        ]);
      },
      { tenantId: 't1', mode: 'read' },
    );
  } finally {
    await store.close();
  }
}, 60_000);
