/**
 * The Activity section on the real mock back-end: sentences in both languages from real
 * entries, offline reading, this device's waiting edits on top and replaced by the
 * server's once synced, the filters and search, and a row's History with its link.
 */
import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderApp } from '../../../tests/render';
import { signedInTenant } from '../../../tests/tenant';
import { mutate } from '../../db/outbox/append';
import { SyncEngine } from '../../sync/engine';
import type { Subscriber } from '../../domain/model';

async function tenantWithActivity() {
  const tenant = await signedInTenant('small-business', { online: true });
  const [group, second] = tenant.rows.groups;
  const other = tenant.backend.otherAdmin(tenant.session.tenant.id);
  await other.renameGroup(group!.id, 'Équipe Delta');
  const subscriber = tenant.rows.contacts.find(
    (contact): contact is Subscriber => contact.kind === 'subscriber' && !second!.memberIds.includes(contact.id),
  )!;
  await other.addMember(second!.id, subscriber.id);
  await other.deleteGroup(group!.id);
  await new SyncEngine({ db: tenant.db, token: tenant.session.token }).syncUntilDone();
  tenant.backend.faults.setOffline(true);
  return { ...tenant, group: group!, second: second!, subscriber };
}

/** The first look at a freshly rendered page waits for its lazily loaded code (a shared test machine is slow). */
const LOADED = { timeout: 5_000 };

const entries = () => within(screen.getByRole('list', { name: 'Activity' })).queryAllByRole('listitem');

describe('the Activity section', () => {
  it('reads the server’s entries offline, newest first, in plain sentences in both languages', async () => {
    const { session, second } = await tenantWithActivity();
    const { unmount } = renderApp({ url: '/activity', session });
    const list = await screen.findByRole('list', { name: 'Activity' }, LOADED);
    const items = await within(list).findAllByRole('listitem');
    expect(items.map((item) => item.querySelector('p')?.textContent)).toEqual([
      'Marie Dubé deleted the group “Équipe Delta”.',
      `Marie Dubé added 1 member to “${second.name}”.`,
      'Marie Dubé renamed the group “Équipe Delta”.',
    ]);
    expect(items[2]).toHaveTextContent(/Name: .+ → Équipe Delta/);
    unmount();

    renderApp({ url: '/activity', session, locale: 'fr-CA' });
    expect(
      await screen.findByText('Marie Dubé a supprimé le groupe « Équipe Delta ».', {}, LOADED),
    ).toBeInTheDocument();
    expect(screen.getByText(`Marie Dubé a ajouté 1 membre à « ${second.name} ».`)).toBeInTheDocument();
  });

  it('shows this device’s waiting edits on top, then the server’s entry once synced', async () => {
    const { session, db, second, backend } = await tenantWithActivity();
    await mutate(db, { name: 'group.rename', args: { id: second.id, name: 'Transport Gaspésie' } });
    renderApp({ url: '/activity', session });
    const first = (
      await within(await screen.findByRole('list', { name: 'Activity' }, LOADED)).findAllByRole('listitem')
    )[0]!;
    expect(first).toHaveTextContent('You renamed the group “Transport Gaspésie”.');
    expect(first).toHaveTextContent('Waiting to sync');

    backend.faults.setOffline(false);
    await new SyncEngine({ db, token: session.token }).syncUntilDone();
    await screen.findByText(
      (_, element) =>
        element?.tagName === 'LI' &&
        !/Waiting/.test(element.textContent ?? '') &&
        /You renamed the group “Transport Gaspésie”/.test(element.textContent ?? ''),
    );
    expect(screen.getAllByText('You renamed the group “Transport Gaspésie”.')).toHaveLength(1);
    expect(screen.queryByText('Waiting to sync')).not.toBeInTheDocument();
  });

  it('filters by person, kind and date, and searches by a name', async () => {
    const { session, db, second } = await tenantWithActivity();
    await mutate(db, { name: 'subList.create', args: { id: 's-new', name: 'Relève', memberIds: [] } });
    const { user } = renderApp({ url: '/activity', session });
    await screen.findByText('You created the sub-list “Relève” with 0 members.', {}, LOADED);

    await user.selectOptions(screen.getByLabelText('Kind of change'), 'Sub-lists');
    expect(entries()).toHaveLength(1);
    await user.selectOptions(screen.getByLabelText('Kind of change'), 'All changes');
    await user.selectOptions(screen.getByLabelText('Person'), 'Marie Dubé');
    expect(entries()).toHaveLength(3);
    await user.type(screen.getByLabelText('Search by name'), second.name.slice(0, 4).toUpperCase());
    expect(entries()).toHaveLength(1);
    await user.clear(screen.getByLabelText('Search by name'));
    await user.type(screen.getByLabelText('From'), '2001-01-01');
    await user.type(screen.getByLabelText('To'), '2001-01-02');
    expect(entries()).toHaveLength(0);
    expect(screen.getByText('No activity matches these filters.')).toBeInTheDocument();
  });

  it('shows a group’s History on its page, with a link to its full history', async () => {
    const { session, second } = await tenantWithActivity();
    const { user } = renderApp({ url: `/groups/${second.id}`, session });
    const history = await screen.findByRole('region', { name: 'History' }, LOADED);
    expect(await within(history).findByText(`Marie Dubé added 1 member to “${second.name}”.`)).toBeInTheDocument();
    await user.click(within(history).getByRole('link', { name: 'See the full history' }));
    expect(await screen.findByText('Showing one row’s history.')).toBeInTheDocument();
    expect(await screen.findByText('Showing 1 of 1 change')).toBeInTheDocument();
    expect(entries()).toHaveLength(1);
  });
});
