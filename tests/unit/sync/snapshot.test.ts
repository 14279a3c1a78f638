/**
 * The first sync's load (src/sync/snapshot.ts), against the real mock back-end: an edit made
 * between two pages — after the pages before it met no pending edit — is never overwritten by the
 * server's copy of its row (a page that skipped looking for pending edits would; round eight in
 * docs/performance.md tried one).
 */
import { describe, expect, it, vi } from 'vitest';
import { META } from '../../../src/db/database';
import type { Contact } from '../../../src/domain/model';
import type { SyncStep } from '../../../src/sync/engine';
import { serverRow, serverView, syncedClient, useBackend } from './harness';

const holder = useBackend();

describe('the first sync’s load', () => {
  it('keeps an edit made between two pages on screen, though the pages before it met none', async () => {
    const pageSize = 2;
    const client = await syncedClient();
    const byId = (await client.db.contacts.toArray()).sort((a, b) => (a.id < b.id ? -1 : 1));
    // An external contact (editable here) on the third page or later: the pages before it meet no edit.
    const at = byId.findIndex((row, index) => index >= 2 * pageSize && row.kind === 'external');
    const garage = byId[at] as Contact;
    const pageOfGarage = Math.floor(at / pageSize) + 1;
    // The data loaded again (as after the server's history changed), with no edit waiting.
    await client.db.meta.delete(META.cursor);
    let requests = 0;
    let onScreen: Contact | undefined;
    client.freshEngine({
      snapshotPageSize: pageSize,
      beforeStep: async (step: SyncStep) => {
        if (step === 'push' && !onScreen) onScreen = await client.db.contacts.get(garage.id);
        // The garage's page is asked for as the page before it is written: the edit comes once it is.
        if (step !== 'snapshot' || ++requests !== pageOfGarage) return;
        await vi.waitFor(async () =>
          expect((await client.db.meta.get(META.snapshot))?.value).toMatchObject({
            table: 'contacts',
            loaded: (pageOfGarage - 1) * pageSize,
          }),
        );
        await client.edit({ name: 'externalContact.update', args: { id: garage.id, name: 'Garage Lapointe' } });
      },
    });
    expect(await client.sync()).toBe('done');
    expect(onScreen?.name).toBe('Garage Lapointe');
    expect(await serverRow(holder.backend, 'contacts', garage.id)).toMatchObject({ name: 'Garage Lapointe' });
    expect(await client.db.outbox.count()).toBe(0);
    expect(await client.view()).toEqual(await serverView(holder.backend));
  });
});
