import { describe, expect, it } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import { KINDS, memberCount } from '../../../tests/member-lists';
import { renderApp } from '../../../tests/render';
import { signedInTenant } from '../../../tests/tenant';

// Expected texts use plain spaces where French has non-breaking ones: Testing Library compares normalized white space.
// Two cores shared by several suites: give the live queries time.
configure({ asyncUtilTimeout: 5_000 });

describe.each(KINDS)('Add New ($kind)', ({ kind, table, other, path, words }) => {
  const [en, fr] = [words['en-CA'], words['fr-CA']];

  it('creates a list: name, pick members, Add, Save, confirm — Cancel keeps everything as typed', async () => {
    const tenant = await signedInTenant();
    const { user } = renderApp({ url: path, session: tenant.session });
    await user.click(await screen.findByRole('link', { name: en.addNew }));
    // The form, once loaded, replaces the page's placeholder heading: wait for it before reading the heading.
    const name = await screen.findByLabelText('Name');
    expect(screen.getByRole('heading', { level: 1, name: en.addNew })).toBeInTheDocument();
    await user.type(name, 'Équipe de nuit');

    await user.click(screen.getByRole('button', { name: 'Add Members' }));
    const picker = await screen.findByRole('dialog', { name: en.picker });
    const elodies = tenant.rows.contacts.filter((c) => c.name.startsWith('Élodie'));
    await user.type(within(picker).getByLabelText('Search'), 'ELODIE');
    await waitFor(() => expect(within(picker).getAllByRole('option')).toHaveLength(elodies.length));
    await user.click(within(picker).getByRole('button', { name: `Select all ${elodies.length} results` }));
    expect(within(picker).getByRole('status')).toHaveTextContent(`${elodies.length} selected`);
    await user.click(within(picker).getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    const members = screen.getByRole('list', { name: 'Members' });
    expect(within(members).getAllByRole('listitem')).toHaveLength(elodies.length);
    expect(memberCount()).toHaveTextContent(`${elodies.length} members`);

    await user.click(screen.getByRole('button', { name: 'Save' }));
    const confirm = await screen.findByRole('alertdialog', { name: en.createTitle('Équipe de nuit') });
    expect(confirm).toHaveTextContent(`With ${elodies.length} members.`);
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(screen.getByLabelText('Name')).toHaveValue('Équipe de nuit');
    expect(within(members).getAllByRole('listitem')).toHaveLength(elodies.length);
    expect(await tenant.db[table].where('nameKey').equals('equipe de nuit').count()).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Save' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'OK' }));
    expect(await screen.findByRole('heading', { level: 1, name: en.title })).toBeInTheDocument();
    expect(screen.getByText(en.created('Équipe de nuit'))).toBeInTheDocument();
    const row = (await screen.findByRole('link', { name: 'Équipe de nuit' })).closest('li')!;
    expect(row).toHaveTextContent(`${elodies.length} members`);
    expect(await within(row).findByText('Waiting to sync')).toBeInTheDocument();
    const outbox = await tenant.db.outbox.toArray();
    expect(outbox.map((entry) => entry.intent.name)).toEqual([`${kind}.create`]);
    expect(outbox[0]!.intent.args).toMatchObject({ name: 'Équipe de nuit' });
    expect((outbox[0]!.intent.args as { memberIds: string[] }).memberIds.sort()).toEqual(
      elodies.map((c) => c.id).sort(),
    );
  });

  it('checks the name as it is typed and on Save, in English', async () => {
    const tenant = await signedInTenant();
    const taken = tenant.rows[table][0]!;
    const { user } = renderApp({ url: `${path}/new`, session: tenant.session });
    const name = await screen.findByLabelText('Name');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText('Enter a name.')).toBeInTheDocument();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveFocus();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();

    await user.type(name, 'x'.repeat(31));
    expect(screen.getByText('The name is too long: 31 characters, 30 at most.')).toBeInTheDocument();
    await user.clear(name);
    // An accented letter counts as one character: 30 of them are fine.
    await user.type(name, 'é'.repeat(30));
    expect(screen.getByText('30 of 30 characters')).toBeInTheDocument();
    expect(name).not.toHaveAttribute('aria-invalid');

    await user.clear(name);
    await user.type(name, ` ${taken.name.toUpperCase().normalize('NFD').replace(/\p{M}/gu, '')} `);
    expect(screen.getByText(en.nameTaken(taken.name))).toBeInTheDocument();
    expect(name).toHaveAccessibleDescription(expect.stringContaining(en.nameTaken(taken.name)));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('says the same in French', async () => {
    const tenant = await signedInTenant();
    const taken = tenant.rows[table][0]!;
    const { user } = renderApp({ url: `${path}/new`, session: tenant.session, locale: 'fr-CA' });
    const name = await screen.findByLabelText('Nom');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(screen.getByText('Entrez un nom.')).toBeInTheDocument();
    await user.type(name, 'x'.repeat(32));
    expect(screen.getByText(/^Le nom est trop long\s: 32 caractères, 30 au maximum\.$/)).toBeInTheDocument();
    await user.clear(name);
    await user.type(name, taken.name.toLowerCase());
    expect(screen.getByText(fr.nameTaken(taken.name))).toBeInTheDocument();
  });

  it('wants a name unique among its own kind (ignoring case and accents), not among the other kind', async () => {
    const tenant = await signedInTenant();
    const own = tenant.rows[table][0]!;
    const others = tenant.rows[other][0]!;
    const { user } = renderApp({ url: `${path}/new`, session: tenant.session });
    const name = await screen.findByLabelText('Name');
    await user.type(name, own.name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());
    expect(screen.getByText(en.nameTaken(own.name))).toBeInTheDocument();
    await user.clear(name);
    await user.type(name, others.name);
    expect(name).not.toHaveAttribute('aria-invalid');
  });
});

describe('Add New Sub-List', () => {
  it('creates a sub-list from members found by phone number, and says what it distributes', async () => {
    const tenant = await signedInTenant();
    const [first, second, third] = tenant.rows.contacts;
    const { user } = renderApp({ url: '/sub-lists/new', session: tenant.session });
    await user.type(await screen.findByLabelText('Name'), 'Chantier Laval');
    expect(screen.getByText('Each member will receive every other member as a contact.')).toBeInTheDocument();
    expect(screen.getByText('No members yet. Use “Add Members” to choose some.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Add Members' }));
    let picker = await screen.findByRole('dialog', { name: 'Add Members' });
    const search = within(picker).getByLabelText('Search');
    for (const contact of [first!, second!]) {
      // Typed the way people write numbers: formatted, with the country code.
      await user.clear(search);
      await user.type(
        search,
        `+1 (${contact.phone.slice(0, 3)}) ${contact.phone.slice(3, 6)}-${contact.phone.slice(6)}`,
      );
      await waitFor(() => expect(within(picker).getAllByRole('option')).toHaveLength(1));
      await user.click(within(picker).getByRole('option', { name: new RegExp(contact.name) }));
    }
    expect(within(picker).getByRole('status')).toHaveTextContent('2 selected');
    await user.click(within(picker).getByRole('button', { name: 'Add' }));
    expect(memberCount()).toHaveTextContent('2 members');
    expect(screen.getByText('Each member receives the other member as a contact.')).toBeInTheDocument();

    // The picker offers only contacts that are not members yet; the keyboard picks too.
    await user.click(screen.getByRole('button', { name: 'Add Members' }));
    picker = await screen.findByRole('dialog', { name: 'Add Members' });
    expect(within(picker).getByRole('status')).toHaveTextContent(`${tenant.rows.contacts.length - 2} contacts`);
    expect(within(picker).queryByRole('option', { name: new RegExp(first!.name) })).not.toBeInTheDocument();
    await user.type(within(picker).getByLabelText('Search'), third!.name);
    const listbox = within(picker).getByRole('listbox', { name: 'Available contacts' });
    listbox.focus();
    await user.keyboard('{ArrowDown}{ }');
    expect(within(picker).getByRole('option', { name: new RegExp(third!.name) })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await user.click(within(picker).getByRole('button', { name: 'Add' }));
    expect(memberCount()).toHaveTextContent('3 members');
    expect(screen.getByText('Each member receives the other 2 members as contacts.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Save' }));
    const confirm = await screen.findByRole('alertdialog', { name: 'Save the new sub-list “Chantier Laval”?' });
    expect(confirm).toHaveTextContent('With 3 members.');
    expect(confirm).toHaveTextContent('Each member receives the other 2 members as contacts.');
    await user.click(within(confirm).getByRole('button', { name: 'OK' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Manage Sub-Lists' })).toBeInTheDocument();
    // The overview reads its rows from the local database after the page shows.
    expect((await screen.findByRole('link', { name: 'Chantier Laval' })).closest('li')).toHaveTextContent('3 members');
    const [entry] = await tenant.db.outbox.toArray();
    expect(entry!.intent.name).toBe('subList.create');
  });

  it('says what a sub-list distributes in French, with French plurals', async () => {
    const tenant = await signedInTenant();
    const [first, second, third] = tenant.rows.contacts;
    const { user } = renderApp({ url: '/sub-lists/new', session: tenant.session, locale: 'fr-CA' });
    await user.type(await screen.findByLabelText('Nom'), 'Bureau');
    expect(screen.getByText('Chaque membre recevra tous les autres membres comme contacts.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ajouter des membres' }));
    const picker = await screen.findByRole('dialog', { name: 'Ajouter des membres' });
    for (const contact of [first!, second!, third!]) {
      await user.click(within(picker).getByRole('option', { name: new RegExp(contact.name) }));
    }
    expect(within(picker).getByRole('status')).toHaveTextContent('3 sélectionnés');
    await user.click(within(picker).getByRole('button', { name: 'Ajouter' }));
    expect(memberCount()).toHaveTextContent('3 membres');
    expect(screen.getByText('Chaque membre reçoit les 2 autres membres comme contacts.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: `Retirer ${first!.name}` }));
    expect(screen.getByText('Chaque membre reçoit l’autre membre comme contact.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: `Retirer ${second!.name}` }));
    expect(memberCount()).toHaveTextContent('1 membre');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(
      await screen.findByRole('alertdialog', { name: /^Enregistrer la nouvelle sous-liste «\sBureau\s»\?$/ }),
    ).toHaveTextContent('Avec 1 membre.');
  });
});
