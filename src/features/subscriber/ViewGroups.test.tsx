import { describe, expect, it } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../../tests/render';
import { signedInTenant } from '../../../tests/tenant';
import type { Group, Subscriber } from '../../domain/model';
import { foldName } from '../../domain/rules';

configure({ asyncUtilTimeout: 5_000 });

async function openSubscriber({
  locale = 'en-CA',
  minGroups = 2,
  extraGroups = 0,
}: { locale?: 'en-CA' | 'fr-CA'; minGroups?: number; extraGroups?: number } = {}) {
  const tenant = await signedInTenant();
  const groupsOf = (id: string) => tenant.rows.groups.filter((group) => group.memberIds.includes(id));
  const subscriber = tenant.rows.contacts.find(
    (c): c is Subscriber => c.kind === 'subscriber' && !c.scanningEnabled && groupsOf(c.id).length >= minGroups,
  )!;
  const added: Group[] = Array.from({ length: extraGroups }, (_, i) => {
    const name = `Équipe ${String(i + 1).padStart(2, '0')}`;
    return { id: `extra-${i}`, name, nameKey: foldName(name), memberIds: [subscriber.id], version: 1 };
  });
  await tenant.db.groups.bulkPut(added);
  const view = renderApp({ url: `/subscribers/${subscriber.id}`, session: tenant.session, locale });
  await screen.findByRole('heading', { level: 1, name: subscriber.name });
  const groups = [...groupsOf(subscriber.id), ...added].sort((a, b) => a.name.localeCompare(b.name, locale));
  return { ...tenant, ...view, subscriber, groups };
}

describe('View Groups: talkgroup scanning', () => {
  it('shows the subscriber, the groups they belong to, and saves scanning with priorities', async () => {
    const { user, subscriber, groups, db } = await openSubscriber();
    const digits = subscriber.phone;
    expect(
      screen.getByText(`Phone number: (${digits.slice(0, 3)}) ${digits.slice(3, 6)}-${digits.slice(6)}`),
    ).toBeInTheDocument();
    const tabs = screen.getByRole('navigation', { name: 'Subscriber profile' });
    expect(within(tabs).getByRole('link', { name: 'View Groups' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('heading', { level: 2, name: 'View Groups' })).toBeInTheDocument();
    const scanList = screen.getByRole('group', { name: 'Groups to scan' });
    expect(
      within(scanList)
        .getAllByRole('checkbox')
        .map((box) => box.closest('label')?.textContent),
    ).toEqual(groups.map((group) => group.name));
    // Scanning off: the scan list is kept but cannot be changed.
    expect(within(scanList).getByRole('checkbox', { name: groups[0]!.name })).toBeDisabled();
    expect(screen.getByText(/Scanning is off/)).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Enable Talkgroup Scanning' }));
    expect(screen.getByText(/nothing to scan/)).toBeInTheDocument();
    await user.click(within(scanList).getByRole('checkbox', { name: groups[0]!.name }));
    await user.click(within(scanList).getByRole('checkbox', { name: groups[1]!.name }));
    expect(screen.getByText('Scan list: 2 of 16 groups')).toBeInTheDocument();
    const priority = screen.getByRole('combobox', { name: `Priority for ${groups[0]!.name}` });
    expect(
      within(priority)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Priority 1 (highest)', 'Priority 2', 'Priority 3', 'Normal']);
    expect(priority).toHaveValue('normal');
    await user.selectOptions(priority, 'Priority 1 (highest)');
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText(`The scan list of ${subscriber.name} was saved.`)).toBeInTheDocument();
    // The page marks it as waiting (its History under it may list the waiting edit too).
    await waitFor(() => {
      const history = screen.getByRole('region', { name: 'History' });
      const marks = screen.getAllByText('Waiting to sync');
      expect(marks.filter((mark) => !history.contains(mark))).toHaveLength(1);
    });
    const stored = (await db.contacts.get(subscriber.id)) as Subscriber;
    expect(stored.scanningEnabled).toBe(true);
    expect(stored.scanList).toEqual([
      { groupId: groups[0]!.id, priority: 'p1' },
      { groupId: groups[1]!.id, priority: 'normal' },
    ]);
  });

  it('says the scan list is full before a 17th group can be ticked', async () => {
    const { user, groups, db, subscriber } = await openSubscriber({ minGroups: 1, extraGroups: 17 });
    await user.click(screen.getByRole('checkbox', { name: 'Enable Talkgroup Scanning' }));
    const scanList = screen.getByRole('group', { name: 'Groups to scan' });
    for (const group of groups.slice(0, 16))
      await user.click(within(scanList).getByRole('checkbox', { name: group.name }));
    expect(screen.getByText('Scan list: 16 of 16 groups')).toBeInTheDocument();
    const note = 'The scan list is full: 16 groups at most. Untick a group to choose another.';
    expect(screen.getByText(note)).toBeInTheDocument();
    const seventeenth = within(scanList).getByRole('checkbox', { name: groups[16]!.name });
    expect(seventeenth).toBeDisabled();
    expect(seventeenth).toHaveAccessibleDescription(note);
    await user.click(within(scanList).getByRole('checkbox', { name: groups[0]!.name }));
    expect(seventeenth).toBeEnabled();
    expect(screen.queryByText(note)).not.toBeInTheDocument();
    await user.click(seventeenth);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText(/was saved/);
    expect(((await db.contacts.get(subscriber.id)) as Subscriber).scanList).toHaveLength(16);
  }, 40_000);

  it('offers only the groups the subscriber is in, following changes made meanwhile', async () => {
    const { user, groups, db, subscriber } = await openSubscriber();
    await user.click(screen.getByRole('checkbox', { name: 'Enable Talkgroup Scanning' }));
    await user.click(screen.getByRole('checkbox', { name: groups[0]!.name }));
    await user.click(screen.getByRole('checkbox', { name: groups[1]!.name }));
    // Another admin takes the subscriber out of a group while this page is open.
    const left = groups[1]!;
    await db.groups.update(left.id, { memberIds: left.memberIds.filter((id) => id !== subscriber.id) });
    await waitFor(() => expect(screen.queryByRole('checkbox', { name: left.name })).not.toBeInTheDocument());
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText(/was saved/);
    expect(((await db.contacts.get(subscriber.id)) as Subscriber).scanList).toEqual([
      { groupId: groups[0]!.id, priority: 'normal' },
    ]);
  });

  it('explains a subscriber with no group, and reaches the Options tab with the edit icon', async () => {
    const tenant = await signedInTenant();
    const lonely = tenant.rows.contacts.find(
      (c) => c.kind === 'subscriber' && !tenant.rows.groups.some((g) => g.memberIds.includes(c.id)),
    )!;
    const { user } = renderApp({ url: `/subscribers/${lonely.id}`, session: tenant.session });
    expect(await screen.findByText(/is not a member of any group/)).toBeInTheDocument();
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Manage Groups' })).toHaveAttribute(
      'href',
      '/groups',
    );
    await user.click(screen.getByRole('link', { name: 'Options' }));
    expect(await screen.findByRole('heading', { name: 'Messaging' })).toBeInTheDocument();
  });

  it('speaks French: labels, priorities, the full scan list and the saved message', async () => {
    const { user, groups, subscriber } = await openSubscriber({ locale: 'fr-CA', minGroups: 1, extraGroups: 16 });
    expect(screen.getByRole('heading', { level: 2, name: 'Voir les groupes' })).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Activer le balayage des groupes de discussion' }));
    for (const group of groups.slice(0, 16)) await user.click(screen.getByRole('checkbox', { name: group.name }));
    expect(screen.getByText('Liste de balayage : 16 groupes sur 16')).toBeInTheDocument();
    expect(screen.getByText(/^La liste de balayage est pleine\s: 16 groupes au maximum\./)).toBeInTheDocument();
    const priority = screen.getByRole('combobox', { name: `Priorité pour ${groups[0]!.name}` });
    expect(
      within(priority)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Priorité 1 (la plus élevée)', 'Priorité 2', 'Priorité 3', 'Normale']);
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText(`Liste de balayage enregistrée pour ${subscriber.name}.`)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Annuler' })).toBeInTheDocument();
  }, 40_000);
});
