// @ts-check
/**
 * The JS heap: a page's used heap after a forced garbage collection (Chrome DevTools Protocol), and
 * the app's share of it. In demo mode the simulated back-end runs in the same page and holds the
 * whole tenant in memory, so the page's heap is not the app's. The app's share is a difference:
 * the heap with the master list open and complete, minus the heap of the same page once reloaded
 * without a session (Exit, then a reload: nothing the app held survives) and with the back-end
 * holding the tenant again (the "other administrator" of the Demo panel lists its supervisors,
 * which loads the tenant as the app's session did). The app's sign-in page (its code, React) is in
 * both: the report adds a new profile's sign-in page heap, which also counts the back-end's code,
 * so the app's figure is an upper bound.
 */
import { withMasterListOpen } from './app.mjs';
import { BENCH_TENANT_ID } from './config.mjs';
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
 * @typedef {{ listOpenMb: number; backEndOnlyMb: number }} AppHeap
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
    await page.reload();
    await page.getByLabel('Username').waitFor();
    await page.waitForFunction(() => window.__pttBench, null, { timeout: 60_000 });
    await page.evaluate((tenantId) => window.__pttBench.demo.otherAdmin(tenantId).supervisors(), BENCH_TENANT_ID);
    await page.waitForTimeout(1_000);
    const backEndOnlyMb = await heapMb(context, page);
    const heap = { listOpenMb, backEndOnlyMb };
    log('heap:', JSON.stringify(heap));
    return heap;
  });
}

/**
 * The figures: `js_heap_app_mb` is the list-open page's heap beyond the reloaded one's, plus a new
 * profile's whole sign-in page (an upper bound of the app's share).
 * @param {AppHeap} heap
 * @param {number} signInPageMb
 */
export function appHeapFigures(heap, signInPageMb) {
  const beyond = heap.listOpenMb - heap.backEndOnlyMb;
  return {
    js_heap_app_mb: beyond + signInPageMb,
    js_heap_app_parts_mb: {
      list_open_page: heap.listOpenMb,
      back_end_only_page: heap.backEndOnlyMb,
      sign_in_page: signInPageMb,
    },
  };
}
