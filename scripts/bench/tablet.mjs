// @ts-check
/**
 * The supervisor's tablet (issue 22): the screen figures taken again on a 768×1024 touch screen
 * with the CPU four times slower — a first sign-in on a new device (until the first rows, and
 * until every row is stored), then opening the master list and search keystrokes.
 */
import { masterListComplete } from './app.mjs';
import { launch } from './browser.mjs';
import { TABLET } from './config.mjs';
import { measureFirstSync } from './initial-sync.mjs';
import { log } from './log.mjs';
import { measureMasterListOpen } from './master-list-open.mjs';
import { measureSearch } from './search.mjs';

/**
 * @param {import('./browser.mjs').Browser} browser
 * @param {string} fresh a copy of the template profile (never signed in to the bench tenant)
 * @param {string} synced a profile whose first sync of the bench tenant is done
 */
export async function measureTablet(browser, fresh, synced) {
  const sync = await measureFirstSync(browser, fresh, TABLET);
  log('tablet first sync:', JSON.stringify(sync));
  const { context, page, failed } = await launch(browser, synced, TABLET);
  try {
    await page.goto(`${browser.baseUrl}/master-list`);
    await masterListComplete(page);
    await page.waitForTimeout(1_000);
    const { openRows } = await measureMasterListOpen(page);
    const { keystrokes } = await measureSearch(context, page);
    return { sync, openRows, keystrokes };
  } catch (error) {
    return await failed(error);
  } finally {
    await context.close();
  }
}
