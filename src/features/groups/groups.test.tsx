import { describe, expect, it } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../../tests/render';
import { signedInTenant, type SignedInTenant } from '../../../tests/tenant';
import type { Contact, Group, Subscriber } from '../../domain/model';
import { GROUP_MAX_MEMBERS, foldName } from '../../domain/rules';

// Expected texts use plain spaces where French has non-breaking ones: Testing Library compares normalized white space.
// Two cores shared by several suites: give the live queries time.
configure({ asyncUtilTimeout: 5_000 });

/** Puts a group in the local store as a sync would. */
async function storeGroup(tenant: SignedInTenant, id: string, name: string, memberIds: string[]) {
  await tenant.db.groups.put({ id, name, nameKey: foldName(name), memberIds, version: 1 });
  return (await tenant.db.groups.get(id))!;
}

/** The seeded group with the most members, and its members as contacts. */
function biggestGroup({ rows }: SignedInTenant) {
  const group = [...rows.groups].sort((a, b) => b.memberIds.length - a.memberIds.length)[0]!;
  const byId = new Map(rows.contacts.map((contact) => [contact.id, contact]));
  return { group, members: group.memberIds.map((id) => byId.get(id)!) };
}

/** A seeded group with a subscriber member who scans it. */
function scannedGroup({ rows }: SignedInTenant): { group: Group; scanner: Subscriber } {
  for (const contact of rows.contacts) {
    if (contact.kind !== 'subscriber') continue;
    const entry = contact.scanList[0];
    if (entry) return { group: rows.groups.find((group) => group.id === entry.groupId)!, scanner: contact };
  }
  throw new Error('the seed has no scan list');
}

async function openGroup(tenant: SignedInTenant, group: Group, locale: 'en-CA' | 'fr-CA' = 'en-CA') {
  const view = renderApp({ url: `/groups/${group.id}`, session: tenant.session, locale });
  expect(await screen.findByDisplayValue(group.name)).toBeInTheDocument();
  return view;
}

/** The live member count beside the Members heading. */
const memberCount = () => document.querySelector('.member-count');

describe('Manage Groups', () => {
  it('lists every group by name with its member count and a link, in English', async () => {
    const tenant = await signedInTenant();
    renderApp({ url: '/groups', session: tenant.session });
    const list = await screen.findByRole('list', { name: 'Groups' });
    const rows = within(list).getAllByRole('listitem');
    const expected = [...tenant.rows.groups].sort((a, b) => a.name.localeCompare(b.name, 'en-CA'));
    expect(rows.map((row) => within(row).getByRole('link').textContent)).toEqual(expected.map((g) => g.name));
    const first = expected[0]!;
    expect(rows[0]).toHaveTextContent(`${first.memberIds.length} members`);
    expect(within(rows[0]!).getByRole('link')).toHaveAttribute('href', `/groups/${first.id}`);
    expect(screen.getByRole('link', { name: 'Add New Group' })).toHaveAttribute('href', '/groups/new');
  });

  it('writes counts with French plural rules: 0 and 1 are singular', async () => {
    const tenant = await signedInTenant();
    const [one, two] = tenant.rows.contacts;
    await storeGroup(tenant, 'g-empty', 'Aaa vide', []);
    await storeGroup(tenant, 'g-one', 'Aab seul', [one!.id]);
    await storeGroup(tenant, 'g-two', 'Aac deux', [one!.id, two!.id]);
    renderApp({ url: '/groups', session: tenant.session, locale: 'fr-CA' });
    const list = await screen.findByRole('list', { name: 'Groupes' });
    const [empty, single, pair] = within(list).getAllByRole('listitem');
    expect(empty).toHaveTextContent('0 membre');
    expect(empty).not.toHaveTextContent('0 membres');
    expect(single).toHaveTextContent('1 membre');
    expect(pair).toHaveTextContent('2 membres');
  });
});

describe('Add New Group', () => {
  it('creates a group: name, pick members, Add, Save, confirm — Cancel keeps everything as typed', async () => {
    const tenant = await signedInTenant();
    const { user } = renderApp({ url: '/groups', session: tenant.session });
    await user.click(await screen.findByRole('link', { name: 'Add New Group' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Add New Group' })).toBeInTheDocument();
    await user.type(await screen.findByLabelText('Name'), 'Équipe de nuit');

    await user.click(screen.getByRole('button', { name: 'Add Members' }));
    const picker = await screen.findByRole('dialog', { name: 'Pick Individual Group Members' });
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
    const confirm = await screen.findByRole('alertdialog', { name: 'Save the new group “Équipe de nuit”?' });
    expect(confirm).toHaveTextContent(`With ${elodies.length} members.`);
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(screen.getByLabelText('Name')).toHaveValue('Équipe de nuit');
    expect(within(members).getAllByRole('listitem')).toHaveLength(elodies.length);
    expect(await tenant.db.groups.where('nameKey').equals('equipe de nuit').count()).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Save' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'OK' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Manage Groups' })).toBeInTheDocument();
    expect(screen.getByText(/Group “Équipe de nuit” saved/)).toBeInTheDocument();
    const row = (await screen.findByRole('link', { name: 'Équipe de nuit' })).closest('li')!;
    expect(row).toHaveTextContent(`${elodies.length} members`);
    expect(await within(row).findByText('Waiting to sync')).toBeInTheDocument();
    const outbox = await tenant.db.outbox.toArray();
    expect(outbox.map((entry) => entry.intent.name)).toEqual(['group.create']);
    expect(outbox[0]!.intent.args).toMatchObject({ name: 'Équipe de nuit' });
    expect((outbox[0]!.intent.args as { memberIds: string[] }).memberIds.sort()).toEqual(
      elodies.map((c) => c.id).sort(),
    );
  });

  it('checks the name as it is typed and on Save, in English', async () => {
    const tenant = await signedInTenant();
    const taken = tenant.rows.groups[0]!;
    const { user } = renderApp({ url: '/groups/new', session: tenant.session });
    const name = await screen.findByLabelText('Name');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByText('Enter a name.')).toBeInTheDocument();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveFocus();
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();

    await user.type(name, 'x'.repeat(31));
    expect(screen.getByText('A name has at most 30 characters; this one has 31.')).toBeInTheDocument();
    await user.clear(name);
    // An accented letter counts as one character: 30 of them are fine.
    await user.type(name, 'é'.repeat(30));
    expect(screen.getByText('30 of 30 characters')).toBeInTheDocument();
    expect(name).not.toHaveAttribute('aria-invalid');

    await user.clear(name);
    await user.type(name, ` ${taken.name.toUpperCase().normalize('NFD').replace(/\p{M}/gu, '')} `);
    expect(
      screen.getByText(`Another group is already called “${taken.name}” (names ignore case and accents).`),
    ).toBeInTheDocument();
    expect(name).toHaveAccessibleDescription(expect.stringContaining('Another group is already called'));
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
  });

  it('says the same in French', async () => {
    const tenant = await signedInTenant();
    const taken = tenant.rows.groups[0]!;
    const { user } = renderApp({ url: '/groups/new', session: tenant.session, locale: 'fr-CA' });
    const name = await screen.findByLabelText('Nom');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(screen.getByText('Entrez un nom.')).toBeInTheDocument();
    await user.type(name, 'x'.repeat(32));
    expect(screen.getByText('Un nom compte au plus 30 caractères; celui-ci en compte 32.')).toBeInTheDocument();
    await user.clear(name);
    await user.type(name, taken.name.toLowerCase());
    expect(
      screen.getByText(
        `Un autre groupe s’appelle déjà « ${taken.name} » (les majuscules et les accents ne comptent pas).`,
      ),
    ).toBeInTheDocument();
  });
});

describe('Group Identification', () => {
  it('removes a member with its X: the count drops at once, and Save says the group leaves their scan list', async () => {
    const tenant = await signedInTenant();
    const { group, scanner } = scannedGroup(tenant);
    const { user } = await openGroup(tenant, group);
    const count = group.memberIds.length;
    expect(memberCount()).toHaveTextContent(`${count} members`);

    await user.click(screen.getByRole('button', { name: `Remove ${scanner.name}` }));
    expect(memberCount()).toHaveTextContent(`${count - 1} member`);
    expect(screen.queryByRole('button', { name: `Remove ${scanner.name}` })).not.toBeInTheDocument();
    expect(screen.getByText('Unsaved changes: select Save to keep them.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Save' }));
    const confirm = await screen.findByRole('alertdialog', { name: `Save the changes to “${group.name}”?` });
    expect(confirm).toHaveTextContent('1 member removed');
    expect(confirm).toHaveTextContent('1 removed member scans this group: it will be taken out of their scan list.');
    await user.click(within(confirm).getByRole('button', { name: 'OK' }));

    expect(await screen.findByText('Saved. The change is sent as soon as the network allows.')).toBeInTheDocument();
    expect(await screen.findByText('Waiting to sync')).toBeInTheDocument();
    expect((await tenant.db.groups.get(group.id))!.memberIds).not.toContain(scanner.id);
    const after = (await tenant.db.contacts.get(scanner.id)) as Subscriber;
    expect(after.scanList.map((entry) => entry.groupId)).not.toContain(group.id);
    expect((await tenant.db.outbox.toArray()).map((entry) => entry.intent.name)).toEqual(['group.removeMembers']);
  });

  it('says in French how many removed members scan the group', async () => {
    const tenant = await signedInTenant();
    const { group, scanner } = scannedGroup(tenant);
    const { user } = await openGroup(tenant, group, 'fr-CA');
    await user.click(screen.getByRole('button', { name: `Retirer ${scanner.name}` }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    const confirm = await screen.findByRole('alertdialog');
    expect(confirm).toHaveTextContent('1 membre retiré');
    expect(confirm).toHaveTextContent(
      '1 membre retiré balaie ce groupe : le groupe sera retiré de sa liste de balayage.',
    );
    // Cancel goes back to editing with the member still removed.
    await user.click(within(confirm).getByRole('button', { name: 'Annuler' }));
    expect(screen.queryByRole('button', { name: `Retirer ${scanner.name}` })).not.toBeInTheDocument();
  });

  it('renames and adds members, saving only what changed', async () => {
    const tenant = await signedInTenant();
    const { group } = biggestGroup(tenant);
    const outsider = tenant.rows.contacts.find((c) => !group.memberIds.includes(c.id))!;
    const { user } = await openGroup(tenant, group);
    const name = screen.getByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'Renommé');
    await user.click(screen.getByRole('button', { name: 'Add Members' }));
    const picker = await screen.findByRole('dialog', { name: 'Pick Individual Group Members' });
    expect(within(picker).queryByRole('option', { name: new RegExp(group.name) })).not.toBeInTheDocument();
    await user.type(within(picker).getByLabelText('Search'), outsider.phone.slice(0, 6));
    await user.click(await within(picker).findByRole('option', { name: new RegExp(outsider.name) }));
    await user.click(within(picker).getByRole('button', { name: 'Add' }));
    const row = screen.getByRole('button', { name: `Remove ${outsider.name}` }).closest('li')!;
    expect(row).toHaveTextContent('Not saved yet');

    await user.click(screen.getByRole('button', { name: 'Save' }));
    const confirm = await screen.findByRole('alertdialog');
    expect(within(confirm).getByRole('list', { name: 'Changes to save' })).toHaveTextContent(
      'New name: “Renommé”1 member added',
    );
    await user.click(within(confirm).getByRole('button', { name: 'OK' }));
    await screen.findByText('Saved. The change is sent as soon as the network allows.');
    expect(await within(row).findByText('Waiting to sync')).toBeInTheDocument();
    const intents = (await tenant.db.outbox.toArray()).map((entry) => entry.intent);
    expect(intents).toEqual([
      { name: 'group.rename', args: { id: group.id, name: 'Renommé' } },
      { name: 'group.addMembers', args: { id: group.id, memberIds: [outsider.id] } },
    ]);
  });

  it('shows members another admin adds meanwhile, without losing the draft', async () => {
    const tenant = await signedInTenant();
    const { group, members } = biggestGroup(tenant);
    const [leaving] = members;
    const newcomer = tenant.rows.contacts.find((c) => !group.memberIds.includes(c.id))!;
    const { user } = await openGroup(tenant, group);
    await user.click(screen.getByRole('button', { name: `Remove ${leaving!.name}` }));
    // The sync engine writes the other admin's addition into the local store.
    await tenant.db.groups.update(group.id, { memberIds: [...group.memberIds, newcomer.id], version: 2 });
    expect(await screen.findByRole('button', { name: `Remove ${newcomer.name}` })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: `Remove ${leaving!.name}` })).not.toBeInTheDocument();
    expect(memberCount()).toHaveTextContent(`${group.memberIds.length} members`);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'OK' }));
    await screen.findByText('Saved. The change is sent as soon as the network allows.');
    expect((await tenant.db.outbox.toArray()).map((entry) => entry.intent)).toEqual([
      { name: 'group.removeMembers', args: { id: group.id, memberIds: [leaving!.id] } },
    ]);
  });

  it('deletes the group after a confirmation that counts the scan lists losing it; Cancel keeps it', async () => {
    const tenant = await signedInTenant();
    const { group } = scannedGroup(tenant);
    const scanners = tenant.rows.contacts.filter(
      (c) => c.kind === 'subscriber' && c.scanList.some((entry) => entry.groupId === group.id),
    ).length;
    const { user } = await openGroup(tenant, group);
    await user.click(screen.getByRole('button', { name: 'Delete this group' }));
    let confirm = await screen.findByRole('alertdialog', { name: `Delete the group “${group.name}”?` });
    expect(confirm).toHaveTextContent(
      scanners === 1 ? '1 scan list will lose this group.' : `${scanners} scan lists will lose this group.`,
    );
    expect(confirm).toHaveTextContent(`Its ${group.memberIds.length} members stay in the master list.`);
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(await tenant.db.groups.get(group.id)).toBeDefined();

    await user.click(screen.getByRole('button', { name: 'Delete this group' }));
    confirm = await screen.findByRole('alertdialog');
    await user.click(within(confirm).getByRole('button', { name: 'OK' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Manage Groups' })).toBeInTheDocument();
    expect(screen.getByText(`Group “${group.name}” deleted.`)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: group.name })).not.toBeInTheDocument();
    expect(screen.queryByText(/another administrator/)).not.toBeInTheDocument();
    expect(await tenant.db.groups.get(group.id)).toBeUndefined();
  });

  it('counts scan lists in French, and says when none uses the group', async () => {
    const tenant = await signedInTenant();
    const quiet = tenant.rows.groups.find(
      (group) =>
        !tenant.rows.contacts.some((c) => c.kind === 'subscriber' && c.scanList.some((e) => e.groupId === group.id)),
    );
    const { group } = scannedGroup(tenant);
    const { user, unmount } = await openGroup(tenant, group, 'fr-CA');
    await user.click(screen.getByRole('button', { name: 'Supprimer ce groupe' }));
    expect(
      await screen.findByRole('alertdialog', { name: new RegExp(`^Supprimer le groupe «\\s${group.name}\\s»\\?$`) }),
    ).toHaveTextContent(/1 liste de balayage perdra ce groupe\.|\d+ listes de balayage perdront ce groupe\./);
    unmount();
    if (!quiet) return;
    const again = await openGroup(tenant, quiet, 'fr-CA');
    await again.user.click(screen.getByRole('button', { name: 'Supprimer ce groupe' }));
    expect(await screen.findByRole('alertdialog')).toHaveTextContent('Aucune liste de balayage n’utilise ce groupe.');
  });

  it('says clearly when another administrator deleted the group being edited', async () => {
    const tenant = await signedInTenant();
    const { group, members } = biggestGroup(tenant);
    const { user } = await openGroup(tenant, group);
    await user.click(screen.getByRole('button', { name: `Remove ${members[0]!.name}` }));
    // What a pull does when the server says the group is gone.
    await tenant.db.groups.delete(group.id);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This group no longer exists — another administrator deleted it.');
    expect(alert).toHaveTextContent('Your unsaved changes to it could not be kept.');
    expect(screen.queryByLabelText('Name')).not.toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Manage Groups' })).toHaveAttribute(
      'href',
      '/groups',
    );
  });

  it('says it in French too, and answers an unknown address without blaming anyone', async () => {
    const tenant = await signedInTenant();
    const group = tenant.rows.groups[0]!;
    await openGroup(tenant, group, 'fr-CA');
    await tenant.db.groups.delete(group.id);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Ce groupe n’existe plus — un autre administrateur l’a supprimé.',
    );
  });

  it('answers an address that names no group', async () => {
    const tenant = await signedInTenant();
    renderApp({ url: '/groups/nope', session: tenant.session });
    expect(await screen.findByRole('alert')).toHaveTextContent('There is no group at this address.');
  });
});

describe('the 250-member limit', () => {
  /** A group of `size` members in the large tenant, as synced from the server. */
  async function groupOf(size: number) {
    const tenant = await signedInTenant('large-enterprise');
    const contacts = tenant.rows.contacts;
    const memberIds = contacts.slice(0, size).map((contact) => contact.id);
    const group = await storeGroup(tenant, 'g-near', 'Presque plein', memberIds);
    return { tenant, group, outsiders: contacts.slice(size) as Contact[] };
  }

  it('warns as the limit nears and refuses a pick beyond the places left, with a message', async () => {
    const { tenant, group, outsiders } = await groupOf(238);
    const { user } = await openGroup(tenant, group);
    expect(memberCount()).toHaveTextContent('238 of 250 members — 12 places left');
    await user.click(screen.getByRole('button', { name: 'Add Members' }));
    const picker = await screen.findByRole('dialog', { name: 'Pick Individual Group Members' });
    expect(within(picker).getByRole('status')).toHaveTextContent('12 places left');

    // "Select all" of thousands does not fit: refused, nothing selected.
    await user.click(within(picker).getByRole('button', { name: /^Select all [\d,]+ results$/ }));
    expect(within(picker).getByRole('alert')).toHaveTextContent('Only 12 more members can be added (at most 250).');
    expect(within(picker).getByRole('status')).toHaveTextContent('0 selected');

    // One by one: the 13th tick is refused.
    const options = within(picker).getAllByRole('option');
    for (const option of options.slice(0, 12)) await user.click(option);
    expect(within(picker).getByRole('status')).toHaveTextContent('12 selected');
    expect(within(picker).getByRole('status')).toHaveTextContent('No places left');
    await user.click(options[12]!);
    expect(options[12]).toHaveAttribute('aria-selected', 'false');
    expect(within(picker).getByRole('alert')).toHaveTextContent('No more members can be added (at most 250).');

    await user.click(within(picker).getByRole('button', { name: 'Add' }));
    expect(memberCount()).toHaveTextContent('250 of 250 members — no places left');
    expect(screen.getByRole('button', { name: 'Add Members' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Add Members' })).toHaveAccessibleDescription(
      'No places left: remove members before adding others.',
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'OK' }));
    await screen.findByText('Saved. The change is sent as soon as the network allows.');
    expect((await tenant.db.groups.get(group.id))!.memberIds).toHaveLength(GROUP_MAX_MEMBERS);
    expect(outsiders.length).toBeGreaterThan(5_000);
  });

  it('says it in French', async () => {
    const { tenant, group } = await groupOf(240);
    const { user } = await openGroup(tenant, group, 'fr-CA');
    expect(memberCount()).toHaveTextContent('240 membres sur 250 — 10 places libres');
    await user.click(screen.getByRole('button', { name: 'Ajouter des membres' }));
    const picker = await screen.findByRole('dialog', { name: 'Choisir les membres du groupe' });
    await user.click(within(picker).getByRole('button', { name: /^Sélectionner les [\d\s]+ résultats$/ }));
    expect(within(picker).getByRole('alert')).toHaveTextContent(
      'Seulement 10 autres membres peuvent être ajoutés (au plus 250).',
    );
  });

  it('does not warn far from the limit', async () => {
    const tenant = await signedInTenant();
    const { group } = biggestGroup(tenant);
    await openGroup(tenant, group);
    expect(memberCount()).toHaveTextContent(new RegExp(`^${group.memberIds.length} members$`));
  });
});
