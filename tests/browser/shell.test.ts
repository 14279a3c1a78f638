import { describe, expect, it } from 'vitest';
import { axeViolations, openBrowser, signIn } from './support';

const LANGUAGES = [
  {
    locale: 'en-CA',
    signIn: 'Sign in',
    sections: ['Manage Master List', 'Add External Contact', 'Manage Sub-Lists', 'Manage Groups', 'Sync issues'],
    notFound: 'Page not found',
  },
  {
    locale: 'fr-CA',
    signIn: 'Ouvrir une session',
    sections: [
      'Gérer la liste maîtresse',
      'Ajouter un contact externe',
      'Gérer les sous-listes',
      'Gérer les groupes',
      'Problèmes de synchronisation',
    ],
    notFound: 'Page introuvable',
  },
] as const;

describe.each(LANGUAGES)('the shell in $locale', (language) => {
  it('opens in the browser’s language, signs in, and reaches every section with no console error and no axe violation', async () => {
    const browser = await openBrowser({ locale: language.locale });
    const { page } = browser;
    await page.goto(`${browser.baseUrl}/`);
    await page.getByRole('heading', { name: language.signIn }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await signIn(page, 'small-business');
    await page.getByText('Plomberie Gagnon & Fils').first().waitFor();
    const nav = page.getByRole('navigation');
    for (const section of language.sections) {
      await nav.getByRole('link', { name: section }).click();
      await page.getByRole('heading', { level: 1, name: section }).waitFor();
      expect(await axeViolations(page), section).toEqual([]);
    }
    await page.goto(`${browser.baseUrl}/no/such/page`);
    await page.getByRole('heading', { name: language.notFound }).waitFor();
    expect(browser.consoleErrors).toEqual([]);
  });
});
