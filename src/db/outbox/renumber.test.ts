/**
 * `refuse`: the refused edit becomes a sync issue and leaves the rows it changed — back to the
 * server's copy with the other queued edits of those rows re-applied — while the rest of the queue
 * moves down a number and its rows are left as they are (they are not rebased: docs/sync.md).
 */
import { describe, expect, it } from 'vitest';
import { contact } from '../../../tests/contacts';
import { META, PttDatabase } from '../database';
import { mutate } from './append';
import { refuse } from './renumber';

let opened = 0;
const REFUSED = { status: 400, message: 'Bad request' };

async function queued() {
  const db = new PttDatabase(`renumber-test-${++opened}`);
  const served = [
    contact('Garage Avenir', '6135550101', 'external', { id: 'x-a' }),
    contact('Garage Bellevue', '6135550102', 'external', { id: 'x-b' }),
  ];
  await db.contacts.bulkPut(served);
  const rename = (id: string, name: string) => mutate(db, { name: 'externalContact.update', args: { id, name } });
  const edits = [
    await rename('x-a', 'Garage Avenir 1'),
    await rename('x-b', 'Garage Bellevue 1'),
    await rename('x-a', 'Garage Avenir 2'),
    await mutate(db, {
      name: 'externalContact.create',
      args: { id: 'x-new', name: 'Garage Neuf', phone: '6135550142' },
    }),
  ];
  return { db, edits };
}

const names = async (db: PttDatabase) => (await db.contacts.orderBy('id').toArray()).map((row) => row.name);
const queue = async (db: PttDatabase) => (await db.outbox.orderBy('seq').toArray()).map(({ seq, key }) => [seq, key]);

describe('refuse', () => {
  it('takes the refused edit off its row, keeps the later edit of that row on it, and numbers the rest down', async () => {
    const { db, edits } = await queued();
    await refuse(db, edits[0]!.seq, REFUSED, 1);
    expect(await names(db)).toEqual(['Garage Avenir 2', 'Garage Bellevue 1', 'Garage Neuf']);
    expect(await queue(db)).toEqual(edits.slice(1).map((edit, at) => [edits[0]!.seq + at, edit.key]));
    expect((await db.meta.get(META.nextSeq))?.value).toBe(edits[3]!.seq);
    expect(await db.syncIssues.toArray()).toEqual([
      expect.objectContaining({ key: edits[0]!.key, outcome: expect.objectContaining({ detail: REFUSED }) }),
    ]);

    // The later rename refused too: the row is the server's again, its copy no longer kept.
    await refuse(db, edits[2]!.seq - 1, REFUSED, 2);
    expect(await names(db)).toEqual(['Garage Avenir', 'Garage Bellevue 1', 'Garage Neuf']);
    expect(await db.serverRows.get(['contacts', 'x-a'])).toBeUndefined();
    expect((await db.outbox.toArray()).map((entry) => entry.touched)).toEqual([
      [{ table: 'contacts', id: 'x-b' }],
      [{ table: 'contacts', id: 'x-new' }],
    ]);
  });

  it('a refused create leaves no row behind; the last number is freed', async () => {
    const { db, edits } = await queued();
    await refuse(db, edits[3]!.seq, REFUSED, 1);
    expect(await db.contacts.get('x-new')).toBeUndefined();
    expect(await names(db)).toEqual(['Garage Avenir 2', 'Garage Bellevue 1']);
    expect(await queue(db)).toEqual(edits.slice(0, 3).map((edit) => [edit.seq, edit.key]));
    expect((await db.meta.get(META.nextSeq))?.value).toBe(edits[3]!.seq);
  });
});
