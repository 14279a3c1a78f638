/**
 * A supervisor's device keeps only the activity of what it sees (src/db/activity.ts), on the
 * real mock back-end: what its first sync fetches, what a scope that shrinks takes away (the
 * rows of another group cut from the entries it keeps, as the server cuts them), and what a
 * scope that grows brings in, earlier entries of the new group included.
 */
import { describe, expect, it, onTestFinished } from 'vitest';
import { createTestBackend } from '../../mocks/node';
import { connect, CREW } from '../../server/core/test-kit';
import type { Supervisor } from '../../src/domain/model';
import { SyncEngine } from '../../src/sync/engine';
import { signedInDevice } from '../tenant';

const ALICE = `${CREW.id}-user-2`;

describe('a supervisor’s activity on its device', () => {
  it('holds what it sees, lets go of a group taken from it and takes in a group given', async () => {
    const backend = createTestBackend({ tenants: [CREW] });
    backend.msw.listen({ onUnhandledRequest: 'error' });
    onTestFinished(() => backend.msw.close());
    const admin = await connect(backend.server, 'admin@crew.demo');
    const scope = ((await admin.row('supervisors', ALICE)) as Supervisor).groupIds;
    const [own, kept] = scope as [string, string];
    const outside = (await admin.snapshotAll('groups')).find((group) => !scope.includes(group.id))!.id;
    const subList = (await admin.snapshotAll('subLists'))[0]!.id;
    await admin.must({
      name: 'externalContact.create',
      args: { id: 'x-1', name: 'Aiden Poirier', phone: '613-555-0199' },
    });
    for (const id of [own, kept, outside])
      await admin.must({ name: 'group.addMembers', args: { id, memberIds: ['x-1'] } });
    await admin.must({ name: 'subList.rename', args: { id: subList, name: 'Liste secrète' } });
    await admin.must({ name: 'group.rename', args: { id: outside, name: 'Équipe secrète' } });
    await admin.must({ name: 'externalContact.delete', args: { id: 'x-1' } });

    const { session, db } = await signedInDevice('a@crew.demo');
    const sync = async () => expect(await new SyncEngine({ db, token: session.token }).syncUntilDone()).toBe('done');
    const held = async () =>
      (await db.activity.orderBy('id').toArray()).map((entry) => [entry.intent.name, ...entry.rowKeys].join(' '));

    await sync();
    expect(await held()).toEqual([
      'externalContact.create contacts:x-1',
      `group.addMembers groups:${own}`,
      `group.addMembers groups:${kept}`,
      `externalContact.delete contacts:x-1 groups:${own} groups:${kept}`,
    ]);

    await admin.must({ name: 'supervisor.removeGroups', args: { id: ALICE, groupIds: [own] } });
    await sync();
    expect(await held()).toEqual([
      'externalContact.create contacts:x-1',
      `group.addMembers groups:${kept}`,
      `externalContact.delete contacts:x-1 groups:${kept}`,
      `supervisor.removeGroups supervisors:${ALICE}`,
    ]);
    // The group taken from it has no History here any more.
    expect(await db.activity.where('rowKeys').equals(`groups:${own}`).count()).toBe(0);

    await admin.must({ name: 'supervisor.addGroups', args: { id: ALICE, groupIds: [outside] } });
    await sync();
    expect(await held()).toEqual([
      'externalContact.create contacts:x-1',
      `group.addMembers groups:${kept}`,
      `group.addMembers groups:${outside}`,
      `group.rename groups:${outside}`,
      `externalContact.delete contacts:x-1 groups:${kept} groups:${outside}`,
      `supervisor.removeGroups supervisors:${ALICE}`,
      `supervisor.addGroups supervisors:${ALICE}`,
    ]);
  });
});
