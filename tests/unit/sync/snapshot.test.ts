/**
 * The first sync's load (src/sync/snapshot.ts), against the real mock back-end: the pages are read
 * ahead of their writes and written several to a transaction, yet a load stopped anywhere keeps
 * every page read before the stop and resumes after them, and a pending edit is never overwritten
 * by the server's copy of its row.
 */
import { describe, expect, it } from 'vitest';
import { META } from '../../../src/db/database';
import type { Contact } from '../../../src/domain/model';
import { API } from '../../../src/domain/protocol';
import type { SyncStep } from '../../../src/sync/engine';
import { Client, serverRow, serverView, signIn, syncedClient, useBackend } from './harness';

const holder = useBackend();

/** The snapshot pages the mock back-end is asked for from now on. */
function snapshotRequests() {
  const seen: string[] = [];
  holder.backend.msw.events.on('request:start', ({ request }) => {
    const url = new URL(request.url);
    if (url.pathname === API.snapshot) seen.push(`${url.searchParams.get('table')}:${url.searchParams.get('after') ?? ''}`);
  });
  return seen;
}

describe('the first sync’s load', () => {
  it('stopped before a page, keeps every page read before it and asks only for the pages after them', async () => {
    const pageSize = 2;
    const contacts = (await serverView(holder.backend)).contacts as Contact[];
    const requested = snapshotRequests();
    let pages = 0;
    const client = new Client(await signIn(), { snapshotPageSize: pageSize });
    client.freshEngine({
      beforeStep: (step: SyncStep) => {
        if (step === 'snapshot' && ++pages === 4) throw new Error('the tab was closed');
      },
    });
    await expect(client.sync()).rejects.toThrow('the tab was closed');
    expect(await client.db.contacts.count()).toBe(3 * pageSize);
    expect((await client.db.meta.get(META.snapshot))?.value).toMatchObject({ table: 'contacts', loaded: 3 * pageSize });
    expect(await client.db.meta.get(META.cursor)).toBeUndefined();

    const before = requested.length;
    client.freshEngine();
    expect(await client.sync()).toBe('done');
    const sorted = [...contacts].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(requested[before]).toBe(`contacts:${sorted[3 * pageSize - 1]!.id}`);
    expect(requested.slice(before)).not.toContain('contacts:');
    expect(await client.view()).toEqual(await serverView(holder.backend));
  });

  it('never writes the server’s copy over a row a pending edit changed: the edit stays on screen', async () => {
    const client = await syncedClient();
    const garage = (await client.db.contacts.filter((row) => row.kind === 'external').first()) as Contact;
    await client.edit({ name: 'externalContact.update', args: { id: garage.id, name: 'Garage Lapointe' } });
    // The data loaded again with the edit still waiting: its row comes in a page like any other.
    await client.db.meta.delete(META.cursor);
    let onScreen: Contact | undefined;
    client.freshEngine({
      beforeStep: async (step: SyncStep) => {
        if (step === 'push' && !onScreen) onScreen = await client.db.contacts.get(garage.id);
      },
    });
    expect(await client.sync()).toBe('done');
    expect(onScreen?.name).toBe('Garage Lapointe');
    expect(await serverRow(holder.backend, 'contacts', garage.id)).toMatchObject({ name: 'Garage Lapointe' });
    expect(await client.db.outbox.count()).toBe(0);
    expect(await client.view()).toEqual(await serverView(holder.backend));
  });
});

