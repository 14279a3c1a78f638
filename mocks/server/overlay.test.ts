/** The copy-on-write overlay that makes each mutation all or nothing. */
import { describe, expect, it } from 'vitest';
import type { Contact, Group } from '../../src/domain/model';
import { Overlay } from './overlay';
import { seedState } from './server';
import { GAGNON } from './test-kit';

const freshTenant = () => {
  const tenant = seedState([GAGNON]).tenants.get(GAGNON.id);
  if (!tenant) throw new Error('no tenant');
  return tenant;
};

describe('Overlay', () => {
  it('keeps writes away from the tenant until commit', async () => {
    const tenant = freshTenant();
    const group = [...tenant.rows.groups.values()][0] as Group;
    const cursor = tenant.record.cursor;
    const overlay = new Overlay(tenant);
    await overlay.put('groups', { ...group, name: 'Pending' });
    await overlay.delete('contacts', group.memberIds[0] as string);
    expect((await overlay.get('groups', group.id))?.name).toBe('Pending');
    expect(await overlay.get('contacts', group.memberIds[0] as string)).toBeUndefined();
    // Dropped without commit: nothing happened.
    expect(tenant.get('groups', group.id)).toEqual(group);
    expect(tenant.record.cursor).toBe(cursor);

    expect(overlay.commit()).toEqual([
      { table: 'groups', id: group.id },
      { table: 'contacts', id: group.memberIds[0] },
    ]);
    expect(tenant.get('groups', group.id)).toMatchObject({ name: 'Pending', version: cursor + 1 });
    expect(tenant.record.cursor).toBe(cursor + 2);
  });

  it('answers index queries with its own pending writes on top of the committed rows', async () => {
    const tenant = freshTenant();
    const contact = [...tenant.rows.contacts.values()][0] as Contact;
    const group = [...tenant.rows.groups.values()][0] as Group;
    const overlay = new Overlay(tenant);
    await overlay.put('contacts', { ...contact, phone: '6135550000' });
    expect(await overlay.contactByPhone(contact.phone)).toBeUndefined();
    expect((await overlay.contactByPhone('6135550000'))?.id).toBe(contact.id);

    await overlay.put('groups', { ...group, name: 'Nouveau nom', nameKey: 'nouveau nom', memberIds: [] });
    expect(await overlay.listByNameKey('groups', group.nameKey)).toBeUndefined();
    expect((await overlay.listByNameKey('groups', 'nouveau nom'))?.id).toBe(group.id);
    expect((await overlay.listsWithMember('groups', group.memberIds[0] as string)).map((g) => g.id)).not.toContain(
      group.id,
    );
  });
});
