import { describe, expect, it } from 'vitest';
import { configure, screen, within } from '@testing-library/react';
import { KINDS, storeList } from '../../../tests/member-lists';
import { renderApp } from '../../../tests/render';
import { signedInTenant } from '../../../tests/tenant';

// Expected texts use plain spaces where French has non-breaking ones: Testing Library compares normalized white space.
// Two cores shared by several suites: give the live queries time.
configure({ asyncUtilTimeout: 5_000 });

describe.each(KINDS)('the $kind overview', ({ table, path, words }) => {
  const [en, fr] = [words['en-CA'], words['fr-CA']];

  it('lists every list by name with its member count and a link, in English and in French', async () => {
    const tenant = await signedInTenant();
    const sorted = [...tenant.rows[table]].sort((a, b) => a.name.localeCompare(b.name, 'en-CA'));
    const first = sorted[0]!;
    const { unmount } = renderApp({ url: path, session: tenant.session });
    let rows = within(await screen.findByRole('list', { name: en.listLabel })).getAllByRole('listitem');
    expect(rows.map((row) => within(row).getByRole('link').textContent)).toEqual(sorted.map((list) => list.name));
    expect(rows[0]).toHaveTextContent(`${first.memberIds.length} members`);
    expect(within(rows[0]!).getByRole('link')).toHaveAttribute('href', `${path}/${first.id}`);
    expect(await screen.findByRole('link', { name: en.addNew })).toHaveAttribute('href', `${path}/new`);
    unmount();

    renderApp({ url: path, session: tenant.session, locale: 'fr-CA' });
    expect(await screen.findByRole('heading', { level: 1, name: fr.title })).toBeInTheDocument();
    rows = within(await screen.findByRole('list', { name: fr.listLabel })).getAllByRole('listitem');
    expect(rows[0]).toHaveTextContent(`${first.memberIds.length} membres`);
    expect(await screen.findByRole('link', { name: fr.addNew })).toHaveAttribute('href', `${path}/new`);
  });

  it('writes counts with French plural rules: 0 and 1 are singular', async () => {
    const tenant = await signedInTenant();
    const [one, two] = tenant.rows.contacts;
    await storeList(tenant, table, 'l-empty', 'Aaa vide', []);
    await storeList(tenant, table, 'l-one', 'Aab seul', [one!.id]);
    await storeList(tenant, table, 'l-two', 'Aac deux', [one!.id, two!.id]);
    renderApp({ url: path, session: tenant.session, locale: 'fr-CA' });
    const list = await screen.findByRole('list', { name: fr.listLabel });
    const [empty, single, pair] = within(list).getAllByRole('listitem');
    expect(empty).toHaveTextContent('0 membre');
    expect(empty).not.toHaveTextContent('0 membres');
    expect(single).toHaveTextContent('1 membre');
    expect(pair).toHaveTextContent('2 membres');
  });
});
