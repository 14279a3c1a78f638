// @ts-check
/**
 * The JS heap: a page's used heap after a forced garbage collection (Chrome DevTools Protocol), and
 * the app's share of it. In demo mode the simulated back-end runs in the same page and holds the
 * whole tenant in memory, so the page's heap is not the app's. The app's share is taken as a
 * difference in one page: the heap with the master list open and complete, then the heap once the
 * app has let go of the tenant (Exit: the data leaves this device, the page is back at the sign-in
 * page) while the back-end, untouched, still holds it. What the app keeps at the sign-in page (its
 * code, React) is in neither difference: the report adds a new profile's sign-in page heap, which
 * also counts the back-end's code, so the app's figure is an upper bound.
 */
import { withMasterListOpen } from './app.mjs';
import { log } from './log.mjs';

/**
 * @param {import('playwright-core').BrowserContext} context
 * @param {import('playwright-core').Page} page
 */
export async function heapMb(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return Math.round(usedSize / 2 ** 20);
}

/**
 * @typedef {{ listOpenMb: number; afterExitMb: number }} AppHeap
 */

/**
 * A session of its own, on a profile it may spend (Exit removes the tenant's data from it).
 * @param {import('./browser.mjs').Browser} browser
 * @param {string} profile a profile signed in to the bench tenant, its first sync done, nothing waiting to be sent
 * @returns {Promise<AppHeap>}
 */
export function measureAppHeap(browser, profile) {
  return withMasterListOpen(browser, profile, async (page, context) => {
    const listOpenMb = await heapMb(context, page);
    await page.getByRole('button', { name: 'Exit', exact: true }).click();
    await page.getByLabel('Username').waitFor();
    // The sign-out request and the database's removal settle.
    await page.waitForTimeout(2_000);
    const afterExitMb = await heapMb(context, page);
    const heap = { listOpenMb, afterExitMb };
    log('heap:', JSON.stringify(heap));
    return heap;
  });
}

/**
 * The figures: `js_heap_app_mb` is what the page lets go of at Exit plus a new profile's whole sign-in
 * page (an upper bound of the app's share).
 * @param {AppHeap} heap
 * @param {number} signInPageMb
 */
export function appHeapFigures(heap, signInPageMb) {
  const released = heap.listOpenMb - heap.afterExitMb;
  return {
    js_heap_app_mb: released + signInPageMb,
    js_heap_app_parts_mb: { list_open_page: heap.listOpenMb, after_exit_page: heap.afterExitMb, released, sign_in_page: signInPageMb },
  };
}
