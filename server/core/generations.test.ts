/** The protocol's guards against a history that changed or a sequence that went back: 410 generationChanged, 409 sequenceReused. */
import { beforeEach, describe, expect, it } from 'vitest';
import type { Intent } from '../../src/domain/intents';
import { API, type ChangesResponse, type PushResponse, type SnapshotResponse } from '../../src/domain/protocol';
import { DEMO_PASSWORD_HASHER } from '../seed/demo';
import { seededMemoryStore } from '../seed/seed-storage';
import { PttCore } from './core';
import { restoreBackup } from './memory/backups';
import type { MemoryBacked } from './memory/memory-store';
import { connect, GAGNON, request, type Admin } from './test-kit';

let storage: MemoryBacked;
let server: PttCore;
let admin: Admin;

beforeEach(async () => {
  storage = seededMemoryStore([GAGNON]);
  server = new PttCore({ storage, passwords: DEMO_PASSWORD_HASHER });
  admin = await connect(server, 'admin@gagnon.demo');
});

const restore = async (changes: number, declare = true) =>
  (await storage.withMemory((memory) => restoreBackup(memory, GAGNON.id, changes, { declare }))).cursor;

const contact = (id: string, phone: string): Intent => ({
  name: 'externalContact.create',
  args: { id, name: `Garage ${id}`, phone },
});

async function get<T>(url: string) {
  return request(server, 'GET', url, { token: admin.token }) as Promise<{ status: number; body: T }>;
}

describe('generations', () => {
  it('every sync answer names the generation; an outcome, the cursor it was judged at', async () => {
    const snapshot = await get<SnapshotResponse>(`${API.snapshot}?table=groups`);
    const { generation } = snapshot.body;
    expect(generation).toEqual(expect.any(String));
    const pushed = await admin.pushRaw([admin.envelope(1, contact('x-1', '8195550101'), null)]);
    const duplicate = await admin.pushRaw([admin.envelope(2, contact('x-2', '8195550101'), null)]);
    expect(pushed.body).toMatchObject({
      generation,
      outcomes: [{ status: 'applied', cursor: snapshot.body.cursor + 1 }],
    });
    expect(duplicate.body).toMatchObject({
      generation,
      outcomes: [{ status: 'rejected', reason: 'phone.taken', cursor: snapshot.body.cursor + 1 }],
    });
    expect((await get<ChangesResponse>(`${API.changes}?since=0&generation=${generation}`)).body.generation).toBe(
      generation,
    );
  });

  it('after a restore, a pull or a push on the old generation gets 410 with the new one, and nothing is applied', async () => {
    const old = (await get<SnapshotResponse>(`${API.snapshot}?table=groups`)).body.generation;
    await admin.must(contact('x-1', '8195550101'));
    await admin.must(contact('x-2', '8195550102'));
    const point = await restore(1);
    const refusal = {
      status: 410,
      body: {
        reason: 'generationChanged',
        generation: { id: expect.not.stringMatching(old), lineage: [{ id: old, keptUpTo: point }] },
        cursor: point,
        lastAppliedSeq: 0,
        message: expect.any(String),
      },
    };
    expect(await get(`${API.changes}?since=${point}&generation=${old}&clientId=c-late`)).toEqual(refusal);
    const push = await request(server, 'POST', API.mutations, {
      token: admin.token,
      body: { generation: old, clientId: 'c-late', mutations: [admin.envelope(1, contact('x-3', '8195550103'), null)] },
    });
    expect(push).toEqual(refusal);
    expect(await admin.row('contacts', 'x-3')).toBeUndefined();
    expect(await admin.row('contacts', 'x-2')).toBeUndefined();
    expect((await admin.changes(0)).lastAppliedSeq).toBe(1);
    expect((await get(`${API.changes}?since=0&generation=${old}&clientId=${admin.clientId}`)).body).toMatchObject({
      lastAppliedSeq: 1,
    });
  });

  it('a pull from a cursor the server never reached gets 410: a history cut back without a new generation', async () => {
    await admin.must(contact('x-1', '8195550101'));
    const { cursor, generation } = await admin.changes(0);
    await restore(1, false);
    expect(await get(`${API.changes}?since=${cursor}&generation=${generation}`)).toMatchObject({
      status: 410,
      body: { reason: 'generationChanged', generation: { id: generation }, cursor: cursor - 1 },
    });
  });
});

describe('replays', () => {
  it('a sequence number sent again with another key is refused whole with 409 sequenceReused', async () => {
    const group = (await admin.snapshotAll('groups'))[0]!;
    const first = admin.envelope(1, contact('x-1', '8195550101'), null);
    const second = admin.envelope(2, contact('x-2', '8195550102'), null);
    await admin.pushRaw([first, second]);
    const cursor = await admin.cursor();
    const other: Intent = { name: 'group.delete', args: { id: group.id } };
    const reused = await admin.pushRaw([
      first,
      { ...admin.envelope(2, other, null), key: 'another-edit' },
      admin.envelope(3, other, null),
    ]);
    expect(reused).toEqual({
      status: 409,
      body: { reason: 'sequenceReused', seq: 2, message: expect.any(String) },
    });
    expect(await admin.row('groups', group.id)).toEqual(group);
    expect(await admin.cursor()).toBe(cursor);
    // The genuine replays alone are still answered from the stored outcomes.
    expect((await admin.pushRaw([first, second])).body as PushResponse).toMatchObject({
      outcomes: [{ key: first.key }, { key: second.key }],
      lastAppliedSeq: 2,
    });
  });
});

describe('an edit sent again under another client id', () => {
  it('is answered with its outcome in this history, and not applied twice', async () => {
    const edit = admin.envelope(1, contact('x-1', '8195550101'), null);
    const first = await admin.pushRaw([edit]);
    const cursor = await admin.cursor();
    const again = await request(server, 'POST', API.mutations, {
      token: admin.token,
      body: { clientId: 'client-after-restore', mutations: [{ ...edit, seq: 1 }] },
    });
    expect((again.body as PushResponse).outcomes).toEqual([(first.body as PushResponse).outcomes[0]]);
    expect(await admin.cursor()).toBe(cursor);
  });
});
