/**
 * Edit External Contact while another administrator edits the same contact (issue 21): their
 * change reaches the open form through the real sync engine and the mock back-end.
 */
import { describe, expect, it } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../../tests/render';
import { signedInTenant } from '../../../tests/tenant';
import { OTHER_ADMIN_NAME, otherAdminEdits } from '../../../tests/other-admin';

configure({ asyncUtilTimeout: 10_000 });

async function openEdit(locale: 'en-CA' | 'fr-CA' = 'en-CA') {
  const tenant = await signedInTenant('small-business', { online: true });
  const contact = tenant.rows.contacts.find((c) => c.kind === 'external')!;
  const view = renderApp({ url: `/external-contacts/${contact.id}`, session: tenant.session, locale });
  await screen.findByRole('textbox', { name: locale === 'en-CA' ? 'Name' : 'Nom' });
  return { ...tenant, ...view, contact };
}

const field = (name: string) => screen.getByRole('textbox', { name });
const rename = (id: string, name: string) => ({ name: 'externalContact.update', args: { id, name } }) as const;

describe('Edit External Contact while another administrator edits it', () => {
  it('an untouched name follows theirs, says who changed it, and leaving does not ask', async () => {
    const tenant = await openEdit();
    await otherAdminEdits(tenant, rename(tenant.contact.id, 'Ginette Roy'));
    await waitFor(() => expect(field('Name')).toHaveValue('Ginette Roy'));
    expect(
      await screen.findByText(
        new RegExp(`^${OTHER_ADMIN_NAME} changed “Name” to “Ginette Roy” \\(.+\\)\\. The form shows the new value\\.$`),
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Use theirs' })).not.toBeInTheDocument();
    await tenant.user.click(screen.getByRole('link', { name: 'Manage Master List' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Manage Master List' })).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('a touched name keeps the user’s text with a notice, leaving asks, and saving it is judged as a conflict', async () => {
    const tenant = await openEdit();
    const { user, contact, db } = tenant;
    await user.clear(field('Name'));
    await user.type(field('Name'), 'Garage Côté');
    await otherAdminEdits(tenant, rename(contact.id, 'Ginette Roy'));
    const notice = await screen.findByText(/changed “Name” to “Ginette Roy”.*You changed it too: your value stays/);
    expect(notice).toBeInTheDocument();
    expect(field('Name')).toHaveValue('Garage Côté');

    // Unsaved: leaving asks.
    await user.click(screen.getByRole('link', { name: 'Manage Master List' }));
    const ask = await screen.findByRole('alertdialog', { name: 'Leave without saving?' });
    await user.click(within(ask).getByRole('button', { name: 'Stay on this page' }));

    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Changes to Garage Côté were saved.')).toBeInTheDocument();
    // Sent against the name the user saw, so the server finds the conflict instead of overwriting theirs.
    expect(await screen.findByRole('link', { name: '1 sync issue' })).toBeInTheDocument();
    const [issue] = await db.syncIssues.toArray();
    expect(issue?.outcome).toMatchObject({ status: 'conflict', server: { fields: { name: 'Ginette Roy' } } });
    expect((await db.contacts.get(contact.id))?.name).toBe('Ginette Roy');
  });

  it('“Use theirs” puts their value in the field, and then nothing is left to save', async () => {
    const tenant = await openEdit();
    await tenant.user.clear(field('Name'));
    await tenant.user.type(field('Name'), 'Garage Côté');
    await otherAdminEdits(tenant, rename(tenant.contact.id, 'Ginette Roy'));
    await tenant.user.click(await screen.findByRole('button', { name: 'Use theirs' }));
    expect(field('Name')).toHaveValue('Ginette Roy');
    expect(screen.queryByText(/Ginette Roy”/)).not.toBeInTheDocument();
    await tenant.user.click(screen.getByRole('link', { name: 'Manage Master List' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Manage Master List' })).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(await tenant.db.outbox.count()).toBe(0);
  });

  it('the other field follows theirs while the touched one stays mine; Save merges both', async () => {
    const tenant = await openEdit();
    await tenant.user.clear(field('Name'));
    await tenant.user.type(field('Name'), 'Garage Côté');
    await otherAdminEdits(tenant, {
      name: 'externalContact.update',
      args: { id: tenant.contact.id, phone: '4385550177' },
    });
    await waitFor(() => expect(field('Phone number')).toHaveValue('(438) 555-0177'));
    expect(field('Name')).toHaveValue('Garage Côté');
    await tenant.user.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect(await tenant.db.outbox.count()).toBe(0));
    expect(await tenant.db.syncIssues.count()).toBe(0);
    expect(await tenant.db.contacts.get(tenant.contact.id)).toMatchObject({ name: 'Garage Côté', phone: '4385550177' });
  });

  it('in French: deleted while open, the page says so and creates it again from what was entered', async () => {
    const tenant = await openEdit('fr-CA');
    await tenant.user.clear(field('Nom'));
    await tenant.user.type(field('Nom'), 'Garage Côté');
    await otherAdminEdits(tenant, { name: 'externalContact.delete', args: { id: tenant.contact.id } });
    const gone = await screen.findByRole('alert');
    expect(gone).toHaveTextContent('Ce contact externe n’existe plus : un autre administrateur l’a supprimé.');
    expect(
      await within(gone).findByText(new RegExp(`^Suppression faite par ${OTHER_ADMIN_NAME} \\(.+\\)\\.$`)),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Enregistrer' })).not.toBeInTheDocument();
    await tenant.user.click(within(gone).getByRole('button', { name: 'Créer de nouveau' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Gérer la liste maîtresse' })).toBeInTheDocument();
    const created = await tenant.db.contacts.where('phone').equals(tenant.contact.phone).first();
    expect(created).toMatchObject({ kind: 'external', name: 'Garage Côté' });
    expect(created?.id).not.toBe(tenant.contact.id);
  });

  it('deleted while open, untouched: “Leave this page” goes without asking', async () => {
    const tenant = await openEdit();
    await otherAdminEdits(tenant, { name: 'externalContact.delete', args: { id: tenant.contact.id } });
    const gone = await screen.findByRole('alert');
    expect(gone).toHaveTextContent('This external contact no longer exists — another administrator deleted it.');
    await tenant.user.click(within(gone).getByRole('button', { name: 'Leave this page' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Manage Master List' })).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });
});
