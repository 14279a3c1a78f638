/**
 * The Activity export, offline, from what the device holds: the entries the filters keep,
 * headers and words in the user's language, the separator chosen, a byte-order mark, a
 * hostile author's name neutralized, this device's waiting edits marked as waiting.
 */
import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { appendServerActivity, renamedList } from '../../../tests/activity';
import { renderApp } from '../../../tests/render';
import { signedInTenant } from '../../../tests/tenant';
import { mutate } from '../../db/outbox/append';
import { SyncEngine } from '../../sync/engine';

/** Three edits by Marie Dubé and one by an account whose name a spreadsheet would run; synced, then offline. */
async function tenantWithActivity() {
  const tenant = await signedInTenant('small-business', { online: true });
  const [group, second] = tenant.rows.groups;
  const other = tenant.backend.otherAdmin(tenant.session.tenant.id);
  await other.renameGroup(group!.id, 'Équipe Delta');
  await other.renameGroup(second!.id, 'Équipe Écho');
  const hostile = { accountId: 'hostile', name: '=HYPERLINK("http://x")', role: 'supervisor' as const };
  await appendServerActivity(tenant, [renamedList(tenant.rows.subLists[0]!, 7, Date.now(), hostile)]);
  await new SyncEngine({ db: tenant.db, token: tenant.session.token }).syncUntilDone();
  tenant.backend.faults.setOffline(true);
  await mutate(tenant.db, { name: 'subList.create', args: { id: 's-new', name: 'Relève', memberIds: [] } });
  return tenant;
}

/** The file handed to the browser's downloads. */
function captureDownload(): () => Blob {
  let saved: Blob | undefined;
  URL.createObjectURL = vi.fn((blob: Blob) => {
    saved = blob;
    return 'blob:activity';
  });
  URL.revokeObjectURL = vi.fn();
  return () => saved!;
}

const DATE_TIME = String.raw`\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}`;

describe('exporting the activity', () => {
  it('writes what the filters keep, in French with semicolons, offline', async () => {
    const { session } = await tenantWithActivity();
    const { user } = renderApp({ url: '/activity', session, locale: 'fr-CA' });
    await screen.findByText('Affichage : 4 sur 4 changements', {}, { timeout: 5_000 });
    await user.selectOptions(screen.getByLabelText('Type de changement'), 'Groupes');
    await user.selectOptions(
      screen.getByLabelText('Séparateur'),
      'Point-virgule (;), comme l’attendent les tableurs en français',
    );
    const saved = captureDownload();
    await user.click(screen.getByRole('button', { name: 'Exporter ces changements (CSV)' }));
    expect(await screen.findByText(/^activite-\d{4}-\d{2}-\d{2}\.csv téléchargé\s: 2 changements\.$/)).toBeVisible();

    expect([...new Uint8Array(await saved().arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = (await saved().text()).split('\r\n');
    expect(lines[0]).toBe('Date et heure;Personne;Rôle;Type de changement;Changement;Détails;État;Numéro d’entrée');
    expect(lines[1]).toMatch(
      new RegExp(
        `^${DATE_TIME};Marie Dubé;Administrateur;Groupes;Marie Dubé a renommé le groupe en «\u00a0Équipe Écho\u00a0»\\.;Nom\u00a0: .+ → Équipe Écho;Enregistré par le serveur;2$`,
      ),
    );
    expect(lines[2]).toMatch(new RegExp(`^${DATE_TIME};Marie Dubé;.+ → Équipe Delta;Enregistré par le serveur;1$`));
    expect(lines.slice(3)).toEqual(['']);
  });

  it('neutralizes a cell a spreadsheet would run, and marks the waiting edits, in English with commas', async () => {
    const { session } = await tenantWithActivity();
    const { user } = renderApp({ url: '/activity', session });
    await screen.findByText('Showing 4 of 4 changes', {}, { timeout: 5_000 });
    const saved = captureDownload();
    await user.click(screen.getByRole('button', { name: 'Export these changes (CSV)' }));
    await screen.findByText(/^activity-\d{4}-\d{2}-\d{2}\.csv downloaded: 4 changes\.$/);
    const lines = (await saved().text()).split('\r\n');
    expect(lines[0]).toBe('Date and time,Person,Role,Kind of change,Change,Details,Status,Entry number');
    expect(lines[1]).toMatch(
      new RegExp(
        `^${DATE_TIME},You,Administrator,Sub-lists,You created the sub-list “Relève” with 0 members\\.,,Waiting to sync,$`,
      ),
    );
    // The author's name starts with "=": written with an apostrophe (and quoted, for its own quotes).
    expect(lines[2]).toMatch(
      new RegExp(
        `^${DATE_TIME},"'=HYPERLINK\\(""http://x""\\)",Supervisor,Sub-lists,"'=HYPERLINK\\(""http://x""\\) renamed the sub-list “Liste 7”\\.",Name: .+ → Liste 7,Recorded by the server,3$`,
      ),
    );
    expect(lines[3]).toContain(`,Marie Dubé,Administrator,Groups,Marie Dubé renamed the group “Équipe Écho”.,`);
  });
});
