// @ts-check
/**
 * The floors of a keystroke in the benchmarked page: keys typed into a bare search box added to
 * the page, that nothing listens to, each from its `keydown` to its input event (`edit`: the
 * browser's own editing) and to the paint of the frame that shows the letter (`paint`).
 */
import { QUERIES } from './config.mjs';
import { round1 } from './stats.mjs';

/**
 * @param {import('playwright-core').Page} page
 * @param {number} keys how many keys to type
 * @returns {Promise<{ edit: number[]; paint: number[] }>}
 */
export async function measureKeystrokeFloors(page, keys) {
  await page.evaluate(() => {
    const input = document.createElement('input');
    input.type = 'search';
    input.id = 'bench-bare-input';
    input.setAttribute('aria-label', 'bench');
    document.body.append(input);
  });
  const bare = page.locator('#bench-bare-input');
  await bare.focus();
  /** @type {{ edit: number[]; paint: number[] }} */
  const floors = { edit: [], paint: [] };
  for (let key = 0; key < keys; key++) {
    await page.evaluate(() => {
      const input = /** @type {HTMLInputElement} */ (document.getElementById('bench-bare-input'));
      window.__benchFloor = new Promise((resolve) =>
        input.addEventListener(
          'input',
          () => {
            const editedAt = performance.now();
            window.__bench.afterPaint().then((paintedAt) => resolve({ editedAt, paintedAt }));
          },
          { once: true },
        ),
      ).then(({ editedAt, paintedAt }) => ({
        edit: editedAt - Number(window.__bench.keyDownTime()),
        paint: paintedAt - Number(window.__bench.keyDownTime()),
      }));
    });
    await page.keyboard.press(QUERIES[key % QUERIES.length]?.[key % 3] ?? '');
    const floor = await page.evaluate(() => window.__benchFloor);
    floors.edit.push(round1(floor.edit));
    floors.paint.push(round1(floor.paint));
    await page.waitForTimeout(50);
  }
  await page.evaluate(() => document.getElementById('bench-bare-input')?.remove());
  return floors;
}
