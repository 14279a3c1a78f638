/**
 * Older pages: a server log longer than the device keeps (1,050 entries over three months:
 * the device's first fetch stops at the newest 1,000, all older than 30 days). The page reads
 * what is held offline, loads older pages narrowed by the filters when online, says in the
 * user's language when it cannot, and when none are left.
 */
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { appendServerActivity, renamedList, switchedMessaging } from '../../../tests/activity';
import { renderApp } from '../../../tests/render';
import { signedInTenant } from '../../../tests/tenant';
import type { Subscriber } from '../../domain/model';
import { SyncEngine } from '../../sync/engine';

const DAY_MS = 24 * 60 * 60 * 1000;
/** The entries that rename a sub-list; every other one switches a subscriber's messaging. */
const RENAMES = [5, 20, 1045];

async function tenantWithLongHistory() {
  const tenant = await signedInTenant('small-business', { online: true });
  const list = tenant.rows.subLists[0]!;
  const subscriber = tenant.rows.contacts.find((contact): contact is Subscriber => contact.kind === 'subscriber')!;
  const start = Date.now() - 90 * DAY_MS;
  await appendServerActivity(
    tenant,
    Array.from({ length: 1_050 }, (_, index) => {
      const n = index + 1;
      const at = start + n * 60_000;
      return RENAMES.includes(n) ? renamedList(list, n, at) : switchedMessaging(subscriber, n, at);
    }),
  );
  await new SyncEngine({ db: tenant.db, token: tenant.session.token }).syncUntilDone();
  expect(await tenant.db.activity.count()).toBe(1_000);
  return tenant;
}

const sentences = () =>
  within(screen.getByRole('list', { name: /^(Activity|Activité)$/ }))
    .queryAllByRole('listitem')
    .map((item) => item.querySelector('p')?.textContent?.replace(/\s+/g, ' '));

describe('older activity', () => {
  it('loads from the server, narrowed by the filters, until none are left', async () => {
    const { session } = await tenantWithLongHistory();
    const { user } = renderApp({ url: '/activity', session });
    await screen.findByText('Showing 100 of 1,000 changes', {}, { timeout: 10_000 });
    await user.selectOptions(screen.getByLabelText('Kind of change'), 'Sub-lists');
    expect(sentences()).toEqual(['Marie Dubé renamed the sub-list “Liste 1045”.']);

    await user.click(screen.getByRole('button', { name: 'Load older changes from the server' }));
    await screen.findByText('No older changes: the server keeps nothing before these.');
    expect(sentences()).toEqual([
      'Marie Dubé renamed the sub-list “Liste 1045”.',
      'Marie Dubé renamed the sub-list “Liste 20”.',
      'Marie Dubé renamed the sub-list “Liste 5”.',
    ]);
    expect(screen.queryByRole('button', { name: /Load older/ })).not.toBeInTheDocument();

    // Another filter starts over: the older pages read for sub-lists are not messaging changes.
    await user.selectOptions(screen.getByLabelText('Kind of change'), 'Messaging');
    expect(screen.getByText('Showing 100 of 999 changes')).toBeInTheDocument();
    expect(screen.queryByText(/No older changes/)).not.toBeInTheDocument();
  });

  it('says plainly, in French, that older changes cannot load offline, and loads them once back online', async () => {
    const { session, backend } = await tenantWithLongHistory();
    backend.faults.setOffline(true);
    const { user } = renderApp({ url: '/activity', session, locale: 'fr-CA' });
    await screen.findByText('Affichage : 100 sur 1 000 changements', {}, { timeout: 5_000 });
    await user.selectOptions(screen.getByLabelText('Type de changement'), 'Sous-listes');
    // Said before anyone asks: the app's own sync has found the network cut.
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Les changements plus anciens sont conservés sur le serveur seulement et ne peuvent pas être chargés hors ligne.',
    );
    expect(sentences()).toEqual(['Marie Dubé a renommé la sous-liste en « Liste 1045 ».']);

    backend.faults.setOffline(false);
    await user.click(screen.getByRole('button', { name: 'Réessayer' }));
    await screen.findByText('Aucun changement plus ancien : le serveur ne conserve rien avant ceux-ci.');
    expect(sentences()).toHaveLength(3);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says so when the server fails, and keeps what the device holds', async () => {
    const { session, backend } = await tenantWithLongHistory();
    backend.faults.setErrorRate(1);
    const { user } = renderApp({ url: '/activity', session });
    await screen.findByText('Showing 100 of 1,000 changes', {}, { timeout: 10_000 });
    await user.selectOptions(screen.getByLabelText('Kind of change'), 'Sub-lists');
    await user.click(screen.getByRole('button', { name: 'Load older changes from the server' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Older changes could not be loaded. Try again in a moment.',
    );
    expect(sentences()).toEqual(['Marie Dubé renamed the sub-list “Liste 1045”.']);
  });
});
