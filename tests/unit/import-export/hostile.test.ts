/**
 * Files made to hurt, each read through the whole dry run against the seeded tenant (bytes
 * decoded, parsed, planned): formulas in cells, text that is not what it claims to be, cells and
 * headers out of all proportion, headers in both languages at once, ids copied from another
 * tenant. Each must end as a clear refusal or as plain rows; nothing may run, vanish or leak.
 */
import { describe, expect, it } from 'vitest';
import type { ImportTable } from '../../../src/domain/bulk/columns';
import { applyUnits } from '../../../src/features/import-export/apply';
import { runJob } from '../../../src/features/import-export/jobs';
import { packUnits } from '../../../src/features/import-export/packed-plan';
import { signedInTenant, type SignedInTenant } from '../../tenant';
import { fates } from '../../plan-fates';

async function dryRun(tenant: SignedInTenant, table: ImportTable, bytes: Uint8Array | string) {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  return runJob({
    type: 'dryRun',
    databaseName: tenant.db.name,
    table,
    mode: 'exact',
    bytes: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer,
  });
}

async function planOf(tenant: SignedInTenant, table: ImportTable, text: string) {
  const result = await dryRun(tenant, table, text);
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problem)}`);
  return result.plan;
}

describe('hostile files', () => {
  it('takes formulas as plain names, and exports them neutralised so a spreadsheet shows them as text', async () => {
    const tenant = await signedInTenant();
    const formulas = [
      "=cmd|' /C calc'!A0",
      "@SUM(1+1)*cmd|' /C calc'!A0",
      '+1 Dispatch',
      '-2+3',
      '=HYPERLINK("http://x.co")',
    ];
    const text = [
      'Name,Phone number',
      ...formulas.map((name, index) => `"${name.replace(/"/g, '""')}",613 555-04${10 + index}`),
    ].join('\r\n');
    const plan = await planOf(tenant, 'externalContacts', text);
    expect(fates(plan.rows)).toEqual(['2 create', '3 create', '4 create', '5 create', '6 create']);
    expect(plan.rows.map((row) => row.subject.contact?.name)).toEqual(formulas);

    await applyUnits(tenant.db, packUnits(plan.units));
    const exported = await runJob({
      type: 'export',
      databaseName: tenant.db.name,
      table: 'externalContacts',
      language: 'en',
      separator: ',',
    });
    const lines = (await exported.file.text()).split('\r\n');
    for (const name of formulas) {
      const cell = `'${name}`;
      expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^"?${escape(cell.replace(/"/g, '""'))}"?,`)));
    }
    // And the file exported imports back unchanged: the apostrophe is the file's, not the name's.
    const again = await planOf(tenant, 'externalContacts', lines.join('\r\n'));
    expect(again.totals.create + again.totals.update + again.totals.error).toBe(0);
  });

  it('refuses text that is not what a CSV file holds: UTF-16 without its mark, NUL bytes', async () => {
    const tenant = await signedInTenant();
    const utf16 = new Uint8Array([...'Name,Phone\r\n'].flatMap((char) => [char.charCodeAt(0), 0]));
    expect(await dryRun(tenant, 'externalContacts', utf16)).toEqual({ ok: false, problem: { problem: 'binary' } });
    const nul = new TextEncoder().encode('Name,Phone\r\nGarage\u0000Roy,613 555-0420');
    expect(await dryRun(tenant, 'externalContacts', nul)).toEqual({ ok: false, problem: { problem: 'binary' } });
  });

  it('reads bytes that are not valid UTF-8 as Windows-1252, never as replacement characters', async () => {
    const tenant = await signedInTenant();
    // "Garage Côté" in Windows-1252, after a valid UTF-8 row: the whole file is Windows-1252.
    const bytes = new Uint8Array([
      ...new TextEncoder().encode('Name,Phone\r\nGarage Roy,613 555-0421\r\nGarage C'),
      0xf4,
      0x74,
      0xe9,
      ...new TextEncoder().encode(',613 555-0422'),
    ]);
    const result = await dryRun(tenant, 'externalContacts', bytes);
    if (!result.ok) throw new Error('refused');
    expect(result.file.encoding).toBe('windows-1252');
    expect(result.plan.rows.map((row) => row.subject.contact?.name)).toEqual(['Garage Roy', 'Garage Côté']);
  });

  it('refuses a huge cell on its own row and reads the others', async () => {
    const tenant = await signedInTenant();
    const text = [
      'Name,Phone number',
      `${'A'.repeat(200_000)},613 555-0430`,
      `Garage Roy,${'6'.repeat(200_000)}`,
      'Garage Côté,613 555-0431',
    ].join('\r\n');
    const plan = await planOf(tenant, 'externalContacts', text);
    expect(fates(plan.rows)).toEqual(['2 error name.tooLong@name', '3 error phone.invalid@phone', '4 create']);
  });

  it('refuses a header row of 10,000 columns that lacks one it needs, naming it', async () => {
    const tenant = await signedInTenant();
    const headers = ['Name', ...Array.from({ length: 10_000 }, (_, index) => `Extra ${index}`)];
    const result = await dryRun(tenant, 'externalContacts', `${headers.join(',')}\r\nGarage Roy`);
    expect(result).toMatchObject({ ok: false, problem: { problem: 'missingColumns', columns: ['phone'] } });
  });

  it('accepts headers in both languages in one file', async () => {
    const tenant = await signedInTenant();
    const group = tenant.rows.groups[0]!;
    const member = tenant.rows.contacts.find((row) => !group.memberIds.includes(row.id))!;
    const plan = await planOf(tenant, 'groupMembers', `Groupe,Member,Phone number\r\n${group.name},,${member.phone}`);
    expect(fates(plan.rows.filter((row) => row.fate !== 'remove'))).toEqual(['2 create']);
  });

  it('never takes an id from the file: ids copied from another tenant match nothing and name nothing', async () => {
    const tenant = await signedInTenant();
    const known = tenant.rows.contacts.find((row) => row.kind === 'external')!;
    const foreignId = '11111111-2222-4333-8444-555555555555';
    const contacts = await planOf(
      tenant,
      'externalContacts',
      `Id,Name,Phone number\r\n${known.id},Garage Roy,613 555-0440\r\n${foreignId},${known.name},${known.phone}`,
    );
    expect(contacts.ignoredColumns).toEqual(['Id']);
    expect(fates(contacts.rows)).toEqual(['2 create', '3 unchanged']);
    expect(contacts.units.flatMap((unit) => unit.intents)).toEqual([
      { name: 'externalContact.create', args: { id: expect.any(String), name: 'Garage Roy', phone: '6135550440' } },
    ]);
    expect(JSON.stringify(contacts.units)).not.toContain(known.id);

    // A group or a member named by another tenant's id instead of a name or number is not found.
    const members = await planOf(tenant, 'groupMembers', `Group,Member\r\n${foreignId},${known.name}`);
    expect(fates(members.rows)).toEqual(['2 error list.notFound@group']);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
