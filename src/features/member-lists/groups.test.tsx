import { describe, expect, it } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import { biggestList, memberCount, openList, scannedGroup, storeList } from '../../../tests/member-lists';
import { signedInTenant } from '../../../tests/tenant';
import type { Contact, Subscriber } from '../../domain/model';
import { GROUP_MAX_MEMBERS } from '../../domain/rules';

// What only groups do: scan lists that follow their members, and the 250-member limit.
// Expected texts use plain spaces where French has non-breaking ones: Testing Library compares normalized white space.
// Two cores shared by several suites: give the live queries time.
configure({ asyncUtilTimeout: 5_000 });

describe('groups and scan lists', () => {
  it('removes a member with its X: the count drops at once, and Save says the group leaves their scan list', async () => {
    const tenant = await signedInTenant();
    const { group, scanner } = scannedGroup(tenant);
    const { user } = await openList(tenant, '/groups', group);
    const count = group.memberIds.length;
    expect(memberCount()).toHaveTextContent(`${count} members`);

    await user.click(screen.getByRole('button', { name: `Remove ${scanner.name}` }));
    expect(memberCount()).toHaveTextContent(`${count - 1} member`);
    expect(screen.queryByRole('button', { name: `Remove ${scanner.name}` })).not.toBeInTheDocument();
    expect(screen.getByText('Unsaved changes: select “Save” to keep them.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Save' }));
    const confirm = await screen.findByRole('alertdialog', { name: `Save the changes to “${group.name}”?` });
    expect(confirm).toHaveTextContent('1 member removed');
    expect(confirm).toHaveTextContent('1 removed member scans this group: it will be taken out of their scan list.');
    await user.click(within(confirm).getByRole('button', { name: 'OK' }));

    expect(await screen.findByText('Saved. The change is sent as soon as the network allows.')).toBeInTheDocument();
    // The page marks it as waiting (its History under it may list the waiting edit too).
    await waitFor(() => {
      const history = screen.getByRole('region', { name: 'History' });
      const marks = screen.getAllByText('Waiting to sync');
      expect(marks.filter((mark) => !history.contains(mark))).toHaveLength(1);
    });
    expect((await tenant.db.groups.get(group.id))!.memberIds).not.toContain(scanner.id);
    const after = (await tenant.db.contacts.get(scanner.id)) as Subscriber;
    expect(after.scanList.map((entry) => entry.groupId)).not.toContain(group.id);
    expect((await tenant.db.outbox.toArray()).map((entry) => entry.intent.name)).toEqual(['group.removeMembers']);
  });

  it('says in French how many removed members scan the group', async () => {
    const tenant = await signedInTenant();
    const { group, scanner } = scannedGroup(tenant);
    const { user } = await openList(tenant, '/groups', group, 'fr-CA');
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

  it('counts the scan lists that lose a deleted group', async () => {
    const tenant = await signedInTenant();
    const { group } = scannedGroup(tenant);
    const scanners = tenant.rows.contacts.filter(
      (c) => c.kind === 'subscriber' && c.scanList.some((entry) => entry.groupId === group.id),
    ).length;
    const { user } = await openList(tenant, '/groups', group);
    await user.click(screen.getByRole('button', { name: 'Delete this group' }));
    expect(await screen.findByRole('alertdialog', { name: `Delete the group “${group.name}”?` })).toHaveTextContent(
      scanners === 1 ? '1 scan list will lose this group.' : `${scanners} scan lists will lose this group.`,
    );
  });

  it('counts scan lists in French, and says when none uses the group', async () => {
    const tenant = await signedInTenant();
    const quiet = tenant.rows.groups.find(
      (group) =>
        !tenant.rows.contacts.some((c) => c.kind === 'subscriber' && c.scanList.some((e) => e.groupId === group.id)),
    );
    const { group } = scannedGroup(tenant);
    const { user, unmount } = await openList(tenant, '/groups', group, 'fr-CA');
    await user.click(screen.getByRole('button', { name: 'Supprimer ce groupe' }));
    expect(
      await screen.findByRole('alertdialog', { name: new RegExp(`^Supprimer le groupe «\\s${group.name}\\s»\\?$`) }),
    ).toHaveTextContent(/1 liste de balayage perdra ce groupe\.|\d+ listes de balayage perdront ce groupe\./);
    unmount();
    if (!quiet) return;
    const again = await openList(tenant, '/groups', quiet, 'fr-CA');
    await again.user.click(screen.getByRole('button', { name: 'Supprimer ce groupe' }));
    expect(await screen.findByRole('alertdialog')).toHaveTextContent('Aucune liste de balayage n’utilise ce groupe.');
  });
});

describe('the 250-member limit', () => {
  /** A group of `size` members in the large tenant, as synced from the server. */
  async function groupOf(size: number) {
    const tenant = await signedInTenant('large-enterprise');
    const contacts = tenant.rows.contacts;
    const memberIds = contacts.slice(0, size).map((contact) => contact.id);
    const group = await storeList(tenant, 'groups', 'g-near', 'Presque plein', memberIds);
    return { tenant, group, outsiders: contacts.slice(size) as Contact[] };
  }

  it('warns as the limit nears and refuses a pick beyond the places left, with a message', async () => {
    const { tenant, group, outsiders } = await groupOf(238);
    const { user } = await openList(tenant, '/groups', group);
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
    const { user } = await openList(tenant, '/groups', group, 'fr-CA');
    expect(memberCount()).toHaveTextContent('240 sur 250 membres — 10 places libres');
    await user.click(screen.getByRole('button', { name: 'Ajouter des membres' }));
    const picker = await screen.findByRole('dialog', { name: 'Choisir les membres du groupe' });
    await user.click(within(picker).getByRole('button', { name: /^Sélectionner les [\d\s]+ résultats$/ }));
    expect(within(picker).getByRole('alert')).toHaveTextContent(
      'Il reste de la place pour 10 membres (250 au maximum).',
    );
  });

  it('does not warn far from the limit', async () => {
    const tenant = await signedInTenant();
    const { list } = biggestList(tenant, 'groups');
    await openList(tenant, '/groups', list);
    expect(memberCount()).toHaveTextContent(new RegExp(`^${list.memberIds.length} members$`));
  });
});
