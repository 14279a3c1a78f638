import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../render';
import type { Session } from '../../src/features/session/session-store';
import { useLocaleStore } from '../../src/lib/locale';

const session: Session = {
  token: 'test-token',
  tenant: { id: 't-shell', name: 'Plomberie Gagnon & Fils', kind: 'small-business' },
  user: { id: 'u-1', username: 'admin@gagnon.demo', displayName: 'Admin' },
};

describe('app shell', () => {
  it('sends a signed-out visitor to the sign-in page', async () => {
    renderApp({ url: '/groups' });
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByText(/1-800-667-0123/)).toBeInTheDocument();
  });

  it('shows the tenant and reaches every section from the navigation, in English', async () => {
    const { user } = renderApp({ url: '/', session });
    expect(await screen.findByRole('heading', { name: 'Manage Master List' })).toBeInTheDocument();
    expect(screen.getByText('Plomberie Gagnon & Fils')).toBeInTheDocument();
    const nav = await screen.findByRole('navigation', { name: 'Sections' });
    for (const [link, heading] of [
      ['Add External Contact', 'Add External Contact'],
      ['Manage Sub-Lists', 'Manage Sub-Lists'],
      ['Manage Groups', 'Manage Groups'],
      ['Import / Export', 'Import / Export'],
      ['Sync issues', 'Sync issues'],
      ['Manage Master List', 'Manage Master List'],
    ] as const) {
      await user.click(within(nav).getByRole('link', { name: link }));
      expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
      expect(within(nav).getByRole('link', { name: link })).toHaveAttribute('aria-current', 'page');
    }
  });

  it('switches to French, remembers it, and labels everything in French', async () => {
    const { user } = renderApp({ url: '/master-list', session });
    await user.click(await screen.findByRole('button', { name: 'Afficher en français' }));
    expect(await screen.findByRole('heading', { name: 'Gérer la liste maîtresse' })).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Gérer les sous-listes' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sortir' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('fr');
    expect(JSON.parse(localStorage.getItem('ptt-admin.locale') ?? '{}').state.locale).toBe('fr-CA');
    expect(useLocaleStore.getState().locale).toBe('fr-CA');
  });

  it('answers an unknown address with a not-found page in the user’s language', async () => {
    renderApp({ url: '/nowhere/at-all', session, locale: 'fr-CA' });
    expect(await screen.findByRole('heading', { name: 'Page introuvable' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Aller à la liste maîtresse' })).toBeInTheDocument();
  });

  it('Exit closes the session and returns to the sign-in page', async () => {
    const { user } = renderApp({ url: '/groups', session });
    const exit = await screen.findByRole('button', { name: 'Exit' });
    // Enabled once the edits waiting are counted: with none, Exit leaves at once.
    await waitFor(() => expect(exit).toBeEnabled());
    await user.click(exit);
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeInTheDocument();
  });
});
