/**
 * An operator restores the server's database from a backup, as its own tools do it (a copy of
 * PGlite's folder; `pg_dump` / `pg_restore` for PostgreSQL), then runs the admin tool's
 * `declare-restore`: a device that knew the lost history is told so (410 with the new
 * generation, kept up to the backup's cursor) and its lost edits can be sent again, once.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { API, type ApiError } from '../../src/domain/protocol';
import { findPostgresBin } from '../../server/postgres/throwaway-cluster';
import { DATABASES } from './databases';
import { allChanges, allRows, envelopes, newContact, push } from './http-client';
import { admin, type Database } from './processes';
import { seededServer } from './seeded-server';

/** A backup taken the way an operator would, with the server stopped; `restore` puts it back. */
function backUp(database: Database): { restore(): void } {
  const folder = mkdtempSync(join(tmpdir(), 'ptt-backup-'));
  onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
  if ('dataDir' in database) {
    cpSync(database.dataDir, join(folder, 'pglite'), { recursive: true });
    return {
      restore() {
        rmSync(database.dataDir, { recursive: true, force: true });
        cpSync(join(folder, 'pglite'), database.dataDir, { recursive: true });
      },
    };
  }
  const bin = findPostgresBin()!;
  const dump = join(folder, 'ptt.dump');
  execFileSync(join(bin, 'pg_dump'), ['--format=custom', `--file=${dump}`, database.url]);
  return {
    restore: () =>
      void execFileSync(join(bin, 'pg_restore'), ['--clean', '--if-exists', `--dbname=${database.url}`, dump]),
  };
}

describe.each(DATABASES)('a restore from a backup on $name', (db) => {
  it('declare-restore makes devices notice the lost history and send it again, applied once', async () => {
    const { database, server: first, token, restart } = await seededServer(db);
    let server = first;
    const device = 'device-restore';
    const intents = Array.from({ length: 6 }, (_, i) => newContact('rb', i));

    const before = await push(server.url, token, device, envelopes(device, 1, intents.slice(0, 3)));
    const backupCursor = (await allChanges(server.url, token)).cursor;
    await server.stop();
    const backup = backUp(database);
    server = await restart();
    await push(server.url, token, device, envelopes(device, 4, intents.slice(3)));
    const lastSeen = (await allChanges(server.url, token)).cursor;
    await server.stop();

    backup.restore();
    expect(() => admin(database, ['declare-restore', 'tenant-absent'])).toThrow(/No tenant tenant-absent/);
    expect(admin(database, ['declare-restore', 'tenant-essai'])).toContain(`kept up to change ${backupCursor}`);
    server = await restart();

    const query = new URLSearchParams({ since: String(lastSeen), generation: before.generation, clientId: device });
    const pull = await fetch(`${server.url}${API.changes}?${query}`, { headers: { Authorization: `Bearer ${token}` } });
    expect(pull.status).toBe(410);
    const refusal = (await pull.json()) as ApiError;
    expect(refusal).toMatchObject({
      reason: 'generationChanged',
      generation: { lineage: [{ id: before.generation, keptUpTo: backupCursor }] },
      lastAppliedSeq: 3,
    });
    const ids = async () => (await allRows(server.url, token, 'contacts')).map((row) => row.id);
    expect(await ids()).not.toContain('rb-3');

    // What the device does next (docs/sync.md): its edits past the kept point, again, with their keys, under a new client id.
    const lost = envelopes(device, 4, intents.slice(3)).map((envelope, index) => ({ ...envelope, seq: index + 1 }));
    const again = await push(server.url, token, 'device-restore-2', lost);
    expect(again.generation).toBe(refusal.generation!.id);
    expect(again.outcomes.map((outcome) => outcome.status)).toEqual(['applied', 'applied', 'applied']);
    const after = await ids();
    for (const id of ['rb-0', 'rb-1', 'rb-2', 'rb-3', 'rb-4', 'rb-5'])
      expect(after.filter((found) => found === id)).toEqual([id]);
  });
});
