/**
 * The hostile-name table (tests/hostile-names.ts) typed into the New Group form of the built
 * app: each refused with its message as it is typed, and nothing written — no group added,
 * no edit waiting. The demo tenant already has a group named EXISTING_LIST_NAME.
 */
import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { EXISTING_LIST_NAME, HOSTILE_NAMES } from '../hostile-names';
import type { RejectionReason } from '../../src/domain/outcomes';
import { NAME_MAX_CODE_UNITS } from '../../src/domain/rules';
import { openSignedIn, syncStatus } from './support';

const MESSAGES: Partial<Record<RejectionReason, string | RegExp>> = {
  'name.required': 'Enter a name.',
  'name.blank': 'This name shows nothing: it is made only of invisible characters.',
  'name.unreadable': 'This name contains a character that cannot be displayed.',
  'name.control': 'This name contains control characters.',
  'name.bidi': 'This name contains characters that change the direction of the text.',
  'name.invisible': 'This name contains invisible characters.',
  'name.tooManyMarks': 'A character in this name carries too many accents or marks.',
  'name.tooLong': /^The name is too long: \d+ characters, 30 at most\.$/,
  'name.taken': `Another group is already called “${EXISTING_LIST_NAME}” (names ignore case and accents).`,
  'name.tooSimilar': `Too similar to the existing group “${EXISTING_LIST_NAME}”.`,
};

/**
 * Puts the text in the field as typing would, built in the page from its code units: a lone
 * surrogate would not survive the trip to the browser as a string.
 */
async function enter(field: Locator, name: string) {
  const units = Array.from({ length: name.length }, (_, index) => name.charCodeAt(index));
  await field.evaluate((input: HTMLInputElement, codes: number[]) => {
    let text = '';
    for (let start = 0; start < codes.length; start += 10_000) {
      text += String.fromCharCode(...codes.slice(start, start + 10_000));
    }
    // React follows the value through the native setter and the input event.
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, units);
}

describe('hostile names in the browser', () => {
  it('refuses every name of the table in the New Group form with its message, writing nothing', async () => {
    const browser = await openSignedIn();
    const { page } = browser;
    await syncStatus(page).getByText('All changes synced').waitFor({ timeout: 30_000 });
    await page.getByRole('navigation').getByRole('link', { name: 'Manage Groups' }).click();
    const groups = page.getByRole('list', { name: 'Groups' }).getByRole('link');
    await groups.first().waitFor();
    const before = await groups.count();

    await page.getByRole('link', { name: 'Add New Group' }).click();
    const field = page.getByLabel('Name', { exact: true });
    const shows = async (message: string | RegExp) =>
      (await page.locator('.field__error').allInnerTexts()).some((text) =>
        typeof message === 'string' ? text === message : message.test(text),
      );
    const fieldHasFocus = () => field.evaluate((input) => input === document.activeElement);
    for (const { label, name, reason, overWireBound } of HOSTILE_NAMES) {
      const message = MESSAGES[reason];
      if (!message) throw new Error(`no message for ${reason}`);
      await enter(field, 'Nord');
      if (overWireBound) {
        // Pasted: the field keeps what a name could hold, and that still has too many marks.
        await field.selectText();
        await page.keyboard.insertText(name);
        expect(await field.inputValue()).toHaveLength(NAME_MAX_CODE_UNITS);
      } else {
        await enter(field, name);
      }
      await expect.poll(() => shows(message), { message: label }).toBe(true);
      // Save refuses at once and returns to the name; an accepted name would open the confirmation.
      await page.getByRole('button', { name: 'Save', exact: true }).click();
      await expect.poll(fieldHasFocus, { message: label }).toBe(true);
      expect(await page.getByRole('alertdialog').count(), label).toBe(0);
    }

    await page.getByRole('navigation').getByRole('link', { name: 'Manage Groups' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Leave without saving' }).click();
    await groups.first().waitFor();
    expect(await groups.count()).toBe(before);
    expect(await syncStatus(page).innerText()).toBe('All changes synced');
    expect(browser.consoleErrors).toEqual([]);
  });
});
