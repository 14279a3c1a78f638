/** "Another admin": edits through the server core's apply-and-log path, on demand or on a schedule. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Group } from '../src/domain/model';
import type { ChangesResponse } from '../src/domain/protocol';
import type { PttCore } from '../server/core/core';
import { CREW, GAGNON, gagnonAdmin, memoryCore, type Admin } from '../server/core/test-kit';
import { createRandom } from '../server/seed/rng';
import { createOtherAdmin } from './other-admin';

let server: PttCore;
let admin: Admin;
let group: Group;

beforeEach(async () => {
  ({ server, admin, group } = await gagnonAdmin());
});

afterEach(() => vi.useRealTimers());

describe('another admin', () => {
  const changedSince = async (cursor: number) => (await admin.changes(cursor)).changes;

  it('renames, re-members and deletes through the change log, so the app pulls it', async () => {
    const other = createOtherAdmin(server, GAGNON.id);
    const start = await admin.cursor();
    expect(await other.renameGroup(group.id, 'Renommé par Julie')).toMatchObject({ result: { status: 'applied' } });
    const memberId = group.memberIds[0] as string;
    await other.removeMember(group.id, memberId);
    await other.addMember(group.id, memberId);
    const changes = await changedSince(start);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ id: group.id, op: 'put', row: { name: 'Renommé par Julie' } });
    expect((changes[0]?.row as Group).memberIds.at(-1)).toBe(memberId);

    await other.deleteGroup(group.id);
    expect((await changedSince(start)).find((c) => c.id === group.id)).toMatchObject({ op: 'delete' });
  });

  it('creates rows with the same rules as everyone: a refused edit changes nothing', async () => {
    const other = createOtherAdmin(server, GAGNON.id);
    const created = await other.createExternalContact('Remorquage Côté', '(613) 555-0199');
    expect(created.result.status).toBe('applied');
    const refused = await other.createGroup(group.name.toUpperCase());
    expect(refused.result).toEqual({ status: 'rejected', reason: 'name.taken' });
  });

  it("makes the user's edit of the same field a conflict", async () => {
    const staleBase = await admin.currentBase({ name: 'group.rename', args: { id: group.id, name: '' } });
    await createOtherAdmin(server, GAGNON.id).renameGroup(group.id, 'Theirs');
    expect(await admin.send({ name: 'group.rename', args: { id: group.id, name: 'Mine' } }, staleBase)).toMatchObject({
      status: 'conflict',
      server: { fields: { name: 'Theirs' } },
    });
  });

  it('random edits are plausible (mostly applied), and reproducible from a seed', async () => {
    const runOn = async () => {
      const fresh = memoryCore([GAGNON]);
      const other = createOtherAdmin(fresh, GAGNON.id);
      const random = createRandom(5);
      const edits = [];
      for (let i = 0; i < 30; i++) edits.push(await other.randomEdit(random));
      return edits;
    };
    const first = await runOn();
    const intents = first.map((edit) => edit?.intent.name);
    expect(new Set(intents).size).toBeGreaterThan(5);
    expect(first.filter((edit) => edit?.result.status === 'applied').length).toBeGreaterThan(25);
    expect((await runOn()).map((edit) => edit?.intent)).toEqual(first.map((edit) => edit?.intent));
  });

  it('edits on a schedule until stopped, and tells its listeners', async () => {
    vi.useFakeTimers();
    const other = createOtherAdmin(server, GAGNON.id, createRandom(9));
    const heard = vi.fn();
    other.subscribe(heard);
    const start = await admin.cursor();
    other.start({ everyMs: 1_000 });
    expect(other.isRunning()).toBe(true);
    await vi.advanceTimersByTimeAsync(3_000);
    other.stop();
    expect(other.isRunning()).toBe(false);
    expect(heard).toHaveBeenCalledTimes(3);
    const after = ((await admin.changes(0)) as ChangesResponse).cursor;
    expect(after).toBeGreaterThan(start);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(heard).toHaveBeenCalledTimes(3);
  });

  it('acts as a supervisor: its random edits change its groups’ members, anything else is forbidden', async () => {
    const crew = memoryCore([CREW]);
    const other = createOtherAdmin(crew, CREW.id, createRandom(5));
    const supervisors = await other.supervisors();
    expect(supervisors.map((supervisor) => supervisor.name).sort()).toEqual(['Alice Tremblay', 'Bruno Roy']);
    const alice = supervisors.find((supervisor) => supervisor.name === 'Alice Tremblay')!;
    other.actAs(alice.id);
    const scope = await crew.read(CREW.id, async (tx) => (await tx.get('supervisors', alice.id))!.groupIds);
    for (let edit = 0; edit < 5; edit++) {
      const made = await other.randomEdit();
      expect(made?.result.status).toBe('applied');
      expect(['group.addMembers', 'group.removeMembers']).toContain(made?.intent.name);
      expect(scope).toContain((made?.intent.args as { id: string }).id);
    }
    const rename = await other.renameGroup(scope[0]!, 'Renommée par Alice');
    expect(rename.result).toEqual({ status: 'rejected', reason: 'forbidden' });
    const entries = await crew.read(CREW.id, (tx) => tx.activity({ limit: 10 }));
    expect(entries[0]?.actor).toEqual({ accountId: alice.id, name: 'Alice Tremblay', role: 'supervisor' });
    other.actAs(null);
    expect((await other.renameGroup(scope[0]!, 'Renommée par Marie')).result.status).toBe('applied');
  });
});
