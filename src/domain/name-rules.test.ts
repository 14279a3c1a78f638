/**
 * The text rules of names (issue 17): the hostile-name table through `nameError` and
 * `applyIntent`, the names the rules must keep accepting, and the look-alike key.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { EXISTING_LIST_NAME, FRIENDLY_NAMES, HOSTILE_NAMES } from '../../tests/hostile-names';
import { applyIntent, type ListTable, type TenantStore } from './apply';
import type { Intent } from './intents';
import { intentSchema } from './intent-schemas';
import type { Contact, MemberList, Supervisor, RowByTable, TableName } from './model';
import { loadNameKeys, nameKey } from './name-key';
import { countCharacters, nameError, normalizeName } from './rules';

beforeAll(loadNameKeys);

/** A tenant in memory holding one group and one sub-list named EXISTING_LIST_NAME; `writes` counts every write. */
function tenantWithExistingLists() {
  const rows = new Map<string, unknown>();
  let writes = 0;
  for (const table of ['groups', 'subLists'] as const) {
    const list: MemberList = {
      id: `${table}-1`,
      name: EXISTING_LIST_NAME,
      nameKey: nameKey(EXISTING_LIST_NAME),
      memberIds: [],
      version: 1,
    };
    rows.set(`${table}/${list.id}`, list);
  }
  const all = <T>(table: TableName) =>
    [...rows.entries()].filter(([key]) => key.startsWith(`${table}/`)).map(([, row]) => row as T);
  const store: TenantStore = {
    get: async <T extends TableName>(table: T, id: string) => rows.get(`${table}/${id}`) as RowByTable[T] | undefined,
    put: async (table, row) => {
      writes++;
      rows.set(`${table}/${row.id}`, row);
    },
    delete: async (table, id) => {
      writes++;
      rows.delete(`${table}/${id}`);
    },
    contactByPhone: async (phone) => all<Contact>('contacts').find((contact) => contact.phone === phone),
    listByNameKey: async (table: ListTable, key) => all<MemberList>(table).find((list) => list.nameKey === key),
    listsWithMember: async (table: ListTable, memberId) =>
      all<MemberList>(table).filter((list) => list.memberIds.includes(memberId)),
    supervisorsOfGroup: async (groupId) =>
      all<Supervisor>('supervisors').filter((supervisor) => supervisor.groupIds.includes(groupId)),
  };
  return { store, writes: () => writes };
}

describe('the hostile-name table', () => {
  it('has at least 40 entries, each with its own label', () => {
    expect(HOSTILE_NAMES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(HOSTILE_NAMES.map((entry) => entry.label)).size).toBe(HOSTILE_NAMES.length);
  });

  it.each(HOSTILE_NAMES.filter((entry) => !entry.lookAlike).map((entry) => [entry.label, entry] as const))(
    '`nameError` refuses %s',
    (_label, { name, reason }) => {
      expect(nameError(name)).toBe(reason);
    },
  );

  it.each(HOSTILE_NAMES.map((entry) => [entry.label, entry] as const))(
    '`applyIntent` refuses %s for a group, a sub-list and an external contact, writing nothing',
    async (_label, { name, reason, lookAlike }) => {
      const tenant = tenantWithExistingLists();
      const intents: Intent[] = [
        { name: 'group.create', args: { id: 'g-new', name, memberIds: [] } },
        { name: 'subList.create', args: { id: 's-new', name, memberIds: [] } },
        { name: 'group.rename', args: { id: 'groups-0', name } },
      ];
      // A rename of another group: give it one.
      await tenant.store.put('groups', {
        id: 'groups-0',
        name: 'Autre',
        nameKey: nameKey('Autre'),
        memberIds: [],
        version: 1,
      });
      const before = tenant.writes();
      for (const intent of intents) {
        await expect(applyIntent(tenant.store, intent)).rejects.toMatchObject({ reason });
      }
      if (!lookAlike) {
        const contact: Intent = { name: 'externalContact.create', args: { id: 'c-new', name, phone: '613-555-0199' } };
        await expect(applyIntent(tenant.store, contact)).rejects.toMatchObject({ reason });
      }
      expect(tenant.writes()).toBe(before);
    },
  );

  it('refuses at the wire every name longer than any name the rules accept', () => {
    for (const { name, overWireBound } of HOSTILE_NAMES) {
      const parsed = intentSchema.safeParse({ name: 'group.create', args: { id: 'g', name, memberIds: [] } });
      expect(parsed.success, name.slice(0, 20)).toBe(!overWireBound);
    }
  });
});

describe('names the rules keep accepting', () => {
  it.each(FRIENDLY_NAMES)('%s', (name) => {
    expect(nameError(name)).toBeNull();
  });

  it('counts an emoji sequence as one character and keeps its joiners', () => {
    expect(countCharacters('Équipe 👷🏽‍♀️')).toBe(8);
    expect(normalizeName(' Équipe\u00A0\t👷🏽‍♀️ ')).toBe('Équipe 👷🏽‍♀️');
  });

  it('folds every kind of white space (no-break, line breaks, ideographic) into one space', () => {
    expect(normalizeName('Nord\u00A0\u2003Sud\r\nEst\u3000Ouest')).toBe('Nord Sud Est Ouest');
    expect(nameError('Nord\nSud')).toBeNull();
  });
});

describe('nameKey: the same name to a reader', () => {
  it('ignores case, accents, width, invisible characters and look-alike letters', () => {
    const key = nameKey('Transport Gaspésie');
    for (const lookAlike of [
      'TRANSPORT GASPESIE',
      'Тrаnsроrt Gаsрésiе',
      'Ｔｒａｎｓｐｏｒｔ Ｇａｓｐéｓｉｅ',
      'Trans\u00ADport Gasp\u200Bésie',
    ]) {
      expect(nameKey(lookAlike)).toBe(key);
    }
  });

  it('maps the confusables of Unicode’s table, not only Latin look-alikes', () => {
    expect(nameKey('Nord 0')).toBe(nameKey('Nord O'));
    expect(nameKey('Nord 1')).toBe(nameKey('Nord l'));
    expect(nameKey('Straße')).toBe(nameKey('STRASSE'));
    expect(nameKey('paypal')).toBe(nameKey('раураl'));
  });

  it('keeps different names apart', () => {
    expect(nameKey('Transport Gaspésie')).not.toBe(nameKey('Transport Gatineau'));
    expect(nameKey('Nord 1')).not.toBe(nameKey('Nord 2'));
  });
});
