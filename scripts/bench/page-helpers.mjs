// @ts-check
/**
 * Code that runs inside the benchmarked page (passed to Playwright, so each function must be
 * self-contained: no closures over this module). Timings are taken in the page with
 * performance.now(), so the round trips between Node and Chromium never count.
 */

/**
 * Installed in every page before the app runs: `window.__bench.afterPaint()` resolves once the
 * frame holding the current DOM has been painted (a requestAnimationFrame callback runs just
 * before the paint; a message posted from it is handled just after), and
 * `window.__bench.until(root, check)` resolves with the time of the first paint after `check()`
 * became true, re-checking on every DOM change under `root`.
 */
export function installPageHelpers() {
  /** @type {() => Promise<number>} */
  const afterPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now());
        channel.port2.postMessage(null);
      }),
    );
  /** @type {import('./page-globals').BenchPageHelpers['until']} */
  const until = (root, check, timeoutMs = 120_000) =>
    new Promise((resolve, reject) => {
      const done = () => {
        observer.disconnect();
        clearTimeout(timer);
        afterPaint().then(resolve);
      };
      const observer = new MutationObserver(() => check() && done());
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error(`timed out waiting for ${check}`));
      }, timeoutMs);
      if (check()) return done();
      observer.observe(root(), { subtree: true, childList: true, characterData: true, attributes: true });
    });
  /** The time of the last click on an element matching `selector` (recorded before the app sees it). */
  /** @type {Map<string, number | null>} */
  const clicks = new Map();
  document.addEventListener(
    'click',
    (event) => {
      for (const [selector] of clicks) {
        if (event.target instanceof Element && event.target.closest(selector)) clicks.set(selector, performance.now());
      }
    },
    true,
  );
  /** @param {string} selector */
  const watchClick = (selector) => void clicks.set(selector, null);
  /** @param {string} selector */
  const clickTime = (selector) => clicks.get(selector);
  /** The time of the last keydown in the page (capture phase: before the app handles it). */
  /** @type {number | null} */
  let lastKeyDown = null;
  document.addEventListener('keydown', () => (lastKeyDown = performance.now()), true);
  const keyDownTime = () => lastKeyDown;
  /** The time of the last input event (capture phase: the browser has edited the field; the app has not run yet). */
  /** @type {number | null} */
  let lastInput = null;
  document.addEventListener('input', () => (lastInput = performance.now()), true);
  const inputTime = () => lastInput;
  /**
   * Who is signed in, as the app remembers it (src/features/session/session-store.ts: localStorage
   * names the tenant and user; the token is in their database), and that database's name.
   * @returns {import('./page-globals').BenchSession | null}
   */
  const session = () => JSON.parse(localStorage.getItem('ptt-admin.signed-in') ?? 'null');
  const databaseName = () => {
    const current = session();
    return current ? `ptt-admin:${current.tenant.id}:${current.user.id}` : null;
  };
  /** The signed-in session's bearer token, from its database (src/db/device-data.ts). */
  const sessionToken = async () => {
    const db = new window.__pttBench.PttDatabase(String(databaseName()));
    const token = (await db.meta.get('sessionToken'))?.value;
    db.close();
    return String(token);
  };
  /**
   * Starts watching the main thread's long tasks (a `longtask` PerformanceObserver: tasks over
   * 50 ms); `stop()` ends it and gives the longest in ms, rounded (0: none over 50 ms).
   */
  const longTasks = () => {
    /** @type {number[]} */
    const tasks = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((task) => tasks.push(task.duration)));
    observer.observe({ type: 'longtask' });
    return {
      stop() {
        observer.disconnect();
        return Math.round(Math.max(0, ...tasks));
      },
    };
  };
  window.__bench = {
    afterPaint,
    longTasks,
    until,
    watchClick,
    clickTime,
    keyDownTime,
    inputTime,
    session,
    databaseName,
    sessionToken,
  };
}
