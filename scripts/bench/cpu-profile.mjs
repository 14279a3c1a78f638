// @ts-check
/**
 * With BENCH_PROFILE=1: a CPU profile and a performance trace of the page until `stop()`; both
 * saved, with the top functions by self time and the renderer's main-thread work by kind logged
 * (JavaScript is only part of a keystroke: style, layout and paint are the rest).
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROFILE } from './config.mjs';
import { log } from './log.mjs';

/**
 * One event of a Chrome trace (only the fields read here).
 * @typedef {{ name: string; ph: string; pid: number; tid: number; ts: number; dur?: number; args?: { name?: string } }} TraceEvent
 */

/**
 * @param {import('playwright-core').BrowserContext} context
 * @param {import('playwright-core').Page} page
 * @param {string} name names the saved files and the log lines
 * @returns {Promise<{ stop(): Promise<void> } | null>} null unless BENCH_PROFILE=1
 */
export async function startProfile(context, page, name) {
  if (!PROFILE) return null;
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  /** @type {TraceEvent[]} */
  const trace = [];
  // The protocol types the events as string maps; they hold numbers too.
  cdp.on('Tracing.dataCollected', ({ value }) =>
    trace.push(.../** @type {TraceEvent[]} */ (/** @type {unknown} */ (value))),
  );
  const traced = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,blink.user_timing', transferMode: 'ReportEvents' });
  return {
    async stop() {
      await cdp.send('Tracing.end');
      await traced;
      logTraceSummary(name, trace);
      const { profile } = await cdp.send('Profiler.stop');
      await cdp.detach();
      const file = join(tmpdir(), `ptt-bench-${name}.cpuprofile`);
      writeFileSync(file, JSON.stringify(profile));
      const interval = (profile.endTime - profile.startTime) / 1000 / (profile.samples?.length ?? 0);
      /** @type {Map<string, number>} */
      const self = new Map();
      for (const node of profile.nodes) {
        const { functionName, url, lineNumber } = node.callFrame;
        const key = `${functionName || '(anonymous)'} ${url.replace(/^.*\/assets\//, '')}:${lineNumber + 1}`;
        self.set(key, (self.get(key) ?? 0) + (node.hitCount ?? 0) * interval);
      }
      const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 15);
      log(
        `profile ${name} (${file}), top self time:\n${top.map(([key, ms]) => `  ${ms.toFixed(0).padStart(7)} ms  ${key}`).join('\n')}`,
      );
    },
  };
}

/**
 * The renderer main thread's top-level work during a trace, by event name.
 * @param {string} name
 * @param {TraceEvent[]} events
 */
function logTraceSummary(name, events) {
  const file = join(tmpdir(), `ptt-bench-${name}.trace.json`);
  writeFileSync(file, JSON.stringify({ traceEvents: events }));
  const main = events.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  const onMain = events.filter((event) => main && event.pid === main.pid && event.tid === main.tid && event.ph === 'X');
  // Only events not nested in another, so nothing counts twice.
  onMain.sort((a, b) => a.ts - b.ts);
  /** @type {Map<string, number>} */
  const totals = new Map();
  let end = -Infinity;
  for (const event of onMain) {
    if (event.ts < end) continue;
    end = event.ts + (event.dur ?? 0);
    totals.set(event.name, (totals.get(event.name) ?? 0) + (event.dur ?? 0) / 1000);
  }
  const top = [...totals].sort((a, b) => b[1] - a[1]).slice(0, 12);
  log(
    `trace ${name} (${file}), main thread:\n${top.map(([key, ms]) => `  ${ms.toFixed(0).padStart(7)} ms  ${key}`).join('\n')}`,
  );
}
