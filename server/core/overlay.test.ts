/** The copy-on-write overlay that makes each mutation all or nothing. */
import { describe, expect, it } from 'vitest';
import type { Contact, Group } from '../../src/domain/model';
import { seededMemoryStore } from '../seed/seed-storage';
import { Overlay } from './overlay';
import type { TenantTx } from './storage';
import { GAGNON } from './test-kit';

/** Runs `work` in a writing transaction on a freshly seeded tenant. */
const onFreshTenant = (work: (tx: TenantTx) => Promise<void>) =>
  seededMemoryStore([GAGNON]).transaction(work, { tenantId: GAGNON.id, mode: 'write' });

describe('Overlay', () => {
  it('keeps writes away from the tenant until commit', () =>
    onFreshTenant(async (tx) => {
      const group = (await tx.rowsAfter('groups', undefined, 1))[0] as Group;
      const cursor = await tx.cursor();
      const overlay = new Overlay(tx);
      await overlay.put('groups', { ...group, name: 'Pending' });
      await overlay.delete('contacts', group.memberIds[0] as string);
      expect((await overlay.get('groups', group.id))?.name).toBe('Pending');
      expect(await overlay.get('contacts', group.memberIds[0] as string)).toBeUndefined();
      // Dropped without commit: nothing happened.
      expect(await tx.get('groups', group.id)).toEqual(group);
      expect(await tx.cursor()).toBe(cursor);

      expect(await overlay.commit()).toEqual([
        { table: 'groups', id: group.id },
        { table: 'contacts', id: group.memberIds[0] },
      ]);
      expect(await tx.get('groups', group.id)).toMatchObject({ name: 'Pending', version: cursor + 1 });
      expect(await tx.cursor()).toBe(cursor + 2);
    }));

  it('answers index queries with its own pending writes on top of the stored rows', () =>
    onFreshTenant(async (tx) => {
      const contact = (await tx.rowsAfter('contacts', undefined, 1))[0] as Contact;
      const group = (await tx.rowsAfter('groups', undefined, 1))[0] as Group;
      const overlay = new Overlay(tx);
      await overlay.put('contacts', { ...contact, phone: '6135550000' });
      expect(await overlay.contactByPhone(contact.phone)).toBeUndefined();
      expect((await overlay.contactByPhone('6135550000'))?.id).toBe(contact.id);

      await overlay.put('groups', { ...group, name: 'Nouveau nom', nameKey: 'nouveau nom', memberIds: [] });
      expect(await overlay.listByNameKey('groups', group.nameKey)).toBeUndefined();
      expect((await overlay.listByNameKey('groups', 'nouveau nom'))?.id).toBe(group.id);
      expect((await overlay.listsWithMember('groups', group.memberIds[0] as string)).map((g) => g.id)).not.toContain(
        group.id,
      );
    }));
});
