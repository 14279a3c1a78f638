/**
 * View Groups and Options while another administrator edits the same subscriber (issue 21):
 * their change reaches the open form through the real sync engine and the mock back-end.
 */
import { describe, expect, it } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../../tests/render';
import { signedInTenant } from '../../../tests/tenant';
import { OTHER_ADMIN_NAME, otherAdminEdits } from '../../../tests/other-admin';
import type { ScanEntry, Subscriber } from '../../domain/model';

configure({ asyncUtilTimeout: 10_000 });

async function openSubscriber(page: '' | '/options', locale: 'en-CA' | 'fr-CA' = 'en-CA') {
  const tenant = await signedInTenant('small-business', { online: true });
  const groupsOf = (id: string) => tenant.rows.groups.filter((group) => group.memberIds.includes(id));
  const subscriber = tenant.rows.contacts.find(
    (c): c is Subscriber =>
      c.kind === 'subscriber' && !c.scanningEnabled && c.messaging === 'enabled' && groupsOf(c.id).length >= 2,
  )!;
  const view = renderApp({ url: `/subscribers/${subscriber.id}${page}`, session: tenant.session, locale });
  await screen.findByRole('heading', { level: 1, name: subscriber.name });
  const groups = groupsOf(subscriber.id).sort((a, b) => a.name.localeCompare(b.name, locale));
  const scan = (scanningEnabled: boolean, scanList: ScanEntry[]) =>
    otherAdminEdits(tenant, {
      name: 'scanning.update',
      args: { subscriberId: subscriber.id, scanningEnabled, scanList },
    });
  return { ...tenant, ...view, subscriber, groups, scan };
}

const leaveToMasterList = async (user: ReturnType<typeof renderApp>['user'], link = 'Manage Master List') => {
  await user.click(screen.getByRole('link', { name: link }));
  expect(await screen.findByRole('heading', { level: 1, name: link })).toBeInTheDocument();
  expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
};

describe('View Groups while another administrator edits the subscriber', () => {
  it('untouched, it follows their scan list and says who changed it; leaving does not ask', async () => {
    const { user, groups, scan } = await openSubscriber('');
    await scan(true, [{ groupId: groups[1]!.id, priority: 'p1' }]);
    const scanList = screen.getByRole('group', { name: 'Groups to scan' });
    await waitFor(() => expect(within(scanList).getByRole('checkbox', { name: groups[1]!.name })).toBeChecked());
    expect(screen.getByRole('checkbox', { name: 'Enable Talkgroup Scanning' })).toBeChecked();
    expect(screen.getByRole('combobox', { name: `Priority for ${groups[1]!.name}` })).toHaveValue('p1');
    expect(
      await screen.findByText(new RegExp(`^${OTHER_ADMIN_NAME} changed “Groups to scan” \\(.+\\)\\. The form shows`)),
    ).toBeInTheDocument();
    await leaveToMasterList(user);
  });

  it('a scan list the user changed stays theirs with “Use theirs”; leaving asks; saving is judged as a conflict', async () => {
    const { user, groups, scan, db } = await openSubscriber('');
    await user.click(screen.getByRole('checkbox', { name: 'Enable Talkgroup Scanning' }));
    const scanList = screen.getByRole('group', { name: 'Groups to scan' });
    await user.click(within(scanList).getByRole('checkbox', { name: groups[0]!.name }));
    await scan(false, [{ groupId: groups[1]!.id, priority: 'normal' }]);
    expect(await screen.findByText(/changed “Groups to scan”.*You changed it too/)).toBeInTheDocument();
    expect(within(scanList).getByRole('checkbox', { name: groups[0]!.name })).toBeChecked();
    expect(within(scanList).getByRole('checkbox', { name: groups[1]!.name })).not.toBeChecked();
    // They left scanning off, as it was: the user's "on" is no conflict, and stays without a notice.
    expect(screen.getByRole('checkbox', { name: 'Enable Talkgroup Scanning' })).toBeChecked();
    expect(screen.getAllByRole('button', { name: 'Use theirs' })).toHaveLength(1);

    await user.click(screen.getByRole('link', { name: 'Manage Master List' }));
    const ask = await screen.findByRole('alertdialog', { name: 'Leave without saving?' });
    await user.click(within(ask).getByRole('button', { name: 'Stay on this page' }));

    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('link', { name: '1 sync issue' })).toBeInTheDocument();
    const [issue] = await db.syncIssues.toArray();
    expect(issue?.outcome).toMatchObject({ status: 'conflict' });
  });

  it('“Use theirs” on the scan list takes their groups back into the form', async () => {
    const { user, groups, scan } = await openSubscriber('');
    await user.click(screen.getByRole('checkbox', { name: 'Enable Talkgroup Scanning' }));
    const scanList = screen.getByRole('group', { name: 'Groups to scan' });
    await user.click(within(scanList).getByRole('checkbox', { name: groups[0]!.name }));
    await scan(true, [{ groupId: groups[1]!.id, priority: 'normal' }]);
    await user.click(await screen.findByRole('button', { name: 'Use theirs' }));
    expect(within(scanList).getByRole('checkbox', { name: groups[0]!.name })).not.toBeChecked();
    expect(within(scanList).getByRole('checkbox', { name: groups[1]!.name })).toBeChecked();
    await leaveToMasterList(user);
  });
});

describe('Options while another administrator edits the subscriber', () => {
  it('in French, untouched, “Text & multimedia” follows theirs with who changed it', async () => {
    const { user, subscriber, ...tenant } = await openSubscriber('/options', 'fr-CA');
    await otherAdminEdits(tenant, {
      name: 'options.setMessaging',
      args: { subscriberId: subscriber.id, messaging: 'none' },
    });
    const choices = screen.getByRole('group', { name: 'Texto et multimédia' });
    await waitFor(() => expect(within(choices).getByRole('radio', { name: 'Aucun' })).toBeChecked());
    expect(
      await screen.findByText(
        new RegExp(
          `^${OTHER_ADMIN_NAME} a remplacé la valeur de «\\s?Texto et multimédia\\s?» par «\\s?Aucun\\s?» \\(.+\\)\\.`,
        ),
      ),
    ).toBeInTheDocument();
    await leaveToMasterList(user, 'Gérer la liste maîtresse');
  });

  it('the user’s choice, made by the other administrator too, leaves nothing unsaved', async () => {
    const { user, subscriber, ...tenant } = await openSubscriber('/options');
    const choices = screen.getByRole('group', { name: 'Text & multimedia' });
    await user.click(within(choices).getByRole('radio', { name: 'None' }));
    await otherAdminEdits(tenant, {
      name: 'options.setMessaging',
      args: { subscriberId: subscriber.id, messaging: 'none' },
    });
    await waitFor(async () =>
      expect((await tenant.db.contacts.get(subscriber.id)) as Subscriber).toMatchObject({ messaging: 'none' }),
    );
    expect(within(choices).getByRole('radio', { name: 'None' })).toBeChecked();
    expect(screen.queryByRole('button', { name: 'Use theirs' })).not.toBeInTheDocument();
    await leaveToMasterList(user);
  });
});
