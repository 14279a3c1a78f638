import { describe, expect, it } from 'vitest';
import { axeViolations, openSignedIn } from './support';

const LANGUAGES = [
  {
    locale: 'en-CA',
    search: 'Search',
    enable: 'Enable Talkgroup Scanning',
    scanList: 'Groups to scan',
    priorityFor: 'Priority for',
    p1: 'Priority 1 (highest)',
    p3: 'Priority 3',
    save: 'Save',
    scanSaved: 'The scan list of Aroha Émond was saved.',
    options: 'Options',
    messaging: 'Messaging',
    none: 'None',
    noneWarning: /Choosing “None” turns off integrated secure messaging and voice message fallback/,
    location: 'Location services',
    optionsSaved: 'The options of Aroha Émond were saved.',
    viewGroups: 'View Groups',
    synced: 'All changes synced',
  },
  {
    locale: 'fr-CA',
    search: 'Rechercher',
    enable: 'Activer le balayage des groupes de discussion',
    scanList: 'Groupes à balayer',
    priorityFor: 'Priorité pour',
    p1: 'Priorité 1 (la plus élevée)',
    p3: 'Priorité 3',
    save: 'Enregistrer',
    scanSaved: 'Liste de balayage enregistrée pour Aroha Émond.',
    options: 'Options',
    messaging: 'Messagerie',
    none: 'Aucun',
    noneWarning: /Choisir «\sAucun\s» désactive la messagerie sécurisée intégrée ainsi que le message vocal/,
    location: 'Services de localisation',
    optionsSaved: 'Options enregistrées pour Aroha Émond.',
    viewGroups: 'Voir les groupes',
    synced: 'Toutes les modifications sont synchronisées',
  },
] as const;

describe.each(LANGUAGES)('a subscriber’s scanning and options in $locale', (language) => {
  it('enables scanning with priorities, then sets Text & multimedia to None', async () => {
    const { page, consoleErrors } = await openSignedIn({ locale: language.locale });
    await page.getByRole('searchbox', { name: language.search }).fill('aroha');
    await page.getByRole('option', { name: /Aroha Émond/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Aroha Émond' }).waitFor();

    await page.getByRole('checkbox', { name: language.enable }).check();
    const scanList = page.getByRole('group', { name: language.scanList });
    const groups = scanList.getByRole('checkbox');
    expect(await groups.count()).toBeGreaterThanOrEqual(2);
    await groups.nth(0).check();
    await groups.nth(1).check();
    const firstGroup = (await groups.nth(0).locator('xpath=..').textContent())!.trim();
    const secondGroup = (await groups.nth(1).locator('xpath=..').textContent())!.trim();
    await page
      .getByRole('combobox', { name: `${language.priorityFor} ${firstGroup}` })
      .selectOption({ label: language.p1 });
    await page
      .getByRole('combobox', { name: `${language.priorityFor} ${secondGroup}` })
      .selectOption({ label: language.p3 });
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: language.save }).click();
    await page.getByText(language.scanSaved).waitFor();
    await page.getByText(language.synced).waitFor({ timeout: 30_000 });

    await page.getByRole('link', { name: language.options }).click();
    await page.getByRole('heading', { name: language.messaging }).waitFor();
    const location = page.getByRole('checkbox', { name: language.location });
    expect(await location.isChecked()).toBe(true);
    expect(await location.isDisabled()).toBe(true);
    await page.getByRole('radio', { name: language.none }).check();
    await page.getByText(language.noneWarning).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: language.save }).click();
    await page.getByText(language.optionsSaved).waitFor();
    await page.getByText(language.synced).waitFor({ timeout: 30_000 });

    // After a reload, what the server holds comes back: None, and the scan list with its priorities.
    await page.reload();
    await page.getByRole('heading', { name: language.messaging }).waitFor();
    expect(await page.getByRole('radio', { name: language.none }).isChecked()).toBe(true);
    await page.getByRole('link', { name: language.viewGroups }).click();
    expect(await page.getByRole('checkbox', { name: language.enable }).isChecked()).toBe(true);
    expect(await page.getByRole('combobox', { name: `${language.priorityFor} ${firstGroup}` }).inputValue()).toBe('p1');
    expect(await page.getByRole('combobox', { name: `${language.priorityFor} ${secondGroup}` }).inputValue()).toBe(
      'p3',
    );
    expect(consoleErrors).toEqual([]);
  });
});
