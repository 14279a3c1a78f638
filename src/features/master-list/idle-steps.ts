/**
 * Runs long work a few milliseconds at a time while the page is idle, so it never delays a frame
 * or a keystroke (the search index of a 200,000-contact list, search.ts). Where the browser has
 * no `requestIdleCallback` (Safari), short timeouts stand in for it.
 */

/**
 * At most this long per turn, even when the browser offers more (up to 50 ms): a key pressed
 * during a turn waits for its end.
 */
const SLICE_MS = 8;
/** Work still gets a turn this often when the page is never idle (a first sync writing pages). */
const AT_LEAST_EVERY_MS = 1_000;

/** Runs `steps` to their end, a few per idle turn; the returned function stops them. */
export function runWhenIdle(steps: Iterator<unknown>): () => void {
  let cancel = () => {};
  // At least one step per turn, so the work ends even on a page that is never idle.
  const turn = (timeRemaining: () => number) => {
    const end = performance.now() + SLICE_MS;
    do if (steps.next().done) return;
    while (Math.min(timeRemaining(), end - performance.now()) > 1);
    schedule();
  };
  const schedule = () => {
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback((deadline) => turn(() => deadline.timeRemaining()), {
        timeout: AT_LEAST_EVERY_MS,
      });
      cancel = () => cancelIdleCallback(id);
    } else {
      const id = setTimeout(() => turn(() => SLICE_MS), 0);
      cancel = () => clearTimeout(id);
    }
  };
  schedule();
  return () => cancel();
}

/** Runs `steps` to their end at once (the result is needed now), and gives their result. */
export function runNow<T>(steps: Iterator<unknown, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
