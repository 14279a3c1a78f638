import { describe, expect, it } from 'vitest';
import { axeViolations, openSignedIn, setDemoNetwork } from './support';

const LANGUAGES = [
  {
    locale: 'en-CA',
    // English is done online; French is done with the network cut, then synced.
    offline: false,
    nav: 'Add External Contact',
    addTitle: 'Add External Contact',
    editTitle: 'Edit External Contact',
    name: 'Name',
    phone: 'Phone number',
    save: 'Save',
    phoneError: 'Enter a 10-digit phone number, for example 613-555-0142.',
    added: 'External contact Garage Côté was added to the master list.',
    saved: 'Changes to Garage Côté Nord were saved.',
    remove: 'Delete external contact',
    confirmTitle: 'Delete Garage Côté Nord?',
    deleted: 'External contact Garage Côté Nord was deleted.',
    pending: 'Waiting to sync',
    synced: 'All changes synced',
    formatted: '(613) 555-0142',
    changed: '(438) 555-0177',
  },
  {
    locale: 'fr-CA',
    offline: true,
    nav: 'Ajouter un contact externe',
    addTitle: 'Ajouter un contact externe',
    editTitle: 'Modifier un contact externe',
    name: 'Nom',
    phone: 'Numéro de téléphone',
    save: 'Enregistrer',
    phoneError: 'Entrez un numéro de téléphone à dix chiffres, par exemple 613 555-0142.',
    added: 'Le contact externe Garage Côté a été ajouté à la liste maîtresse.',
    saved: 'Modifications enregistrées pour Garage Côté Nord.',
    remove: 'Supprimer le contact externe',
    confirmTitle: 'Supprimer Garage Côté Nord?',
    deleted: 'Le contact externe Garage Côté Nord a été supprimé.',
    pending: 'En attente de synchronisation',
    synced: 'Toutes les modifications sont synchronisées',
    formatted: '613 555-0142',
    changed: '438 555-0177',
  },
] as const;

describe.each(LANGUAGES)('external contacts in $locale', (language) => {
  it(`adds, edits and deletes an external contact${language.offline ? ' offline, then syncs' : ''}`, async () => {
    const browser = await openSignedIn({ locale: language.locale });
    const { page } = browser;
    await page.getByText(language.synced).waitFor({ timeout: 30_000 });
    if (language.offline) await setDemoNetwork(page, true);

    await page.getByRole('navigation').getByRole('link', { name: language.nav }).click();
    await page.getByRole('heading', { level: 1, name: language.addTitle }).waitFor();
    await page.getByRole('textbox', { name: language.name }).fill('Garage Côté');
    const phone = page.getByRole('textbox', { name: language.phone });
    await phone.fill('613-555-01');
    await phone.blur();
    await page.getByText(language.phoneError).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await phone.fill('+1 613 555 0142');
    await page.getByRole('button', { name: language.save }).click();
    await page.getByText(language.added).waitFor();
    const row = page.getByRole('option', { name: /Garage Côté/ });
    await row.waitFor();
    expect(await row.textContent()).toContain(language.formatted);

    await row.click();
    await page.getByRole('heading', { level: 1, name: language.editTitle }).waitFor();
    await page.getByRole('textbox', { name: language.name }).fill('Garage Côté Nord');
    await page.getByRole('textbox', { name: language.phone }).fill('(438) 555-0177');
    await page.getByRole('button', { name: language.save }).click();
    await page.getByText(language.saved).waitFor();
    const edited = page.getByRole('option', { name: /Garage Côté Nord/ });
    expect(await edited.textContent()).toContain(language.changed);
    // The pending marks come from their own read of the outbox, a moment after the rows.
    if (language.offline) await edited.getByText(language.pending).waitFor();

    await edited.click();
    await page.getByRole('button', { name: language.remove }).click();
    const dialog = page.getByRole('alertdialog', { name: language.confirmTitle });
    await dialog.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'OK' }).click();
    await page.getByText(language.deleted).waitFor();
    expect(await page.getByRole('option', { name: /Garage Côté/ }).count()).toBe(0);

    if (language.offline) {
      await setDemoNetwork(page, false);
    }
    await page.getByText(language.synced).waitFor({ timeout: 30_000 });
    // The server has the net result: after a reload (a fresh pull), the contact is still gone.
    await page.reload();
    await page.getByRole('listbox').getByRole('option').first().waitFor();
    expect(await page.getByRole('option', { name: /Garage Côté/ }).count()).toBe(0);
    // With the network cut, Chromium logs each refused request; anything else is a defect.
    expect(browser.consoleErrors.filter((error) => !error.includes('net::ERR_FAILED'))).toEqual([]);
  });
});
