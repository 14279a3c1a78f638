/**
 * A database removed from another tab (Exit on a shared device) stays removed: this tab's
 * connection, closed by the removal, does not create it anew at its next query.
 */
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { META, PttDatabase } from './database';
import { removeDatabase } from './device-data';

describe('a database removed elsewhere', () => {
  it('is not created again by a query of a connection the removal closed', async () => {
    const name = `ptt-admin:removed-elsewhere:${Date.now()}`;
    const here = new PttDatabase(name);
    await here.meta.put({ key: META.cursor, value: 12 });

    await removeDatabase(name);
    expect(await Dexie.getDatabaseNames()).not.toContain(name);

    await expect(here.meta.get(META.cursor)).rejects.toThrow(Dexie.DatabaseClosedError);
    expect(await Dexie.getDatabaseNames()).not.toContain(name);
  });
});
