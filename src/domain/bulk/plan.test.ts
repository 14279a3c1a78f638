import { describe, expect, it } from 'vitest';
import type { MemberList } from '../model';
import { contact } from '../../../tests/contacts';
import { planImport } from './plan';
import type { ImportMode, ParsedFile, TenantSnapshot } from './plan-types';
import type { ImportTable } from './columns';
import { fates } from '../../../tests/plan-fates';

const list = (id: string, name: string, memberIds: string[]): MemberList => ({
  id,
  name,
  nameKey: name.toLowerCase(),
  memberIds,
  version: 1,
});

const ana = contact('Ana Roy', '6135550101', 'subscriber', { id: 'ana', scans: ['north'] });
const ben = contact('Ben Roy', '6135550102', 'subscriber', { id: 'ben' });
const cote = contact('Garage Côté', '6135550103', 'external', { id: 'cote' });
const twinA = contact('Sam Lee', '6135550104', 'external', { id: 'twin-a' });
const twinB = contact('Sam Lee', '6135550105', 'external', { id: 'twin-b' });

const SNAPSHOT: TenantSnapshot = {
  contacts: [ana, ben, cote, twinA, twinB],
  groups: [list('north', 'north', ['ana', 'ben']), list('south', 'south', ['ben'])],
  subLists: [list('crew', 'crew', ['ana'])],
};

function file(headers: string, ...rows: string[]): ParsedFile {
  return {
    headers: headers.split(','),
    rows: rows.map((row, index) => ({ line: index + 2, cells: row.split(',') })),
  };
}

function plan(table: ImportTable, parsed: ParsedFile, { mode = 'exact' as ImportMode, snapshot = SNAPSHOT } = {}) {
  let next = 0;
  const result = planImport({ table, mode, file: parsed, snapshot, newId: () => `new-${++next}` });
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problem)}`);
  return result.plan;
}

describe('external contacts', () => {
  it('creates new numbers, renames known external contacts, and leaves equal rows unchanged', () => {
    const result = plan(
      'externalContacts',
      file('Name,Phone number', 'Garage Côté,613-555-0103', 'Garage Côté Inc.,(613) 555-0103', 'Nouveau,613 555 0199'),
    );
    // Two rows for one number with different names contradict each other: neither is applied.
    expect(fates(result.rows)).toEqual(['2 error conflict@name', '3 error conflict@name', '4 create']);
    expect(result.units.map((unit) => unit.intents)).toEqual([
      [{ name: 'externalContact.create', args: { id: 'new-1', name: 'Nouveau', phone: '6135550199' } }],
    ]);
  });

  it('refuses what the form refuses, row by row and column by column', () => {
    const result = plan(
      'externalContacts',
      file(
        'Nom,Numéro de téléphone,Type',
        ',613 555 0110,',
        `${'é'.repeat(31)},613 555 0111,`,
        'A,555-0112,',
        'B,113 555 0113,',
        'C,613 155 0114,',
        'Ana R.,613 555 0101,',
        'D,613 555 0115,Abonné',
        'E,613 555 0116,Robot',
        'Ben Roy,613 555 0102,Contact externe',
        'Sam Lee,613 555 0104,Subscriber',
      ),
    );
    expect(fates(result.rows)).toEqual([
      '2 error name.required@name',
      '3 error name.tooLong@name',
      '4 error phone.invalid@phone',
      '5 error phone.areaCode@phone',
      '6 error phone.exchange@phone',
      '7 error subscriber.readOnly@name',
      '8 error subscriber.notFound@type',
      '9 error type.invalid@type',
      '10 error subscriber.readOnly@type',
      '11 error subscriber.notFound@type',
    ]);
    expect(result.units).toEqual([]);
  });

  it('counts a repeated row once: the copy is a duplicate and the first row stands', () => {
    const result = plan('externalContacts', file('Name,Phone', 'New,613 555 0120', 'New,6135550120'));
    expect(fates(result.rows)).toEqual(['2 create', '3 error duplicate@row']);
    expect(result.rows[1]!.errors[0]!.detail).toEqual({ line: 2 });
    expect(result.units).toHaveLength(1);
  });

  it('shows a rename as before → after; a change of case is an edit, extra spaces are not', () => {
    const result = plan('externalContacts', file('Name,Phone', 'GARAGE CÔTÉ,6135550103'));
    expect(result.rows[0]!.changes).toEqual([{ field: 'name', before: 'Garage Côté', after: 'GARAGE CÔTÉ' }]);
    expect(fates(plan('externalContacts', file('Name,Phone', '  Garage   Côté ,6135550103')).rows)).toEqual([
      '2 unchanged',
    ]);
  });
});

describe('group and sub-list members', () => {
  it('exact: the group ends up with the members listed; the others are removed, with their scan list', () => {
    const result = plan('groupMembers', file('Group,Member,Phone number', 'North,Ben Roy,', 'north,,6135550103'));
    expect(fates(result.rows)).toEqual(['2 unchanged', '3 create', '- remove']);
    expect(result.rows[2]).toMatchObject({
      subject: { list: 'north', contact: { name: 'Ana Roy' } },
      leavesScanList: true,
    });
    expect(result.units[0]!.intents).toEqual([
      { name: 'group.removeMembers', args: { id: 'north', memberIds: ['ana'] } },
      { name: 'group.addMembers', args: { id: 'north', memberIds: ['cote'] } },
    ]);
  });

  it('add: nobody is removed', () => {
    const result = plan('groupMembers', file('Group,Member,Phone number', 'north,,6135550103'), { mode: 'add' });
    expect(fates(result.rows)).toEqual(['2 create']);
    expect(result.units[0]!.intents).toEqual([
      { name: 'group.addMembers', args: { id: 'north', memberIds: ['cote'] } },
    ]);
  });

  it('finds the member by number, or by a name only one contact has, and says what is wrong otherwise', () => {
    const result = plan(
      'subListMembers',
      file(
        'Sub-list,Name,Phone',
        'crew,Ana Roy,',
        ',Ben Roy,',
        'ghosts,Ben Roy,',
        'crew,,',
        'crew,Sam Lee,',
        'crew,Nobody,',
        'crew,,6135550199',
        'crew,Ben Roy,6135550103',
        'crew,,613',
      ),
    );
    expect(fates(result.rows)).toEqual([
      '2 unchanged',
      '3 error list.required@subList',
      '4 error list.notFound@subList',
      '5 unchanged',
      '6 error member.ambiguous@member',
      '7 error member.notFound@member',
      '8 error member.notFound@phone',
      '9 error member.nameMismatch@member',
      '10 error phone.invalid@phone',
    ]);
  });

  it('keeps every member while rows of the list are in error, and says so on each removal', () => {
    const result = plan('groupMembers', file('Group,Member,Phone number', 'north,Ben Roy,', 'north,Nobody,'));
    expect(fates(result.rows)).toEqual([
      '2 unchanged',
      '3 error member.notFound@member',
      '- error removal.withheld@row',
    ]);
    expect(result.rows[2]!.errors[0]!.detail).toEqual({ line: 3 });
    expect(result.units).toEqual([]);
  });

  it('refuses the additions past 250 members, in file order, counting the members that stay', () => {
    const many = Array.from({ length: 251 }, (_, index) =>
      contact(`Member ${index}`, `613${String(5_000_000 + index)}`, 'external', { id: `m${index}` }),
    );
    const snapshot = { ...SNAPSHOT, contacts: [...SNAPSHOT.contacts, ...many], groups: [list('big', 'big', ['ana'])] };
    const rows = many.map((member) => `big,,${member.phone}`);
    const add = plan('groupMembers', file('Group,Member,Phone', ...rows), { mode: 'add', snapshot });
    expect(add.totals).toMatchObject({ create: 249, error: 2 });
    expect(fates(add.rows.slice(-2))).toEqual(['251 error group.full@row', '252 error group.full@row']);
    // Exact: Ana leaves, which makes room for one more.
    const exact = plan('groupMembers', file('Group,Member,Phone', ...rows), { snapshot });
    expect(exact.totals).toMatchObject({ create: 250, remove: 1, error: 1 });
  });
});

describe('scan lists', () => {
  it('sets priorities and scanning in either language, one scanning.update per subscriber', () => {
    const result = plan(
      'scanLists',
      file('Abonné,Téléphone,Groupe,Priorité,Balayage', 'Ana Roy,,north,Priorité 1,', 'Ben Roy,,south,,Activé'),
    );
    expect(fates(result.rows)).toEqual(['2 update', '3 create']);
    expect(result.rows[0]!.changes).toEqual([{ field: 'priority', before: 'normal', after: 'p1' }]);
    expect(result.units.map((unit) => unit.intents[0])).toEqual([
      {
        name: 'scanning.update',
        args: { subscriberId: 'ana', scanningEnabled: true, scanList: [{ groupId: 'north', priority: 'p1' }] },
      },
      {
        name: 'scanning.update',
        args: { subscriberId: 'ben', scanningEnabled: true, scanList: [{ groupId: 'south', priority: 'normal' }] },
      },
    ]);
  });

  it('refuses what the scanning form refuses', () => {
    const result = plan(
      'scanLists',
      file(
        'Subscriber,Phone,Group,Priority,Scanning',
        'Garage Côté,,north,,',
        'Ana Roy,,south,,',
        'Ana Roy,,nowhere,,',
        'Ben Roy,,north,Urgent,',
        'Ben Roy,,north,,Maybe',
        'Ben Roy,,south,Priority 2,On',
        'Ben Roy,,south,Priority 3,On',
        'Ben Roy,,,,Off',
      ),
    );
    expect(fates(result.rows)).toEqual([
      '2 error scan.notSubscriber@phone',
      '3 error scan.notMember@group',
      '4 error list.notFound@group',
      '5 error priority.invalid@priority',
      '6 error scanning.invalid@scanning',
      '7 error conflict@priority',
      '8 error conflict@priority',
      '9 error conflict@scanning',
      // Ana's rows are in error, so her entry for north stays until the file is fixed.
      '- error removal.withheld@row',
    ]);
  });

  it('refuses the 17th group of a scan list', () => {
    const groups = Array.from({ length: 17 }, (_, index) => list(`g${index}`, `g${index}`, ['ben']));
    const rows = groups.map((group) => `Ben Roy,,${group.name},,`);
    const result = plan('scanLists', file('Subscriber,Phone,Group,Priority', ...rows), {
      snapshot: { ...SNAPSHOT, groups },
    });
    expect(result.totals).toMatchObject({ create: 16, error: 1 });
    expect(fates(result.rows.slice(-1))).toEqual(['18 error scan.tooMany@group']);
  });

  it('exact: entries not listed leave the scan list of a subscriber the file names', () => {
    const result = plan('scanLists', file('Subscriber,Phone,Group,Priority,Scanning', 'Ana Roy,,,,On'));
    expect(fates(result.rows)).toEqual(['2 unchanged', '- remove']);
    expect(result.units[0]!.intents[0]).toMatchObject({ args: { scanList: [], scanningEnabled: true } });
  });
});

describe('files that do not fit', () => {
  it('names the missing columns and the duplicated one', () => {
    const headed = (table: ImportTable, headers: string) =>
      planImport({ table, mode: 'exact', file: file(headers), snapshot: SNAPSHOT, newId: () => 'x' });
    expect(headed('groupMembers', 'Name,Phone number')).toEqual({
      ok: false,
      problem: { problem: 'missingColumns', columns: ['group'] },
    });
    expect(headed('externalContacts', 'Name,Nom,Phone')).toEqual({
      ok: false,
      problem: { problem: 'duplicateColumn', column: 'name', header: 'Nom' },
    });
  });

  it('skips rows with nothing in them and reports the columns it ignores', () => {
    const result = plan('externalContacts', file('Name,Phone,Email', ',,', 'Nouveau,613 555 0199,a@b.example'));
    expect(fates(result.rows)).toEqual(['3 create']);
    expect(result.ignoredColumns).toEqual(['Email']);
  });
});
