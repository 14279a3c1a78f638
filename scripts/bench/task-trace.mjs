// @ts-check
/**
 * The page's main-thread tasks between two of its marks (`performance.mark`), from a light
 * Chromium trace (the scheduler's `toplevel` events only): the longest by wall time, and the
 * longest by the thread's own CPU time (each event's `tdur`). On two cores shared with other work
 * a task's wall time grows with the load (the thread waits for a core); its CPU time much less,
 * so a before/after on a busy machine compares the second.
 */

/**
 * One event of a Chrome trace (only the fields read here).
 * @typedef {{ name: string; cat?: string; ph: string; pid: number; tid: number; ts: number; dur?: number; tdur?: number }} TraceEvent
 * @typedef {{ longestMs: number; longestCpuMs: number }} Tasks
 */

/**
 * Starts tracing `page`; `stop(spans)` ends it and gives, for each span (from one mark to the next,
 * or to the end of the trace when `to` is null), the longest task by wall time and by CPU time.
 * @param {import('playwright-core').BrowserContext} context
 * @param {import('playwright-core').Page} page
 */
export async function startTaskTrace(context, page) {
  const cdp = await context.newCDPSession(page);
  /** @type {TraceEvent[]} */
  const events = [];
  // The protocol types the events as string maps; they hold numbers too.
  cdp.on('Tracing.dataCollected', ({ value }) =>
    events.push(.../** @type {TraceEvent[]} */ (/** @type {unknown} */ (value))),
  );
  const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'toplevel,blink.user_timing', transferMode: 'ReportEvents' });
  return {
    /**
     * @template {string} K
     * @param {Record<K, { from: string; to: string | null }>} spans
     * @returns {Promise<Record<K, Tasks | null>>} null for a span whose marks are not in the trace
     */
    async stop(spans) {
      await cdp.send('Tracing.end');
      await traced;
      await cdp.detach();
      const entries = Object.entries(spans).map(([key, span]) => [key, tasksBetween(events, span.from, span.to)]);
      return /** @type {Record<K, Tasks | null>} */ (Object.fromEntries(entries));
    },
  };
}

/**
 * @param {TraceEvent[]} events
 * @param {string} from
 * @param {string | null} to
 * @returns {Tasks | null}
 */
function tasksBetween(events, from, to) {
  const mark = (/** @type {string} */ name) =>
    events.find((event) => event.name === name && event.cat?.includes('blink.user_timing') && !event.dur);
  const start = mark(from);
  const end = to === null ? { ts: Infinity } : mark(to);
  if (!start || !end) return null;
  // The marks are made on the page's main thread: its tasks are the ones on the same thread.
  const tasks = events
    .filter(
      (event) =>
        event.pid === start.pid &&
        event.tid === start.tid &&
        event.ph === 'X' &&
        (event.cat?.split(',').includes('toplevel') ?? false),
    )
    .sort((a, b) => a.ts - b.ts);
  let longestMs = 0;
  let longestCpuMs = 0;
  let taskEnd = -Infinity;
  for (const task of tasks) {
    // A task's nested scheduler events (a message it handles) are the same task.
    if (task.ts < taskEnd) continue;
    taskEnd = task.ts + (task.dur ?? 0);
    if (task.ts < start.ts || task.ts > end.ts) continue;
    longestMs = Math.max(longestMs, (task.dur ?? 0) / 1000);
    longestCpuMs = Math.max(longestCpuMs, (task.tdur ?? 0) / 1000);
  }
  return { longestMs: Math.round(longestMs), longestCpuMs: Math.round(longestCpuMs) };
}
