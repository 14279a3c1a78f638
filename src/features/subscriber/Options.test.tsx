import { describe, expect, it } from 'vitest';
import { configure, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from '../../../tests/render';
import { signedInTenant } from '../../../tests/tenant';
import type { Subscriber } from '../../domain/model';

configure({ asyncUtilTimeout: 5_000 });

async function openOptions(locale: 'en-CA' | 'fr-CA' = 'en-CA') {
  const tenant = await signedInTenant();
  const subscriber = tenant.rows.contacts.find(
    (c): c is Subscriber => c.kind === 'subscriber' && c.messaging === 'enabled',
  )!;
  const view = renderApp({ url: `/subscribers/${subscriber.id}/options`, session: tenant.session, locale });
  await screen.findByRole('heading', { level: 1, name: subscriber.name });
  return { ...tenant, ...view, subscriber };
}

const stored = async (db: Awaited<ReturnType<typeof signedInTenant>>['db'], id: string) =>
  (await db.contacts.get(id)) as Subscriber;

describe('Options: messaging', () => {
  it('says before saving that None turns off secure messaging and voice message fallback, then saves it', async () => {
    const { user, subscriber, db } = await openOptions();
    const tabs = screen.getByRole('navigation', { name: 'Subscriber profile' });
    expect(within(tabs).getByRole('link', { name: 'Options' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('heading', { name: 'Messaging' })).toBeInTheDocument();
    const textMultimedia = screen.getByRole('group', { name: 'Text & multimedia' });
    expect(within(textMultimedia).getByRole('radio', { name: 'Enabled' })).toBeChecked();
    expect(screen.queryByText(/Choosing “None” turns off/)).not.toBeInTheDocument();

    await user.click(within(textMultimedia).getByRole('radio', { name: 'None' }));
    const warning =
      'Choosing “None” turns off integrated secure messaging and voice message fallback, which uses messaging to deliver voice messages.';
    expect(screen.getByText(warning)).toBeInTheDocument();
    expect(textMultimedia).toHaveAccessibleDescription(warning);
    expect(screen.getByText('Integrated secure messaging').nextElementSibling).toHaveTextContent('Off');
    expect(screen.getByText('Voice message fallback').nextElementSibling).toHaveTextContent('Off');
    // Nothing is saved until Save.
    expect((await stored(db, subscriber.id)).messaging).toBe('enabled');

    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText(`The options of ${subscriber.name} were saved.`)).toBeInTheDocument();
    // The page marks the subscriber as waiting (its History under it may list the waiting edit too).
    await waitFor(() => {
      const history = screen.getByRole('region', { name: 'History' });
      const marks = screen.getAllByText('Waiting to sync');
      expect(marks.filter((mark) => !history.contains(mark))).toHaveLength(1);
    });
    expect((await stored(db, subscriber.id)).messaging).toBe('none');
    const [queued] = await db.outbox.toArray();
    expect(queued?.intent).toEqual({
      name: 'options.setMessaging',
      args: { subscriberId: subscriber.id, messaging: 'none' },
    });
  });

  it('shows location services as on and not removable, and the data-charges notice', async () => {
    await openOptions();
    const location = screen.getByRole('checkbox', { name: 'Location services' });
    expect(location).toBeChecked();
    expect(location).toBeDisabled();
    expect(location).toHaveAccessibleDescription(
      'Note: Push-to-Talk location services cannot be removed at this time.',
    );
    expect(screen.getByText(/need a data connection\. Normal data usage charges apply/)).toBeInTheDocument();
    expect(screen.getByText('Integrated secure messaging').nextElementSibling).toHaveTextContent('On');
  });

  it('speaks French, with the source page’s words', async () => {
    const { user, subscriber } = await openOptions('fr-CA');
    expect(screen.getByRole('heading', { name: 'Messagerie' })).toBeInTheDocument();
    const textMultimedia = screen.getByRole('group', { name: 'Texto et multimédia' });
    await user.click(within(textMultimedia).getByRole('radio', { name: 'Aucun' }));
    expect(
      screen.getByText(
        'Choisir « Aucun » désactive la messagerie sécurisée intégrée ainsi que le message vocal comme solution de repli, puisqu’il utilise la messagerie pour livrer le message vocal.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Services de localisation' })).toBeDisabled();
    expect(screen.getByText(/Les frais d’utilisation de données habituels seront appliqués/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText(`Options enregistrées pour ${subscriber.name}.`)).toBeInTheDocument();
  });
});
