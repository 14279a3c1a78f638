import { describe, expect, it } from 'vitest';
import { configure, screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { renderApp } from '../../../tests/render';
import { signedInTenant } from '../../../tests/tenant';
import type { Subscriber } from '../../domain/model';

configure({ asyncUtilTimeout: 5_000 });

/** What the two panes share: an edit, how it shows, the other way out, and what stays stored. */
const PANES = [
  {
    pane: 'View Groups',
    path: '',
    pick: (c: Subscriber) => !c.scanningEnabled,
    edit: (user: UserEvent) => user.click(screen.getByRole('checkbox', { name: 'Enable Talkgroup Scanning' })),
    edited: () => expect(screen.getByRole('checkbox', { name: 'Enable Talkgroup Scanning' })).toBeChecked(),
    leaveBy: 'Manage Master List',
    unchanged: (stored: Subscriber) => expect(stored.scanningEnabled).toBe(false),
  },
  {
    pane: 'Options',
    path: '/options',
    pick: (c: Subscriber) => c.messaging === 'enabled',
    edit: (user: UserEvent) => user.click(screen.getByRole('radio', { name: 'None' })),
    edited: () => expect(screen.getByRole('radio', { name: 'None' })).toBeChecked(),
    leaveBy: 'View Groups',
    unchanged: (stored: Subscriber) => expect(stored.messaging).toBe('enabled'),
  },
] as const;

describe.each(PANES)('a subscriber’s $pane pane', ({ path, pick, edit, edited, leaveBy, unchanged }) => {
  it('Cancel discards the changes; leaving with unsaved changes asks first', async () => {
    const { session, rows, db } = await signedInTenant();
    const subscriber = rows.contacts.find((c): c is Subscriber => c.kind === 'subscriber' && pick(c))!;
    const { user } = renderApp({ url: `/subscribers/${subscriber.id}${path}`, session });
    await screen.findByRole('heading', { level: 1, name: subscriber.name });
    await edit(user);
    await user.click(screen.getByRole('link', { name: leaveBy }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Leave without saving?' });
    await user.click(within(dialog).getByRole('button', { name: 'Stay on this page' }));
    edited();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Manage Master List' })).toBeInTheDocument();
    unchanged((await db.contacts.get(subscriber.id)) as Subscriber);
    expect(await db.outbox.count()).toBe(0);
  });
});

describe('an address that is not a subscriber’s', () => {
  it('says so for an unknown subscriber, and has no way to create or delete subscribers', async () => {
    const { session } = await signedInTenant();
    renderApp({ url: '/subscribers/nobody', session });
    expect(await screen.findByRole('heading', { name: 'This subscriber no longer exists' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to the master list' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /delete|add subscriber/i })).not.toBeInTheDocument();
  });

  it('says so when the address is an external contact’s, and links to its page', async () => {
    const { session, rows } = await signedInTenant();
    const external = rows.contacts.find((c) => c.kind === 'external')!;
    renderApp({ url: `/subscribers/${external.id}/options`, session });
    expect(await screen.findByRole('heading', { name: 'This is an external contact' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Edit External Contact' })).toHaveAttribute(
      'href',
      `/external-contacts/${external.id}`,
    );
  });
});
