import { describe, expect, it } from 'vitest';
import { Client, serverRow, serverView, signIn, useBackend } from './harness';

const backend = useBackend();

describe('sync engine, happy path', () => {
  it('loads the tenant, sends an edit and ends equal to the server', async () => {
    const client = new Client(await signIn());
    expect(await client.sync()).toBe('done');
    expect(await client.view()).toEqual(await serverView(backend.backend));
    const group = (await client.db.groups.toArray())[0]!;
    await client.edit({ name: 'group.rename', args: { id: group.id, name: 'Équipe Nord' } });
    expect(await client.db.outbox.count()).toBe(1);
    expect(await client.sync()).toBe('done');
    expect((await serverRow(backend.backend, 'groups', group.id))?.name).toBe('Équipe Nord');
    expect(await client.db.outbox.count()).toBe(0);
    expect(await client.view()).toEqual(await serverView(backend.backend));
  });
});
