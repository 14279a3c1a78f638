// @ts-check
/**
 * Search keystrokes on the master list (all 50,000 rows loaded): sixteen three-letter queries typed
 * one key at a time, first as the session's first searches (reported apart), then the measured
 * rounds. Each keystroke is timed in the page from its `keydown` until the list has changed and is
 * laid out, and until the paint of the frame that shows it.
 */
import { masterListComplete } from './app.mjs';
import { QUERIES, SEARCH_RUNS } from './config.mjs';
import { startProfile } from './cpu-profile.mjs';
import { log } from './log.mjs';
import { round1 } from './stats.mjs';

/**
 * Per keystroke, in ms: `updated` (laid out) and `painted`, and `updated` in its three parts;
 * `letter`: which letter of its query it was (1: the first, typed into an empty box).
 * @typedef {{ updated: number[]; painted: number[]; edit: number[]; app: number[]; layout: number[]; letter: number[] }} Keystrokes
 */

/**
 * @param {import('playwright-core').BrowserContext} context
 * @param {import('playwright-core').Page} page showing the whole master list
 * @returns {Promise<{ firstRound: { updated: number[]; painted: number[] }; keystrokes: Keystrokes }>}
 */
export async function measureSearch(context, page) {
  const firstRound = { updated: [], painted: [] };
  /** @type {Keystrokes} */
  const keystrokes = { updated: [], painted: [], edit: [], app: [], layout: [], letter: [] };
  await page.evaluate(`window.__benchSearchTiming = ${searchUpdateTiming}`);
  const search = page.getByRole('searchbox', { name: 'Search' });
  /**
   * @param {string} query
   * @param {{ updated: number[]; painted: number[] } & Partial<Keystrokes>} into the figures to add this query's to
   */
  const typeQuery = async (query, into) => {
    await search.click();
    for (const [at, key] of [...query].entries()) {
      // Armed (observer in place) before the key is sent, so no update can be missed.
      await page.evaluate(() => void (window.__benchSearch = window.__benchSearchTiming()));
      await page.keyboard.press(key);
      const timing = await page.evaluate(() => window.__benchSearch);
      if (timing === null) throw new Error(`typing "${key}" did not update the master list within 10 s`);
      for (const part of /** @type {(keyof import('./page-globals').KeystrokeTiming)[]} */ (Object.keys(timing))) {
        into[part]?.push(round1(timing[part]));
      }
      into.letter?.push(at + 1);
    }
    /** @param {number[]} list */
    const typed = (list) => list.slice(-query.length).join(', ');
    log(`search "${query}": updated ${typed(into.updated)} ms; painted ${typed(into.painted)} ms`);
    await search.fill('');
    await masterListComplete(page);
    await page.waitForTimeout(300);
  };
  for (const query of QUERIES) await typeQuery(query, firstRound);
  log('first round done (the session’s first searches); the measured rounds follow');
  const searchProfile = await startProfile(context, page, 'search');
  for (let run = 0; run < SEARCH_RUNS; run++) await typeQuery(QUERIES[run % QUERIES.length] ?? '', keystrokes);
  await searchProfile?.stop();
  return { firstRound, keystrokes };
}

/**
 * In the page, armed before a key is pressed, for the first change of the list or its status (the
 * filtered rows and the match count): `updated` from the keydown to that change made and laid out
 * (style and layout forced at once: the work the next frame needs), `painted` to the paint of the
 * frame that shows it (which adds the wait for the display's next frame). `updated` in three parts:
 * `edit` until the input event (the browser editing the box), `app` until the change (the app's
 * handler: filtering and React), `layout` (style and layout). Null if nothing changed in 10 s.
 * @returns {Promise<import('./page-globals').KeystrokeTiming | null>}
 */
function searchUpdateTiming() {
  const bench = window.__bench;
  const section = /** @type {Element} */ (document.querySelector('section.master-list'));
  const before = bench.keyDownTime();
  return new Promise((resolve) => {
    const observer = new MutationObserver((mutations) => {
      if (bench.keyDownTime() === before) return;
      if (!mutations.some((mutation) => !(mutation.target instanceof HTMLInputElement))) return;
      observer.disconnect();
      clearTimeout(timer);
      const changedAt = performance.now();
      void section.getBoundingClientRect();
      void document.body.offsetHeight;
      const laidOutAt = performance.now();
      const keyDownAt = Number(bench.keyDownTime());
      const inputAt = Number(bench.inputTime());
      bench.afterPaint().then((paintedAt) =>
        resolve({
          updated: laidOutAt - keyDownAt,
          painted: paintedAt - keyDownAt,
          edit: inputAt - keyDownAt,
          app: changedAt - inputAt,
          layout: laidOutAt - changedAt,
        }),
      );
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      resolve(null);
    }, 10_000);
    observer.observe(section, { subtree: true, childList: true, characterData: true });
  });
}
