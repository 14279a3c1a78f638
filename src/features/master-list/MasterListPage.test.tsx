import { beforeEach, describe, expect, it } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../../tests/render';
import { signedInTenant } from '../../../tests/tenant';
import type { Contact } from '../../domain/model';
import { formatPhone } from '../../domain/rules';
import { useMasterListView } from './view-store';

// Pages load lazily, and the machine is shared: allow them time to arrive.
configure({ asyncUtilTimeout: 5_000 });

// The search is remembered while the app runs; each test starts as after a fresh start.
beforeEach(() => useMasterListView.setState({ databaseName: null }));

const byName = (a: Contact, b: Contact) => (a.sortKey < b.sortKey ? -1 : 1);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function openMasterList(locale: 'en-CA' | 'fr-CA' = 'en-CA') {
  const tenant = await signedInTenant();
  const view = renderApp({ url: '/master-list', session: tenant.session, locale });
  const list = await screen.findByRole('listbox', { name: locale === 'en-CA' ? 'Contacts' : 'Contacts' });
  await waitFor(() => expect(within(list).getAllByRole('option')).toHaveLength(tenant.rows.contacts.length));
  return { ...tenant, ...view, list };
}

const optionNames = (list: HTMLElement) =>
  within(list)
    .getAllByRole('option')
    .map((option) => option.textContent);

describe('Manage Master List', () => {
  it('lists every contact by name, accents sorted with their plain letter, with the number formatted', async () => {
    const { list, rows } = await openMasterList();
    const sorted = [...rows.contacts].sort(byName);
    const shown = within(list).getAllByRole('option');
    expect(shown.map((option) => option.textContent?.startsWith(sorted[shown.indexOf(option)]!.name))).not.toContain(
      false,
    );
    // "Élodie" sorts among the E's, not after Z.
    const names = shown.map((option) => sorted.find((c) => option.textContent?.startsWith(c.name))!.name);
    const elodie = names.findIndex((name) => name.startsWith('Él'));
    expect(elodie).toBeGreaterThan(-1);
    expect(names[elodie - 1]!.localeCompare(names[elodie]!, 'fr')).toBeLessThan(0);
    expect(names[elodie + 1]!.localeCompare(names[elodie]!, 'fr')).toBeGreaterThan(0);
    const first = sorted[0]!;
    expect(shown[0]).toHaveTextContent(formatPhone(first.phone, 'en-CA'));
    expect(shown[0]).toHaveTextContent(/^\D*\(\d{3}\) \d{3}-\d{4}/);
    expect(await screen.findByText(`${rows.contacts.length} contacts`)).toBeInTheDocument();
  });

  it('marks external contacts, and only them, with the External contact icon', async () => {
    const { list, rows } = await openMasterList();
    const external = rows.contacts.filter((c) => c.kind === 'external');
    expect(within(list).getAllByRole('img', { name: 'External contact' })).toHaveLength(external.length);
    for (const contact of external) {
      const option = within(list).getByRole('option', { name: new RegExp(contact.name) });
      expect(within(option).getByRole('img', { name: 'External contact' })).toBeInTheDocument();
    }
    const subscriber = rows.contacts.find((c) => c.kind === 'subscriber')!;
    const option = within(list).getByRole('option', { name: new RegExp(subscriber.name) });
    expect(within(option).queryByRole('img')).not.toBeInTheDocument();
  });

  it('finds contacts by name without case or accents, and by number however it is typed', async () => {
    const { list, rows, user } = await openMasterList();
    const search = screen.getByRole('searchbox', { name: 'Search' });
    const accented = rows.contacts.find((c) => /[éèêëàâîïôûç]/i.test(c.name))!;
    const plain = accented.name.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();
    await user.type(search, plain);
    await waitFor(() => expect(optionNames(list)).toHaveLength(1));
    expect(within(list).getByRole('option')).toHaveTextContent(accented.name);
    expect(screen.getByText(`Showing 1 of ${rows.contacts.length} contacts`)).toBeInTheDocument();

    const target = rows.contacts[4]!;
    const [area, exchange, line] = [target.phone.slice(0, 3), target.phone.slice(3, 6), target.phone.slice(6)];
    for (const typed of [`(${area}) ${exchange}-${line}`, `+1 ${area} ${exchange} ${line}`, `${exchange}-${line}`]) {
      await user.clear(search);
      await user.type(search, typed);
      await waitFor(() => expect(optionNames(list)).toEqual([expect.stringContaining(target.name)]));
    }
  });

  it('narrows the list word by word, in any order', async () => {
    const { list, rows, user } = await openMasterList();
    const target = rows.contacts.find((c) => c.kind === 'subscriber' && c.name.split(' ').length === 2)!;
    const [first, last] = target.name.split(' ') as [string, string];
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), `${last.slice(0, 4)} ${first.slice(0, 3)}`);
    await waitFor(() => expect(optionNames(list).some((name) => name?.startsWith(target.name))).toBe(true));
    expect(optionNames(list).length).toBeLessThan(rows.contacts.length);
  });

  it('filters by kind', async () => {
    const { list, rows, user } = await openMasterList();
    await user.click(screen.getByRole('radio', { name: 'External contacts' }));
    const external = rows.contacts.filter((c) => c.kind === 'external');
    await waitFor(() => expect(optionNames(list)).toHaveLength(external.length));
    expect(within(list).getAllByRole('img', { name: 'External contact' })).toHaveLength(external.length);
    await user.click(screen.getByRole('radio', { name: 'Subscribers' }));
    await waitFor(() => expect(optionNames(list)).toHaveLength(rows.contacts.length - external.length));
    expect(within(list).queryByRole('img', { name: 'External contact' })).not.toBeInTheDocument();
  });

  it('explains a search that finds nothing, and offers a way back', async () => {
    const { rows, user } = await openMasterList();
    const search = screen.getByRole('searchbox', { name: 'Search' });
    await user.click(screen.getByRole('radio', { name: 'External contacts' }));
    const subscriber = rows.contacts.find((c) => c.kind === 'subscriber')!;
    await user.type(search, subscriber.name);
    expect(
      await screen.findByRole('heading', { name: `No external contact matches “${subscriber.name}”.` }),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Search all contacts' }));
    const list = await screen.findByRole('listbox', { name: 'Contacts' });
    expect(within(list).getByRole('option', { name: new RegExp(subscriber.name) })).toBeInTheDocument();

    await user.clear(search);
    await user.type(search, 'zzqx');
    expect(await screen.findByRole('heading', { name: 'No contact matches “zzqx”.' })).toBeInTheDocument();
    expect(screen.getByText(/search by phone number/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Clear the search' }));
    expect(search).toHaveValue('');
    await waitFor(() => expect(optionNames(screen.getByRole('listbox'))).toHaveLength(rows.contacts.length));
  });

  it('says so when the company has no contacts yet', async () => {
    const { session, db } = await signedInTenant();
    await db.contacts.clear();
    renderApp({ url: '/master-list', session });
    expect(await screen.findByRole('heading', { name: 'No contacts yet' })).toBeInTheDocument();
    expect(screen.getByText(/once the carrier provisions them/)).toBeInTheDocument();
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });

  it('moves with the arrow keys and opens the subscriber with Enter', async () => {
    const { list, rows, user } = await openMasterList();
    const sorted = [...rows.contacts].sort(byName);
    await user.click(screen.getByRole('searchbox', { name: 'Search' }));
    await user.keyboard('{ArrowDown}');
    expect(list).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    const active = () => document.getElementById(list.getAttribute('aria-activedescendant') ?? '');
    expect(active()).toHaveTextContent(sorted[1]!.name);
    await user.keyboard('{ArrowUp}');
    expect(active()).toHaveTextContent(sorted[0]!.name);
    const subscriberRow = sorted.findIndex((c) => c.kind === 'subscriber');
    for (let i = 0; i < subscriberRow; i++) await user.keyboard('{ArrowDown}');
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: sorted[subscriberRow]!.name })).toBeInTheDocument();
  });

  it('opens an external contact on the Edit External Contact page when clicked', async () => {
    const { list, rows, user } = await openMasterList();
    const external = rows.contacts.find((c) => c.kind === 'external')!;
    await user.click(within(list).getByRole('option', { name: new RegExp(external.name) }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Edit External Contact' })).toBeInTheDocument();
    expect(await screen.findByRole('textbox', { name: /^Name/ })).toHaveValue(external.name);
  });

  it('shows which contacts wait to sync, and the saved announcement', async () => {
    const { list, rows, user } = await openMasterList();
    const external = rows.contacts.find((c) => c.kind === 'external')!;
    expect(within(list).queryByText('Waiting to sync')).not.toBeInTheDocument();
    await user.click(within(list).getByRole('option', { name: new RegExp(external.name) }));
    const name = await screen.findByRole('textbox', { name: /^Name/ });
    await user.clear(name);
    await user.type(name, 'Zénith Remorquage');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Changes to Zénith Remorquage were saved.')).toBeInTheDocument();
    const after = await screen.findByRole('listbox', { name: 'Contacts' });
    const option = await within(after).findByRole('option', { name: /Zénith Remorquage/ });
    expect(await within(option).findByText('Waiting to sync')).toBeInTheDocument();
    expect(optionNames(after).at(-1)).toMatch(/^Zénith Remorquage/);
  });

  it('speaks French: labels, the icon, the numbers and the empty search', async () => {
    const { list, rows, user } = await openMasterList('fr-CA');
    expect(screen.getByRole('heading', { level: 1, name: 'Gérer la liste maîtresse' })).toBeInTheDocument();
    const external = rows.contacts.filter((c) => c.kind === 'external');
    expect(within(list).getAllByRole('img', { name: 'Contact externe' })).toHaveLength(external.length);
    expect(within(list).getAllByRole('option')[0]).toHaveTextContent(/\d{3} \d{3}-\d{4}$/);
    expect(await screen.findByText(`${rows.contacts.length} contacts`)).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Abonnés' }));
    await user.type(screen.getByRole('searchbox', { name: 'Rechercher' }), 'zzqx');
    expect(
      await screen.findByRole('heading', { name: 'Aucun abonné ne correspond à «\u00a0zzqx\u00a0».' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Rechercher dans tous les contacts' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Effacer la recherche' })).toBeInTheDocument();
  });
});

describe('Manage Master List, 5,000-subscriber company', () => {
  it('shows the first rows, then finds an accented name typed without its accent', async () => {
    const { session, rows } = await signedInTenant('large-enterprise');
    const { user } = renderApp({ url: '/master-list', session });
    const list = await screen.findByRole('listbox', { name: 'Contacts' });
    // Virtualised: only a screenful of rows is in the page, whatever the size of the company.
    expect((await within(list).findAllByRole('option')).length).toBeLessThan(60);
    expect(await screen.findByText('5,300 contacts', {}, { timeout: 10_000 })).toBeInTheDocument();
    const target = rows.contacts.find((c) => c.name.includes('é') && c.name.includes('Bérubé'))!;
    const typed = 'berube';
    const expected = rows.contacts.filter((c) =>
      c.name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().includes(typed),
    );
    const started = performance.now();
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), typed);
    expect(await screen.findByText(`Showing ${expected.length} of 5,300 contacts`)).toBeInTheDocument();
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(within(list).getAllByRole('option')[0]).toHaveTextContent(/Bérubé/);
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), ` ${target.name.split(' ')[0]!.slice(0, 3)}`);
    await waitFor(() =>
      expect(
        within(list)
          .getAllByRole('option')
          .some((o) => o.textContent?.startsWith(target.name)),
      ).toBe(true),
    );
  });

  it('finds the same contacts when it comes back to the list, its first rows in name order', async () => {
    const { session, rows } = await signedInTenant('large-enterprise');
    const { user } = renderApp({ url: '/master-list', session });
    await screen.findByText('5,300 contacts', {}, { timeout: 10_000 });
    const sorted = [...rows.contacts].sort(byName);
    // The first rows shown are these contacts, in this order (name and number).
    const expectFirstRows = (contacts: Contact[]) => {
      const shown = within(screen.getByRole('listbox', { name: 'Contacts' }))
        .getAllByRole('option')
        .slice(0, 5);
      expect(shown.map((option) => option.textContent)).toEqual(
        contacts
          .slice(0, 5)
          .map((c) =>
            expect.stringMatching(new RegExp(`^${escape(c.name)}.*${escape(formatPhone(c.phone, 'en-CA'))}$`)),
          ),
      );
    };
    expectFirstRows(sorted);

    const typed = 'tre';
    const expected = rows.contacts.filter((c) =>
      c.name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().includes(typed),
    );
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), typed);
    const status = `Showing ${expected.length.toLocaleString('en-CA')} of 5,300 contacts`;
    expect(await screen.findByText(status)).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Manage Sub-Lists' }));
    await screen.findByRole('heading', { level: 1, name: 'Manage Sub-Lists' });
    await user.click(screen.getByRole('link', { name: 'Manage Master List' }));
    // The search is remembered, in the box too, and the list (kept in memory) shows its matches at once, in name order.
    expect(await screen.findByText(status)).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue(typed);
    expectFirstRows(sorted.filter((contact) => expected.includes(contact)));
    await user.clear(screen.getByRole('searchbox', { name: 'Search' }));
    expect(await screen.findByText('5,300 contacts')).toBeInTheDocument();
  });
});
