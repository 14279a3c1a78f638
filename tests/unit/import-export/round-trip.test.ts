/**
 * Export → spreadsheet → import: a file exported from the seeded tenant imports back with every
 * row unchanged, in either language and separator; edited cells, and only they, become changes,
 * which then sync to the server like any edit. Cells a spreadsheet would run as formulas are
 * exported neutralised and still round-trip.
 */
import { describe, expect, it } from 'vitest';
import { BULK_TABLES, type BulkTable, type ImportTable, type Language } from '../../../src/domain/bulk/columns';
import { mutate } from '../../../src/db/outbox/append';
import { applyUnits } from '../../../src/features/import-export/apply';
import { runJob } from '../../../src/features/import-export/jobs';
import { packUnits } from '../../../src/features/import-export/packed-plan';
import type { CsvSeparator } from '../../../src/lib/csv/write';
import { SyncEngine } from '../../../src/sync/engine';
import { allTables } from '../../../server/core/rows';
import { signedInTenant, type SignedInTenant } from '../../tenant';

const IMPORTED_AS: Record<BulkTable, ImportTable> = {
  masterList: 'externalContacts',
  externalContacts: 'externalContacts',
  groupMembers: 'groupMembers',
  subListMembers: 'subListMembers',
  scanLists: 'scanLists',
};

async function exported(tenant: SignedInTenant, table: BulkTable, language: Language, separator: CsvSeparator = ',') {
  const { file } = await runJob({ type: 'export', databaseName: tenant.db.name, table, language, separator });
  // Its bytes as they are, byte-order mark included.
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await file.arrayBuffer());
}

async function dryRun(tenant: SignedInTenant, table: ImportTable, text: string) {
  const bytes = new TextEncoder().encode(text);
  const result = await runJob({
    type: 'dryRun',
    databaseName: tenant.db.name,
    table,
    mode: 'exact',
    bytes: bytes.buffer,
  });
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result.problem)}`);
  return result.plan;
}

describe('round trip', () => {
  it.each(BULK_TABLES.flatMap((table) => (['en', 'fr'] as const).map((language) => [table, language] as const)))(
    'an exported %s file (%s) imports back with every row unchanged',
    async (table, language) => {
      const tenant = await signedInTenant();
      const text = await exported(tenant, table, language, language === 'fr' ? ';' : ',');
      const plan = await dryRun(tenant, IMPORTED_AS[table], text);
      expect(plan.rows.length).toBeGreaterThan(0);
      expect(plan.totals).toEqual({ create: 0, update: 0, unchanged: plan.rows.length, remove: 0, error: 0 });
      expect(plan.units).toEqual([]);
    },
  );

  it('shows only the edited rows as changes, and applying them syncs exactly those', async () => {
    const tenant = await signedInTenant();
    // A spreadsheet user renames a contact, moves a scan entry to Priority 1 and takes a member out of a group.
    const contacts = (await exported(tenant, 'externalContacts', 'fr', ';')).replace(
      'Jérôme Cloutier;',
      'Jérôme Cloutier (chantier);',
    );
    const scans = (await exported(tenant, 'scanLists', 'en')).replace(
      'Benoît St-Pierre,(905) 631-5973,Transport Gaspésie,Priority 2,On',
      'Benoît St-Pierre,(905) 631-5973,Transport Gaspésie,Priority 1,On',
    );
    const groups = (await exported(tenant, 'groupMembers', 'en')).replace(
      'Gestion Toronto,Hannah McKenzie,(418) 649-4266\r\n',
      '',
    );

    const plans = [
      await dryRun(tenant, 'externalContacts', contacts),
      await dryRun(tenant, 'scanLists', scans),
      await dryRun(tenant, 'groupMembers', groups),
    ];
    const changed = plans.map((plan) => plan.rows.filter((row) => row.fate !== 'unchanged'));
    expect(changed.map((rows) => rows.map((row) => [row.fate, row.changes, row.subject.contact?.name]))).toEqual([
      [
        [
          'update',
          [{ field: 'name', before: 'Jérôme Cloutier', after: 'Jérôme Cloutier (chantier)' }],
          'Jérôme Cloutier (chantier)',
        ],
      ],
      [['update', [{ field: 'priority', before: 'p2', after: 'p1' }], 'Benoît St-Pierre']],
      [['remove', [], 'Hannah McKenzie']],
    ]);

    for (const plan of plans) {
      const report = await applyUnits(tenant.db, packUnits(plan.units));
      expect(report).toMatchObject({ refused: [], stopped: null });
    }
    tenant.backend.faults.setOffline(false);
    await expect(new SyncEngine({ db: tenant.db, token: tenant.session.token }).syncUntilDone()).resolves.toBe('done');
    const server = await tenant.backend.server.read(tenant.session.tenant.id, allTables);
    const byName = (name: string) => server.contacts.find((contact) => contact.name === name);
    expect(byName('Jérôme Cloutier (chantier)')?.phone).toBe('5069540440');
    expect(byName('Benoît St-Pierre')).toMatchObject({ scanList: [{ priority: 'p1' }] });
    const toronto = server.groups.find((group) => group.name === 'Gestion Toronto')!;
    expect(toronto.memberIds).not.toContain(byName('Hannah McKenzie')!.id);
    expect(toronto.memberIds).toHaveLength(1);
  });

  it('neutralises cells a spreadsheet would run as formulas, and reads them back as they were', async () => {
    const tenant = await signedInTenant();
    const names = ['=HYPERLINK("http://x.co","y")', '+1 Dispatch', '-Night crew', '@Home'];
    for (const [index, name] of names.entries()) {
      await mutate(tenant.db, {
        name: 'externalContact.create',
        args: { id: `hostile-${index}`, name, phone: `613555020${index}` },
      });
    }
    const text = await exported(tenant, 'externalContacts', 'en');
    expect(text).toContain(`"'=HYPERLINK(""http://x.co"",""y"")",(613) 555-0200`);
    for (const name of names.slice(1)) expect(text).toContain(`"'${name}",`);
    const plan = await dryRun(tenant, 'externalContacts', text);
    expect(plan.totals.unchanged).toBe(plan.rows.length);
  });
});
