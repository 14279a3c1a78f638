/**
 * The sign-in page when the back-end's sign-in limit answers 429: it says how long to
 * wait, in the user's language, instead of "wrong password" or a vague failure.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configure, screen } from '@testing-library/react';
import { createTestBackend } from '../../mocks/node';
import { SIGN_IN_LIMITS } from '../../server/core/sign-in-throttle';
import { renderApp } from '../render';

// The sign-in page loads lazily, and each attempt hashes a password: give them time on a busy machine.
configure({ asyncUtilTimeout: 10_000 });

const backend = createTestBackend();
beforeAll(() => backend.msw.listen({ onUnhandledRequest: 'error' }));
afterAll(() => backend.msw.close());

describe('sign-in page under the sign-in limit', () => {
  it('after too many wrong passwords it says, in French, how many minutes to wait', async () => {
    const { user } = renderApp({ url: '/sign-in', locale: 'fr-CA' });
    await user.type(await screen.findByLabelText('Nom d’utilisateur'), 'admin@gagnon.demo');
    const password = screen.getByLabelText('Mot de passe');
    const submit = screen.getByRole('button', { name: 'Ouvrir une session' });
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount.attempts; i++) {
      await user.clear(password);
      await user.type(password, `devinette-${i}`);
      await user.click(submit);
      expect(await screen.findByRole('alert')).toHaveTextContent('ne correspondent pas');
      await screen.findByRole('button', { name: 'Ouvrir une session' });
    }
    await user.clear(password);
    await user.type(password, 'demo');
    await user.click(submit);
    expect(
      await screen.findByText(
        'Trop de tentatives d’ouverture de session. Réessayez dans 15 minutes ou communiquez avec le service à la clientèle.',
      ),
    ).toBeInTheDocument();
  });
});
