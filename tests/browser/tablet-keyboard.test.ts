/**
 * Tablet and keyboard use: a whole flow with the keyboard alone (focus after navigation and
 * after dialogs included), touch targets of at least 44×44 px and axe on every screen at
 * 768 px in portrait, and dialogs that fit with the on-screen keyboard up.
 */
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { axeViolations, openBrowser, openSignedIn, signIn } from './support';

const TABLET = { width: 768, height: 1024 };
const synced = (page: Page) =>
  page.locator('.sync-indicator [role="status"]').getByText('All changes synced').waitFor({ timeout: 30_000 });

const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

/** Presses Tab (Shift+Tab when `back`) until the target has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, { back = false } = {}) {
  await target.waitFor();
  for (let presses = 0; presses < 80; presses += 1) {
    if (await isFocused(target)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${String(target)}`);
}

const describeFocus = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    return active ? `${active.tagName.toLowerCase()} “${(active.textContent ?? '').trim().slice(0, 40)}”` : 'nothing';
  });

async function expectFocus(target: Locator) {
  await expect
    .poll(async () => ((await isFocused(target)) ? 'focused' : `focus is on ${await describeFocus(target.page())}`), {
      timeout: 5_000,
    })
    .toBe('focused');
}

describe('with the keyboard alone, on a tablet in portrait', () => {
  it('signs in, adds an external contact and creates a group with members — no clicks', async () => {
    const browser = await openBrowser({ locale: 'en-CA', viewport: TABLET });
    const { page } = browser;
    await page.goto(`${browser.baseUrl}/`);
    await tabTo(page, page.getByRole('button', { name: 'Use Plomberie Gagnon & Fils' }));
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByRole('button', { name: 'Sign in', exact: true }));
    await page.keyboard.press('Enter');
    const nav = page.getByRole('navigation');
    await synced(page);

    // After a navigation, focus lands on the new page's heading.
    await tabTo(page, nav.getByRole('link', { name: 'Add External Contact' }));
    await page.keyboard.press('Enter');
    await expectFocus(page.getByRole('heading', { level: 1, name: 'Add External Contact' }));
    await tabTo(page, page.getByLabel('Name', { exact: true }));
    await page.keyboard.type('Clavier Seulement');
    await tabTo(page, page.getByLabel('Phone number', { exact: true }));
    await page.keyboard.type('613-555-0177');
    await tabTo(page, page.getByRole('button', { name: 'Save', exact: true }));
    await page.keyboard.press('Enter');
    await expectFocus(page.getByRole('heading', { level: 1, name: 'Manage Master List' }));
    // The save is announced in a live region.
    await page.getByRole('status').getByText('External contact Clavier Seulement was added').waitFor();

    await tabTo(page, nav.getByRole('link', { name: 'Manage Groups' }));
    await page.keyboard.press('Enter');
    await expectFocus(page.getByRole('heading', { level: 1, name: 'Manage Groups' }));
    await tabTo(page, page.getByRole('link', { name: 'Add New Group' }));
    await page.keyboard.press('Enter');
    await expectFocus(page.getByRole('heading', { level: 1, name: 'Add New Group' }));
    await tabTo(page, page.getByLabel('Name', { exact: true }));
    await page.keyboard.type('Équipe clavier');
    const addMembers = page.getByRole('button', { name: 'Add Members' });
    await tabTo(page, addMembers);
    await page.keyboard.press('Enter');

    const picker = page.getByRole('dialog', { name: 'Pick Individual Group Members' });
    const search = picker.getByLabel('Search', { exact: true });
    const results = picker.getByRole('listbox', { name: 'Available contacts' });
    await expectFocus(search);
    expect(await axeViolations(page), 'member picker').toEqual([]);
    await page.keyboard.type('clavier');
    await picker.getByRole('option', { name: /Clavier Seulement/ }).waitFor();
    await tabTo(page, results);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    await tabTo(page, search, { back: true });
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('élodie');
    await expect.poll(() => picker.getByRole('option').count()).toBeGreaterThan(0);
    await tabTo(page, results);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Space');
    await picker.getByText('2 selected').waitFor();
    await tabTo(page, picker.getByRole('button', { name: 'Add', exact: true }));
    await page.keyboard.press('Enter');
    // The dialog closed: focus is back on the button that opened it.
    await expectFocus(addMembers);
    await page.locator('.member-count').getByText('2 members').waitFor();

    await tabTo(page, page.getByRole('button', { name: 'Save', exact: true }));
    await page.keyboard.press('Enter');
    const confirm = page.getByRole('alertdialog');
    await expectFocus(confirm.getByRole('button', { name: 'Cancel' }));
    expect(await axeViolations(page), 'save confirmation').toEqual([]);
    await page.keyboard.press('Tab');
    await expectFocus(confirm.getByRole('button', { name: 'OK' }));
    await page.keyboard.press('Enter');
    await expectFocus(page.getByRole('heading', { level: 1, name: 'Manage Groups' }));
    await page
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: 'Équipe clavier' }) })
      .getByText('2 members')
      .waitFor();
    await synced(page);
    expect(browser.consoleErrors).toEqual([]);
  });
});

/**
 * Everything a finger must hit: buttons, links that are controls (inline links inside a
 * sentence — a <p> — are left out: WCAG 2.5.8 excepts them), fields, selects, list options,
 * and the label of each checkbox and radio (the label is what a finger taps).
 */
function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const MIN = 43.5; // sub-pixel rounding
    const visible = (element: Element) => {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) return false;
      if (element.closest('.visually-hidden, [aria-hidden="true"]')) return false;
      return getComputedStyle(element).visibility !== 'hidden';
    };
    const targets = new Set<Element>();
    const controls = document.querySelectorAll(
      'button, a[href], select, textarea, input:not([type="checkbox"]):not([type="radio"]):not([type="hidden"]), [role="option"], [role="tab"]',
    );
    for (const element of controls) {
      if (element.matches('a[href]') && element.closest('p')) continue;
      targets.add(element);
    }
    for (const box of document.querySelectorAll<HTMLInputElement>('input[type="checkbox"], input[type="radio"]')) {
      if (box.tabIndex < 0) continue; // only shows the state of an option row, measured itself
      const label = box.closest('label') ?? (box.id ? document.querySelector(`label[for="${box.id}"]`) : null);
      targets.add(label ?? box);
    }
    const small: string[] = [];
    for (const element of targets) {
      if (!visible(element)) continue;
      const { width, height } = element.getBoundingClientRect();
      if (width >= MIN && height >= MIN) continue;
      const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim().slice(0, 40);
      small.push(
        `${element.tagName.toLowerCase()}.${element.className} “${name}” ${Math.round(width)}×${Math.round(height)}`,
      );
    }
    return small;
  });
}

describe('on a tablet, 768 px wide in portrait', () => {
  it('every main screen and dialog passes axe and has no touch target under 44×44 px', async () => {
    const browser = await openBrowser({ locale: 'fr-CA', viewport: TABLET });
    const { page } = browser;
    const problems: Record<string, string[]> = {};
    const check = async (screen: string) => {
      const found = [...(await smallTargets(page)), ...(await axeViolations(page))];
      if (found.length > 0) problems[screen] = found;
    };
    const open = async (heading: string | RegExp) => {
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    };
    await page.goto(`${browser.baseUrl}/`);
    await open('Ouvrir une session');
    await check('sign-in');
    await signIn(page);
    const nav = page.getByRole('navigation');

    await open('Gérer la liste maîtresse');
    await page.getByRole('option').first().waitFor();
    await check('master list');
    await page.getByRole('searchbox').fill('aroha');
    await page.getByRole('option', { name: /Aroha Émond/ }).click();
    await open('Aroha Émond');
    await check('subscriber: view groups');
    await page.getByRole('link', { name: 'Options', exact: true }).click();
    await page.getByRole('heading', { name: 'Messagerie' }).waitFor();
    await check('subscriber: options');

    await nav.getByRole('link', { name: 'Ajouter un contact externe' }).click();
    await open('Ajouter un contact externe');
    await check('add external contact');
    await nav.getByRole('link', { name: 'Gérer la liste maîtresse' }).click();
    await page.getByRole('searchbox').fill('');
    await page.getByRole('radio', { name: 'Contacts externes' }).check();
    await page.getByRole('option').first().click();
    await open('Modifier un contact externe');
    await check('edit external contact');
    await page.getByRole('button', { name: /Supprimer/ }).click();
    await page.getByRole('alertdialog').waitFor();
    await check('delete external contact: confirmation');
    await page.getByRole('alertdialog').getByRole('button', { name: 'Annuler' }).click();

    for (const [section, listName, item] of [
      ['Gérer les sous-listes', 'Sous-listes', 'Identification de sous-liste'],
      ['Gérer les groupes', 'Groupes', 'Identification du groupe'],
    ] as const) {
      await nav.getByRole('link', { name: section }).click();
      await open(section);
      await page.getByRole('list', { name: listName }).getByRole('link').first().waitFor();
      await check(section);
      await page.getByRole('list', { name: listName }).getByRole('link').first().click();
      await open(item);
      await check(item);
      await page.getByRole('button', { name: 'Ajouter des membres' }).click();
      await page.getByRole('dialog').getByRole('option').first().waitFor();
      await check(`${item}: member picker`);
      await page.keyboard.press('Escape');
    }

    await nav.getByRole('link', { name: 'Problèmes de synchronisation' }).click();
    await open('Problèmes de synchronisation');
    await check('sync issues');
    await page.getByRole('button', { name: 'Démo', exact: true }).click();
    await page.getByRole('dialog').waitFor();
    await check('demo panel');
    await page.keyboard.press('Escape');

    expect(problems).toEqual({});
    expect(browser.consoleErrors).toEqual([]);
  });

  it('dialogs fit the screen with the on-screen keyboard up (768×600) and scroll inside', async () => {
    const browser = await openSignedIn({ locale: 'fr-CA', viewport: { width: 768, height: 600 } });
    const { page } = browser;
    const fits = async (dialog: Locator, lastButton: Locator) => {
      const box = (await dialog.boundingBox())!;
      const scroll = await dialog.evaluate((element) => ({
        overflows: element.scrollHeight > element.clientHeight,
        overflowY: getComputedStyle(element).overflowY,
      }));
      if (scroll.overflows) expect(['auto', 'scroll']).toContain(scroll.overflowY);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(600);
      await lastButton.scrollIntoViewIfNeeded();
      const button = (await lastButton.boundingBox())!;
      expect(button.y + button.height).toBeLessThanOrEqual(600);
    };

    await page.getByRole('button', { name: 'Démo', exact: true }).click();
    const demo = page.getByRole('dialog', { name: 'Commandes de démonstration' });
    await fits(demo, demo.getByRole('button', { name: 'Fermer', exact: true }));
    await page.keyboard.press('Escape');

    await page.getByRole('navigation').getByRole('link', { name: 'Gérer les groupes' }).click();
    await page.getByRole('list', { name: 'Groupes' }).getByRole('link').first().click();
    await page.getByRole('button', { name: 'Ajouter des membres' }).click();
    const picker = page.getByRole('dialog', { name: 'Choisir les membres du groupe' });
    await picker.getByLabel('Rechercher', { exact: true }).fill('a');
    await fits(picker, picker.getByRole('button', { name: 'Ajouter', exact: true }));
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Supprimer ce groupe' }).click();
    const confirm = page.getByRole('alertdialog');
    await fits(confirm, confirm.getByRole('button', { name: 'OK' }));
    expect(browser.consoleErrors).toEqual([]);
  });
});
