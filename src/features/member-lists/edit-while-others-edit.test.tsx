/**
 * A sub-list's or group's page while another administrator edits the same list (issue 21):
 * their rename, member changes and delete reach the open page through the real sync engine.
 */
import { describe, expect, it } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import { KINDS, biggestList, memberCount, openList } from '../../../tests/member-lists';
import { OTHER_ADMIN_NAME, otherAdminEdits } from '../../../tests/other-admin';
import { signedInTenant } from '../../../tests/tenant';

configure({ asyncUtilTimeout: 10_000 });

describe.each(KINDS)('a $kind’s page while another administrator edits it', ({ kind, table, path, words }) => {
  const en = words['en-CA'];
  const open = async (locale: 'en-CA' | 'fr-CA' = 'en-CA') => {
    const tenant = await signedInTenant('small-business', { online: true });
    const { list, members } = biggestList(tenant, table);
    const view = await openList(tenant, path, list, locale);
    return { ...tenant, ...view, list, members };
  };
  const rename = (id: string, name: string) => ({ name: `${kind}.rename`, args: { id, name } }) as const;
  /** The user types a new name, and meanwhile the other administrator renames the list. */
  const bothRename = async () => {
    const tenant = await open();
    const name = screen.getByLabelText('Name');
    await tenant.user.clear(name);
    await tenant.user.type(name, 'Équipe du soir');
    await otherAdminEdits(tenant, rename(tenant.list.id, 'Équipe de relève'));
    return { tenant, name };
  };

  it('an untouched name follows their rename, and their member change shows, with who did it; leaving does not ask', async () => {
    const tenant = await open();
    await otherAdminEdits(tenant, rename(tenant.list.id, 'Équipe de relève'));
    await otherAdminEdits(tenant, {
      name: `${kind}.removeMembers`,
      args: { id: tenant.list.id, memberIds: [tenant.members[0]!.id] },
    });
    await waitFor(() => expect(screen.getByLabelText('Name')).toHaveValue('Équipe de relève'));
    expect(
      await screen.findByText(new RegExp(`^${OTHER_ADMIN_NAME} changed “Name” to “Équipe de relève” \\(.+\\)\\.`)),
    ).toBeInTheDocument();
    expect(
      await screen.findByText(new RegExp(`^${OTHER_ADMIN_NAME} changed “Members” \\(.+\\)\\.`)),
    ).toBeInTheDocument();
    await waitFor(() => expect(memberCount()).toHaveTextContent(`${tenant.list.memberIds.length - 1} member`));
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
    await tenant.user.click(screen.getByRole('link', { name: en.title }));
    expect(await screen.findByRole('heading', { level: 1, name: en.title })).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('a name the user typed stays, with their rename behind “Use theirs”; saving it is judged as a conflict', async () => {
    const { tenant, name } = await bothRename();
    expect(await screen.findByText(/changed “Name” to “Équipe de relève”.*You changed it too/)).toBeInTheDocument();
    expect(name).toHaveValue('Équipe du soir');

    await tenant.user.click(screen.getByRole('link', { name: en.title }));
    const ask = await screen.findByRole('alertdialog', { name: 'Leave without saving?' });
    await tenant.user.click(within(ask).getByRole('button', { name: 'Stay on this page' }));

    await tenant.user.click(screen.getByRole('button', { name: 'Save' }));
    await tenant.user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'OK' }));
    expect(await screen.findByRole('link', { name: '1 sync issue' })).toBeInTheDocument();
    const [issue] = await tenant.db.syncIssues.toArray();
    expect(issue?.outcome).toMatchObject({ status: 'conflict', server: { fields: { name: 'Équipe de relève' } } });
    await waitFor(() => expect(name).toHaveValue('Équipe de relève'));
  });

  it('“Use theirs” puts their name back in the field, and nothing is left to save', async () => {
    const { tenant, name } = await bothRename();
    await tenant.user.click(await screen.findByRole('button', { name: 'Use theirs' }));
    expect(name).toHaveValue('Équipe de relève');
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();
  });

  it('in French: deleted while open, the page says who did it and creates it again with the members shown', async () => {
    const tenant = await open('fr-CA');
    const fr = words['fr-CA'];
    await tenant.user.click(screen.getByRole('button', { name: `Retirer ${tenant.members[0]!.name}` }));
    await otherAdminEdits(tenant, { name: `${kind}.delete`, args: { id: tenant.list.id } });
    const gone = await screen.findByRole('alert');
    expect(gone).toHaveTextContent(fr.deletedElsewhere);
    expect(
      await within(gone).findByText(new RegExp(`^Suppression faite par ${OTHER_ADMIN_NAME} \\(.+\\)\\.$`)),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Enregistrer' })).not.toBeInTheDocument();
    await tenant.user.click(within(gone).getByRole('button', { name: 'Créer de nouveau' }));
    expect(await screen.findByRole('heading', { level: 1, name: fr.title })).toBeInTheDocument();
    const again = (await tenant.db[table].toArray()).find((row) => row.name === tenant.list.name);
    expect(again?.id).not.toBe(tenant.list.id);
    expect(new Set(again?.memberIds)).toEqual(new Set(tenant.list.memberIds.slice(1)));
  });
});
