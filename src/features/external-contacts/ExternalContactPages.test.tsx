import { describe, expect, it } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../../tests/render';
import { signedInTenant } from '../../../tests/tenant';

configure({ asyncUtilTimeout: 5_000 });

async function openAdd(locale: 'en-CA' | 'fr-CA' = 'en-CA') {
  const tenant = await signedInTenant();
  const view = renderApp({ url: '/external-contacts/new', session: tenant.session, locale });
  await screen.findByRole('heading', {
    level: 1,
    name: locale === 'en-CA' ? 'Add External Contact' : 'Ajouter un contact externe',
  });
  return { ...tenant, ...view };
}

const nameField = () => screen.getByRole('textbox', { name: 'Name' });
const phoneField = () => screen.getByRole('textbox', { name: 'Phone number' });

describe('Add External Contact', () => {
  it('adds a contact typed the usual way and returns to the master list, where it waits to sync', async () => {
    const { user, db } = await openAdd();
    await user.type(nameField(), '  Garage   Côté ');
    await user.type(phoneField(), '(613) 555-0142');
    expect(screen.getByText('11 of 30 characters')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Manage Master List' })).toBeInTheDocument();
    expect(screen.getByText('External contact Garage Côté was added to the master list.')).toBeInTheDocument();
    const option = await screen.findByRole('option', { name: /Garage Côté/ });
    expect(within(option).getByRole('img', { name: 'External contact' })).toBeInTheDocument();
    expect(option).toHaveTextContent('(613) 555-0142');
    expect(await within(option).findByText('Waiting to sync')).toBeInTheDocument();
    const stored = await db.contacts.where('phone').equals('6135550142').first();
    expect(stored).toMatchObject({ kind: 'external', name: 'Garage Côté' });
  });

  it('accepts +1 and dotted numbers, and shows the number the way the locale writes it after leaving the field', async () => {
    const { user } = await openAdd();
    await user.type(phoneField(), '+1 613.555.0199');
    await user.tab();
    expect(phoneField()).toHaveValue('(613) 555-0199');
    expect(phoneField()).not.toHaveAttribute('aria-invalid');
  });

  it('says nothing before the user has typed and left a field; then errors follow each keystroke', async () => {
    const { user } = await openAdd();
    await user.type(phoneField(), '613-555');
    expect(phoneField()).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText(/Enter a 10-digit/)).not.toBeInTheDocument();
    await user.tab();
    expect(screen.getByText('Enter a 10-digit phone number, for example 613-555-0142.')).toBeInTheDocument();
    expect(phoneField()).toHaveAttribute('aria-invalid', 'true');
    expect(phoneField()).toHaveAccessibleDescription(expect.stringContaining('Enter a 10-digit phone number'));
    await user.type(phoneField(), '-0142');
    await waitFor(() => expect(phoneField()).not.toHaveAttribute('aria-invalid'));
    expect(screen.queryByText(/Enter a 10-digit/)).not.toBeInTheDocument();

    expect(nameField()).not.toHaveAttribute('aria-invalid');
    await user.click(nameField());
    await user.tab();
    expect(await screen.findByText('Enter a name.')).toBeInTheDocument();
    expect(nameField()).toHaveAttribute('aria-invalid', 'true');
    await user.type(nameField(), 'A');
    expect(screen.queryByText('Enter a name.')).not.toBeInTheDocument();
  });

  it('counts characters as a person does and refuses a 31st at once', async () => {
    const { user } = await openAdd();
    const thirty = 'Électricité Hébert & Fils 👷🏽‍♀️ Lé';
    await user.type(nameField(), thirty);
    expect(screen.getByText('30 of 30 characters')).toBeInTheDocument();
    expect(nameField()).not.toHaveAttribute('aria-invalid');
    await user.type(nameField(), 'e');
    expect(screen.getByText('31 of 30 characters')).toBeInTheDocument();
    expect(screen.getByText('The name is too long: 31 characters, 30 at most.')).toBeInTheDocument();
  });

  it('explains each kind of wrong number', async () => {
    const { user } = await openAdd();
    for (const [typed, message] of [
      ['613-555-01x2', 'Enter a 10-digit phone number, for example 613-555-0142.'],
      ['+44 20 7946 0958', 'Enter a 10-digit phone number, for example 613-555-0142.'],
      ['013-555-0142', 'The area code (the first 3 digits) cannot start with 0 or 1.'],
      ['613-155-0142', 'The 3 digits after the area code cannot start with 0 or 1.'],
    ] as const) {
      await user.clear(phoneField());
      await user.type(phoneField(), typed);
      await user.tab();
      expect(await screen.findByText(message)).toBeInTheDocument();
    }
  });

  it('reports a number another contact already has, naming that contact', async () => {
    const { user, rows } = await openAdd();
    const holder = rows.contacts[0]!;
    await user.type(nameField(), 'Doublon');
    await user.type(phoneField(), holder.phone);
    expect(await screen.findByText(`This number already belongs to ${holder.name}.`)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(phoneField()).toHaveFocus();
    expect(screen.getByRole('heading', { level: 1, name: 'Add External Contact' })).toBeInTheDocument();
  });

  it('on Save with nothing typed, shows both errors and puts the cursor on the first', async () => {
    const { user } = await openAdd();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText('Enter a name.')).toBeInTheDocument();
    expect(screen.getByText('Enter a phone number.')).toBeInTheDocument();
    expect(nameField()).toHaveFocus();
  });

  it('speaks French: labels, counter, errors and the announcement', async () => {
    const { user } = await openAdd('fr-CA');
    const name = screen.getByRole('textbox', { name: 'Nom' });
    const phone = screen.getByRole('textbox', { name: 'Numéro de téléphone' });
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(screen.getByText('Entrez un nom.')).toBeInTheDocument();
    expect(screen.getByText('Entrez un numéro de téléphone.')).toBeInTheDocument();
    await user.type(name, 'x'.repeat(31));
    expect(screen.getByText('31 sur 30 caractères')).toBeInTheDocument();
    expect(screen.getByText(/^Le nom est trop long\s: 31 caractères, 30 au maximum\.$/)).toBeInTheDocument();
    await user.type(phone, '013 555-0142');
    expect(
      screen.getByText('L’indicatif régional (les 3 premiers chiffres) ne peut pas commencer par 0 ou 1.'),
    ).toBeInTheDocument();
    await user.clear(name);
    await user.type(name, 'Dépanneur Émond');
    await user.clear(phone);
    await user.type(phone, '819 555-0100');
    await user.tab();
    expect(phone).toHaveValue('819 555-0100');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(
      await screen.findByText('Le contact externe Dépanneur Émond a été ajouté à la liste maîtresse.'),
    ).toBeInTheDocument();
  });

  it('asks before leaving with unsaved changes; Cancel leaves without asking', async () => {
    const { user } = await openAdd();
    await user.type(nameField(), 'Brouillon');
    await user.click(screen.getByRole('link', { name: 'Manage Groups' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Leave without saving?' });
    await user.click(within(dialog).getByRole('button', { name: 'Stay on this page' }));
    expect(nameField()).toHaveValue('Brouillon');
    await user.click(screen.getByRole('link', { name: 'Manage Groups' }));
    await user.click(await screen.findByRole('button', { name: 'Leave without saving' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Manage Groups' })).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Add External Contact' }));
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'Brouillon');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Manage Master List' })).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.queryByRole('option', { name: /Brouillon/ })).not.toBeInTheDocument();
  });
});

async function openEdit(locale: 'en-CA' | 'fr-CA' = 'en-CA', inLists = true) {
  const tenant = await signedInTenant();
  const listed = (id: string) => ({
    subLists: tenant.rows.subLists.filter((list) => list.memberIds.includes(id)).length,
    groups: tenant.rows.groups.filter((group) => group.memberIds.includes(id)).length,
  });
  const externals = tenant.rows.contacts.filter((c) => c.kind === 'external');
  const contact = externals.find((c) => listed(c.id).subLists + listed(c.id).groups > 0 === inLists)!;
  const view = renderApp({ url: `/external-contacts/${contact.id}`, session: tenant.session, locale });
  await screen.findByRole('textbox', { name: locale === 'en-CA' ? 'Name' : 'Nom' });
  return { ...tenant, ...view, contact, lists: listed(contact.id) };
}

describe('Edit External Contact', () => {
  it('changes the name and number of a contact', async () => {
    const { user, contact, db } = await openEdit();
    expect(screen.getByRole('heading', { level: 1, name: 'Edit External Contact' })).toBeInTheDocument();
    expect(nameField()).toHaveValue(contact.name);
    expect(phoneField()).toHaveValue(
      `(${contact.phone.slice(0, 3)}) ${contact.phone.slice(3, 6)}-${contact.phone.slice(6)}`,
    );
    await user.clear(phoneField());
    await user.type(phoneField(), '438 555 0177');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(`Changes to ${contact.name} were saved.`)).toBeInTheDocument();
    expect((await db.contacts.get(contact.id))?.phone).toBe('4385550177');
    // Only the changed field is sent, so another admin's edit of the name would be kept.
    const [queued] = await db.outbox.toArray();
    expect(queued?.intent).toEqual({ name: 'externalContact.update', args: { id: contact.id, phone: '4385550177' } });
  });

  it('deletes with the X icon after a confirmation that says which lists lose the contact', async () => {
    const { user, contact, lists, db } = await openEdit();
    await user.click(screen.getByRole('button', { name: 'Delete external contact' }));
    let dialog = await screen.findByRole('alertdialog', { name: `Delete ${contact.name}?` });
    const plural = (n: number, word: string) => (n === 0 ? [] : [`${n} ${word}${n === 1 ? '' : 's'}`]);
    const from = [...plural(lists.subLists, 'sub-list'), ...plural(lists.groups, 'group')].join(' and ');
    // The lists are counted by a scan of the lists (tenant-store.ts): the sentence follows as soon as it ends.
    await waitFor(() => expect(dialog).toHaveTextContent(`It will also be removed from ${from}.`));
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(await db.contacts.get(contact.id)).toBeDefined();

    await user.click(screen.getByRole('button', { name: 'Delete external contact' }));
    dialog = await screen.findByRole('alertdialog');
    await user.click(within(dialog).getByRole('button', { name: 'OK' }));
    expect(await screen.findByText(`External contact ${contact.name} was deleted.`)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Manage Master List' })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: new RegExp(contact.name) })).not.toBeInTheDocument();
    expect(await db.contacts.get(contact.id)).toBeUndefined();
    expect(await db.groups.filter((list) => list.memberIds.includes(contact.id)).count()).toBe(0);
    expect(await db.subLists.filter((list) => list.memberIds.includes(contact.id)).count()).toBe(0);
  });

  it('speaks French: the X icon and the confirmation', async () => {
    const { user, contact, lists } = await openEdit('fr-CA');
    expect(screen.getByRole('heading', { level: 1, name: 'Modifier un contact externe' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Supprimer le contact externe' }));
    const dialog = await screen.findByRole('alertdialog', { name: `Supprimer ${contact.name}?` });
    expect(dialog).toHaveTextContent(`Le contact ${contact.name} sera retiré de la liste maîtresse`);
    const plural = (n: number, word: string) => (n === 0 ? [] : [`de ${n} ${word}${n > 1 ? 's' : ''}`]);
    const from = [...plural(lists.subLists, 'sous-liste'), ...plural(lists.groups, 'groupe')].join(' et ');
    await waitFor(() => expect(dialog).toHaveTextContent(`Il sera aussi retiré ${from}.`));
    expect(within(dialog).getByRole('button', { name: 'Annuler' })).toHaveFocus();
    expect(within(dialog).getByRole('button', { name: 'OK' })).toBeInTheDocument();
  });

  it('says nothing about lists when the contact is in none', async () => {
    const { user, contact } = await openEdit('en-CA', false);
    await user.click(screen.getByRole('button', { name: 'Delete external contact' }));
    const dialog = await screen.findByRole('alertdialog', { name: `Delete ${contact.name}?` });
    expect(dialog).toHaveTextContent(`${contact.name} will be removed from the master list`);
    expect(dialog).not.toHaveTextContent(/also be removed/);
  });

  it('says so when the contact no longer exists, or is a subscriber (which cannot be deleted here)', async () => {
    const { session, rows } = await signedInTenant();
    renderApp({ url: '/external-contacts/no-such-id', session });
    expect(await screen.findByRole('heading', { name: 'This contact no longer exists' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete external contact' })).not.toBeInTheDocument();
    const subscriber = rows.contacts.find((c) => c.kind === 'subscriber')!;
    const { user } = renderApp({ url: `/external-contacts/${subscriber.id}`, session });
    expect(await screen.findByRole('heading', { name: 'This is a PTT subscriber' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete external contact' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Open the subscriber' }));
    expect(await screen.findByRole('heading', { level: 1, name: subscriber.name })).toBeInTheDocument();
  });
});
