import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../../tests/render';
import { signedInTenant } from '../../../tests/tenant';
import { SyncEngine } from '../../sync/engine';

/** A hand-made group file with a mistake of each kind, as a user would type it. */
const GROUP_FILE = [
  'Groupe;Membre;Numéro de téléphone',
  'Répartition Est;Aroha Émond;647 375-4002',
  'Répartition Est;Jérôme Cloutier;',
  'Équipe fantôme;Wei Wright;',
  'Répartition Est;;555-0142',
  'Répartition Est;Wei Wright;(450) 400-3291',
  'Répartition Est;Jérôme Cloutier;506 954-0440',
].join('\r\n');

const WORDS = {
  'en-CA': {
    page: 'Import / Export',
    what: 'What to import',
    table: 'Group members',
    file: 'CSV file',
    title: 'Preview of equipes.csv',
    errors: '5 in error',
    rows: 'What each row will do',
    notFound: 'Groupe: there is no group by this name. Create it first, then import again.',
    phone: 'Numéro de téléphone: this is not a 10-digit North American phone number.',
    mismatch: 'Membre: this number is Quincaillerie Smith’s, not this name’s. Check the number.',
    duplicate: 'The same as row 3, which is kept.',
    skip: 'Leave out the 5 rows in error and import the others',
    apply: 'Import 1 change',
    finished: 'Import finished',
    saved: 'Changes saved on this device: 1 of 1.',
    errorColumn: 'Error',
    outcome: '0 applied, 1 sent to Sync issues.',
    openIssues: 'Open Sync issues',
    tooLarge: 'huge.csv is 21 MB, more than the 20 MB an import reads. Split it into smaller files.',
  },
  'fr-CA': {
    page: 'Importer / Exporter',
    what: 'Données à importer',
    table: 'Membres des groupes',
    file: 'Fichier CSV',
    title: 'Aperçu de equipes.csv',
    errors: '5 en erreur',
    rows: 'Ce que fera chaque ligne',
    notFound: 'Groupe\u00a0: aucun groupe ne porte ce nom. Créez-le d’abord, puis importez de nouveau.',
    phone: 'Numéro de téléphone\u00a0: ce n’est pas un numéro de téléphone nord-américain à 10 chiffres.',
    mismatch: 'Membre\u00a0: ce numéro est celui de Quincaillerie Smith, pas celui de ce nom. Vérifiez le numéro.',
    duplicate: 'Identique à la ligne 3, qui est conservée.',
    skip: 'Laisser de côté les 5 lignes en erreur et importer les autres',
    apply: 'Importer 1 changement',
    finished: 'Importation terminée',
    saved: 'Changements enregistrés sur cet appareil\u00a0: 1 sur 1.',
    errorColumn: 'Erreur',
    outcome: '0 appliqué, 1 envoyé aux problèmes de synchronisation.',
    openIssues: 'Voir les problèmes de synchronisation',
    tooLarge:
      'huge.csv fait 21\u00a0Mo, plus que les 20\u00a0Mo qu’une importation peut lire. Divisez-le en fichiers plus petits.',
  },
} as const;

/** Text as toHaveTextContent compares it: every run of white space, the non-breaking one too, is one space. */
const shown = (text: string) => text.replace(/\s+/g, ' ');

describe.each(['en-CA', 'fr-CA'] as const)('importing group members (%s)', (locale) => {
  const words = WORDS[locale];

  it('previews every row with its reason, row and column, writes nothing until confirmed, then saves the valid rows', async () => {
    const tenant = await signedInTenant();
    const { user } = renderApp({ url: '/import-export', locale, session: tenant.session });
    await screen.findByRole('heading', { name: words.page, level: 1 });
    await user.click(within(screen.getByRole('group', { name: words.what })).getByRole('radio', { name: words.table }));
    await user.upload(screen.getByLabelText(words.file), new File([GROUP_FILE], 'equipes.csv', { type: 'text/csv' }));

    // The preview announces itself: its heading takes the focus once painted.
    const title = await screen.findByRole('heading', { name: words.title });
    await waitFor(() => expect(title).toHaveFocus());
    await user.click(screen.getByRole('button', { name: words.errors }));
    const table = screen.getByRole('table', { name: words.rows });
    const rowOf = (line: number) =>
      within(table)
        .getAllByRole('row')
        .find((row) => within(row).queryAllByRole('cell')[0]?.textContent === String(line))!;
    expect(rowOf(4)).toHaveTextContent(shown(words.notFound));
    expect(rowOf(5)).toHaveTextContent(shown(words.phone));
    expect(rowOf(6)).toHaveTextContent(shown(words.mismatch));
    expect(rowOf(7)).toHaveTextContent(shown(words.duplicate));
    expect(await tenant.db.outbox.count()).toBe(0);

    // The rows in error download as a CSV with the file's own columns and one saying why.
    let saved: Blob | undefined;
    URL.createObjectURL = vi.fn((blob: Blob) => {
      saved = blob;
      return 'blob:errors';
    });
    URL.revokeObjectURL = vi.fn();
    await user.click(screen.getByRole('button', { name: /CSV\)$/ }));
    const errors = (await saved!.text()).split('\r\n');
    expect(errors[0]).toBe(`Groupe;Membre;Numéro de téléphone;${words.errorColumn}`);
    expect(errors[1]).toBe(`Équipe fantôme;Wei Wright;;${words.notFound}`);
    expect(errors).toHaveLength(6);

    const apply = screen.getByRole('button', { name: words.apply });
    expect(apply).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: words.skip }));
    await user.click(apply);
    await screen.findByRole('heading', { name: words.finished });
    expect(screen.getByText(shown(words.saved))).toBeInTheDocument();
    const [entry] = await tenant.db.outbox.toArray();
    expect(entry?.intent).toMatchObject({ name: 'group.addMembers', args: { memberIds: [expect.any(String)] } });

    // Meanwhile another administrator deletes the group: once synced, the summary sends the change to Sync issues.
    const group = tenant.rows.groups.find((row) => row.name === 'Répartition Est')!;
    await tenant.backend.otherAdmin(tenant.session.tenant.id).deleteGroup(group.id);
    tenant.backend.faults.setOffline(false);
    await new SyncEngine({ db: tenant.db, token: tenant.session.token }).syncUntilDone();
    expect(await screen.findByText(shown(words.outcome), {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: words.openIssues })).toHaveAttribute('href', '/sync-issues');
  });

  it('refuses a file too large to be one of ours before reading it, and says how large', async () => {
    const tenant = await signedInTenant();
    const { user } = renderApp({ url: '/import-export', locale, session: tenant.session });
    await screen.findByRole('heading', { name: words.page, level: 1 });
    const huge = new File([new Uint8Array(20_500_000).fill(0x41)], 'huge.csv', { type: 'text/csv' });
    const read = vi.spyOn(huge, 'arrayBuffer');
    await user.upload(screen.getByLabelText(words.file), huge);
    expect(await screen.findByRole('alert')).toHaveTextContent(shown(words.tooLarge));
    expect(read).not.toHaveBeenCalled();
    expect(await tenant.db.outbox.count()).toBe(0);
  });
});

describe('export', () => {
  it('from the master list keeps to its search, in the user’s language, with the separator chosen', async () => {
    const tenant = await signedInTenant();
    const { user } = renderApp({ url: '/master-list', locale: 'fr-CA', session: tenant.session });
    await user.type(await screen.findByRole('searchbox'), 'gagnon');
    await user.click(screen.getByRole('link', { name: 'Exporter en CSV' }));
    const only = await screen.findByRole('checkbox', {
      name: 'Seulement ce qu’affiche la liste maîtresse\u00a0: tous les contacts correspondant à «\u00a0gagnon\u00a0»',
    });
    expect(only).toBeChecked();
    await user.click(
      screen.getByRole('radio', { name: 'Point-virgule (;), comme l’attendent les tableurs en français' }),
    );

    let saved: Blob | undefined;
    URL.createObjectURL = vi.fn((blob: Blob) => {
      saved = blob;
      return 'blob:export';
    });
    URL.revokeObjectURL = vi.fn();
    await user.click(screen.getByRole('button', { name: 'Télécharger le fichier CSV' }));
    await screen.findByText(/^liste-maitresse-\d{4}-\d{2}-\d{2}\.csv est téléchargé\s: 2 lignes\.$/);
    // A byte-order mark first, so a spreadsheet reads the accents as UTF-8 (text() reads past it).
    expect([...new Uint8Array(await saved!.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(await saved!.text()).toBe(
      'Nom;Numéro de téléphone;Type\r\n' +
        'Élodie Gagnon;579 879-7675;Abonné\r\n' +
        'Louis-Philippe Gagnon;514 769-9850;Abonné\r\n',
    );
  });
});
