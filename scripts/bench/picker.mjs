// @ts-check
/**
 * The member picker on the group with the fewest members (about 50,000 candidates): from the
 * click on "Add Members" to the painted rows of the dialog's list.
 */
import { RUNS } from './config.mjs';
import { log } from './log.mjs';

/**
 * @param {import('./browser.mjs').Browser} browser
 * @param {import('playwright-core').Page} page signed in to the bench tenant
 * @returns {Promise<{ picker: number[]; pickerCandidates: number }>}
 */
export async function measurePicker(browser, page) {
  const group = await page.evaluate(async () => {
    const db = new window.__pttBench.PttDatabase(String(window.__bench.databaseName()));
    let smallest = /** @type {import('../../src/domain/model').Group | null} */ (null);
    await db.groups.each((row) => {
      if (!smallest || row.memberIds.length < smallest.memberIds.length) smallest = row;
    });
    const contacts = await db.contacts.count();
    db.close();
    if (!smallest) throw new Error('the bench tenant has no group');
    return { id: smallest.id, candidates: contacts - smallest.memberIds.length };
  });
  await page.goto(`${browser.baseUrl}/groups/${group.id}`);
  const addMembers = page.getByRole('button', { name: 'Add Members' });
  await addMembers.waitFor({ timeout: 120_000 });
  await page.waitForTimeout(1_000);
  /** @type {number[]} */
  const picker = [];
  for (let run = 1; run <= RUNS; run++) {
    const selector = 'button';
    await page.evaluate((s) => window.__bench.watchClick(s), selector);
    await page.evaluate(() => {
      window.__benchPicker = window.__bench.until(
        () => document.body,
        () => !!document.querySelector('[role="dialog"] [role="listbox"] [role="option"]'),
      );
    });
    await addMembers.click();
    const paintedAt = await page.evaluate(() => window.__benchPicker);
    const clickedAt = await page.evaluate((s) => window.__bench.clickTime(s), selector);
    picker.push(Math.round(paintedAt - Number(clickedAt)));
    log(`member picker ${run}/${RUNS}: ${picker.at(-1)} ms for ${group.candidates} candidates`);
    await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    await page.waitForTimeout(300);
  }
  return { picker, pickerCandidates: group.candidates };
}
