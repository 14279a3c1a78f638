/**
 * The Demo panel's "Restore the server from an earlier backup", through the real mock back-end:
 * the server goes back (its activity log too), the app notices, loads the data again, sends the
 * edits the backup lacks and says so — in both languages.
 */
import { describe, expect, it, onTestFinished } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../../tests/render';
import { signedInTenant } from '../../../tests/tenant';
import { mutate } from '../../db/outbox/append';
import type { ActivityEntry } from '../../domain/activity';
import { useDemoStore, type DemoHooks } from '../../lib/demo';
import { SyncEngine } from '../../sync/engine';

// Two cores shared by several suites: give the sync time.
configure({ asyncUtilTimeout: 10_000 });

const WORDS = {
  'en-CA': {
    open: 'Demo',
    restore: 'Restore the server from an earlier backup',
    title: 'Restore the server from an earlier backup?',
    howFar: 'Backup taken',
    twenty: '20 changes ago',
    close: 'Close',
    done: 'The server went back 3 changes.',
    notice:
      'The server was restored from an earlier backup. This device loaded the data again and sent again 3 edits of yours that the backup lacked.',
    dismiss: 'Dismiss',
  },
  'fr-CA': {
    open: 'Démo',
    restore: 'Restaurer le serveur à partir d’une sauvegarde antérieure',
    title: 'Restaurer le serveur à partir d’une sauvegarde antérieure?',
    howFar: 'Sauvegarde prise',
    twenty: '20 modifications plus tôt',
    close: 'Fermer',
    done: 'Le serveur est revenu 3 modifications en arrière.',
    notice:
      'Le serveur a été restauré à partir d’une sauvegarde antérieure. Cet appareil a chargé les données de nouveau et a renvoyé 3 modifications qui manquaient à la sauvegarde.',
    dismiss: 'Fermer',
  },
} as const;

describe.each(Object.entries(WORDS))('Restore the server from an earlier backup (%s)', (locale, words) => {
  it('the server goes back; the app loads the data again, sends the 3 edits the backup lacks, and says so', async () => {
    const { session, db, rows, backend } = await signedInTenant('small-business', { online: true });
    const demo: DemoHooks = {
      faults: backend.faults,
      otherAdmin: (tenantId) => backend.otherAdmin(tenantId),
      disasters: backend.disasters,
      resetDemoData: async () => {},
    };
    useDemoStore.setState({ demo });
    onTestFinished(() => useDemoStore.setState({ demo: null }));
    // Three renames the server acknowledged: the last three changes of its history.
    const renamed = rows.groups.slice(0, 3).map((group, index) => ({ ...group, name: `Équipe ${index + 1}` }));
    for (const { id, name } of renamed) await mutate(db, { name: 'group.rename', args: { id, name } });
    expect(await new SyncEngine({ db, token: session.token }).syncUntilDone()).toBe('done');
    const serverNames = async () =>
      (
        await backend.server.read(session.tenant.id, (tx) => Promise.all(renamed.map(({ id }) => tx.get('groups', id))))
      ).map((group) => group?.name);

    const { user } = renderApp({ url: '/groups', session, locale: locale as keyof typeof WORDS });
    await user.click(await screen.findByRole('button', { name: words.open }));
    const panel = await screen.findByRole('dialog');
    await user.selectOptions(within(panel).getByRole('combobox', { name: words.howFar }), words.twenty);
    await user.click(within(panel).getByRole('button', { name: words.restore }));
    await user.click(
      within(await screen.findByRole('alertdialog', { name: words.title })).getByRole('button', { name: 'OK' }),
    );

    expect(await within(panel).findByText(words.done)).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: words.close }));
    const notice = await screen.findByText(words.notice, { exact: false });
    await waitFor(async () => expect(await serverNames()).toEqual(renamed.map(({ name }) => name)));
    for (const { name } of renamed) expect(await screen.findByRole('link', { name })).toBeInTheDocument();
    // The activity log went back with the rest, as a real database's would: each rename is in it
    // once — the edit sent again — on the server and on the device.
    const renames = (entries: ActivityEntry[]) =>
      entries.filter((entry) => entry.intent.name === 'group.rename').map((entry) => entry.rows[0]?.name);
    const logged = await backend.server.read(session.tenant.id, (tx) => tx.activity({ limit: 1_000 }));
    expect(renames(logged).sort()).toEqual(renamed.map(({ name }) => name).sort());
    await waitFor(async () => expect(renames(await db.activity.toArray()).sort()).toEqual(renames(logged).sort()));

    await user.click(within(notice).getByRole('button', { name: words.dismiss }));
    await waitFor(() => expect(screen.queryByText(words.notice, { exact: false })).not.toBeInTheDocument());
  });
});
