import { describe, expect, it } from 'vitest';
import { mutate } from '../../db/outbox/append';
import { signedInTenant } from '../../../tests/tenant';
import { applyUnits } from './apply';
import { packUnits } from './packed-plan';

/** One external contact to create per unit, with numbers no seeded contact has (packed as a dry run hands them over). */
const creates = (count: number, first = 0) =>
  packUnits(
    Array.from({ length: count }, (_, index) => ({
      changes: 1,
      intents: [
        {
          name: 'externalContact.create',
          args: {
            id: `bulk-${first + index}`,
            name: `Bulk ${first + index}`,
            phone: `819${String(6_000_000 + first + index)}`,
          },
        },
      ],
    })),
  );

describe('applyUnits', () => {
  it('saves the units as outbox entries in chunks, reporting progress after each', async () => {
    const { db } = await signedInTenant();
    const progress: number[] = [];
    const report = await applyUnits(db, creates(1_200), { chunkSize: 500, onProgress: (done) => progress.push(done) });
    expect(progress).toEqual([500, 1_000, 1_200]);
    expect(report).toMatchObject({ refused: [], stopped: null });
    expect(report.saved).toHaveLength(1_200);
    expect(await db.outbox.count()).toBe(1_200);
    expect(await db.contacts.get('bulk-1199')).toMatchObject({ name: 'Bulk 1199', phone: '8196001199' });
  });

  it('stops between chunks when cancelled: what was saved stays, nothing else is written', async () => {
    const { db } = await signedInTenant();
    const cancel = new AbortController();
    const report = await applyUnits(db, creates(1_200), {
      chunkSize: 500,
      signal: cancel.signal,
      onProgress: () => cancel.abort(),
    });
    expect(report.stopped).toBe('cancelled');
    expect(report.saved).toHaveLength(500);
    expect(await db.outbox.count()).toBe(500);
    expect(await db.contacts.get('bulk-500')).toBeUndefined();
  });

  it('when the data changed since the preview, saves the units that still can be and reports the others', async () => {
    const { db } = await signedInTenant();
    const units = creates(600);
    // After the preview, someone on this device gives one of the file's numbers to another contact.
    await mutate(db, { name: 'externalContact.create', args: { id: 'first', name: 'First', phone: '8196000503' } });
    const report = await applyUnits(db, units);
    // Counted across the plan, not within the part of the plan it was read from.
    expect(report.refused).toEqual([{ unit: 503, changes: 1, reason: 'phone.taken' }]);
    expect(report.saved).toHaveLength(599);
    expect(await db.contacts.get('bulk-503')).toBeUndefined();
    expect(await db.contacts.get('bulk-599')).toBeDefined();
  });
});
