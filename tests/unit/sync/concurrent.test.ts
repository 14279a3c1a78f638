/**
 * Two devices of two admins plus the back-end's "other admin", editing the same rows:
 * merges are silent and keep everyone's work; a contested field becomes a conflict and
 * an edit that can no longer apply becomes a rejection, each listed with its reason.
 */
import { describe, expect, it } from 'vitest';
import { Client, expectOneRejection, TENANT, serverRow, serverView, signIn, useBackend } from './harness';

const holder = useBackend();

async function twoClients() {
  const a = new Client(await signIn(TENANT.accounts[0]!.username));
  const b = new Client(await signIn(TENANT.accounts[1]!.username));
  expect(await a.sync()).toBe('done');
  expect(await b.sync()).toBe('done');
  return { a, b, other: holder.backend.otherAdmin(TENANT.id) };
}

async function expectEveryoneEqualsServer(...clients: Client[]) {
  // Two rounds: the first sends everyone's edits, the second brings each client the others'.
  for (const client of [...clients, ...clients]) expect(await client.sync()).toBe('done');
  const server = await serverView(holder.backend);
  for (const client of clients) expect(await client.view()).toEqual(server);
}

describe('concurrent edits', () => {
  it('same field: the server value is kept and the user gets a conflict with mine and theirs', async () => {
    const { a, b, other } = await twoClients();
    const group = (await a.db.groups.toArray())[0]!;
    await a.edit({ name: 'group.rename', args: { id: group.id, name: 'Équipe Nord' } });
    await other.renameGroup(group.id, 'Équipe Sud');
    await expectEveryoneEqualsServer(a, b);
    expect((await a.get('groups', group.id))?.name).toBe('Équipe Sud');
    const [issue] = await a.db.syncIssues.toArray();
    expect(issue).toMatchObject({
      subject: group.name,
      mine: { name: 'Équipe Nord' },
      outcome: { status: 'conflict', server: { fields: { name: 'Équipe Sud' } } },
    });
    expect(await b.db.syncIssues.count()).toBe(0);
  });

  it('different fields of one contact: both changes are kept', async () => {
    const { a, b, other } = await twoClients();
    const external = (await a.db.contacts.filter((row) => row.kind === 'external').toArray())[0]!;
    await a.edit({ name: 'externalContact.update', args: { id: external.id, name: 'Garage Lapointe' } });
    await b.edit({ name: 'externalContact.update', args: { id: external.id, phone: '(819) 555-0199' } });
    const subscriber = (await a.db.contacts.filter((row) => row.kind === 'subscriber').toArray())[0]!;
    await b.edit({ name: 'options.setMessaging', args: { subscriberId: subscriber.id, messaging: 'none' } });
    await other.setScanning(subscriber.id, true, []);
    await expectEveryoneEqualsServer(b, a);
    expect(await serverRow(holder.backend, 'contacts', external.id)).toMatchObject({
      name: 'Garage Lapointe',
      phone: '8195550199',
    });
    expect(await serverRow(holder.backend, 'contacts', subscriber.id)).toMatchObject({
      messaging: 'none',
      scanningEnabled: true,
      scanList: [],
    });
    expect(await a.db.syncIssues.count()).toBe(0);
    expect(await b.db.syncIssues.count()).toBe(0);
  });

  it('membership races: adds and removes from everyone are all kept', async () => {
    const { a, b, other } = await twoClients();
    const group = (await a.db.groups.toArray())[0]!;
    const outsiders = (await a.db.contacts.toArray()).filter((contact) => !group.memberIds.includes(contact.id));
    const [first, second, third] = outsiders;
    const leaving = group.memberIds[0]!;
    await a.edit({ name: 'group.addMembers', args: { id: group.id, memberIds: [first!.id] } });
    await b.edit({ name: 'group.addMembers', args: { id: group.id, memberIds: [second!.id] } });
    await b.edit({ name: 'group.removeMembers', args: { id: group.id, memberIds: [leaving] } });
    await other.addMember(group.id, third!.id);
    await expectEveryoneEqualsServer(a, b);
    const members = (await serverRow(holder.backend, 'groups', group.id))!.memberIds;
    expect(members).toEqual(expect.arrayContaining([first!.id, second!.id, third!.id]));
    expect(members).not.toContain(leaving);
    expect(await a.db.syncIssues.count()).toBe(0);
    expect(await b.db.syncIssues.count()).toBe(0);
  });

  it('an edit of something another admin deleted is rejected as notFound, and the row goes away', async () => {
    const { a, b, other } = await twoClients();
    const subList = (await a.db.subLists.toArray())[0]!;
    await a.edit({ name: 'subList.rename', args: { id: subList.id, name: 'Chantier Lévis' } });
    await other.deleteSubList(subList.id);
    await expectEveryoneEqualsServer(a, b);
    expect(await a.get('subLists', subList.id)).toBeUndefined();
    await expectOneRejection(a, subList.name, 'notFound');
  });

  it('a group created with a name another admin took meanwhile is rejected as name.taken', async () => {
    const { a, b } = await twoClients();
    await a.edit({ name: 'group.create', args: { id: 'group-a', name: 'Urgences', memberIds: [] } });
    await b.edit({ name: 'group.create', args: { id: 'group-b', name: 'urgences ', memberIds: [] } });
    expect(await b.sync()).toBe('done');
    await expectEveryoneEqualsServer(a, b);
    expect(await a.get('groups', 'group-a')).toBeUndefined();
    expect((await a.get('groups', 'group-b'))?.name).toBe('urgences');
    await expectOneRejection(a, 'Urgences', 'name.taken');
  });

  it('pending edits stay on top of another admin’s changes until they are sent', async () => {
    const { a, other } = await twoClients();
    const group = (await a.db.groups.toArray())[0]!;
    const newcomer = (await a.db.contacts.toArray()).find((contact) => !group.memberIds.includes(contact.id))!;
    await other.addMember(group.id, newcomer.id);
    // The rename is saved while the engine pulls: it is still pending when the pull commits.
    a.freshEngineBeforePull(() => a.edit({ name: 'group.rename', args: { id: group.id, name: 'Équipe Nord' } }));
    await a.engine.syncOnce();
    expect(await a.db.outbox.count()).toBe(1);
    expect(await a.get('groups', group.id)).toMatchObject({
      name: 'Équipe Nord',
      memberIds: expect.arrayContaining([newcomer.id]),
    });
    expect((await serverRow(holder.backend, 'groups', group.id))?.name).toBe(group.name);
    await expectEveryoneEqualsServer(a);
    expect((await serverRow(holder.backend, 'groups', group.id))?.name).toBe('Équipe Nord');
  });
});
