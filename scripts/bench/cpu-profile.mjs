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
 * @typedef {{ name: string; cat?: string; ph: string; pid: number; tid: number; ts: number; dur?: number; args?: { name?: string } }} TraceEvent
 * A CPU profile as the protocol gives it (only the fields read here).
 * @typedef {{ startTime: number; samples?: number[]; timeDeltas?: number[]; nodes: { id: number; children?: number[]; callFrame: { functionName: string; url: string; lineNumber: number } }[] }} CpuProfile
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
  await cdp.send('Tracing.start', {
    categories: 'toplevel,devtools.timeline,blink.user_timing',
    transferMode: 'ReportEvents',
  });
  return {
    async stop() {
      await cdp.send('Tracing.end');
      await traced;
      const { profile } = await cdp.send('Profiler.stop');
      logTraceSummary(name, trace, profile);
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

/** A task of the thread's scheduler (the `toplevel` category); the work in it is reported by kind. */
const isTask = (/** @type {TraceEvent} */ event) => event.cat?.split(',').includes('toplevel') ?? false;

/**
 * The renderer main thread's top-level work during a trace, by event name; then each task over
 * 50 ms with the functions that took its time (the profile's samples in it, by self time).
 * @param {string} name
 * @param {TraceEvent[]} events
 * @param {CpuProfile} profile
 */
function logTraceSummary(name, events, profile) {
  const file = join(tmpdir(), `ptt-bench-${name}.trace.json`);
  writeFileSync(file, JSON.stringify({ traceEvents: events }));
  const main = events.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  const onMain = events.filter(
    (event) => main && event.pid === main.pid && event.tid === main.tid && event.ph === 'X' && !isTask(event),
  );
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
  // Each task over 50 ms, and when it began next to the page's own marks (performance.mark).
  const marks = events
    .filter((event) => event.cat?.includes('blink.user_timing') && event.ph !== 'e' && !event.dur)
    .sort((a, b) => a.ts - b.ts);
  const tasks = events.filter(
    (event) => main && event.pid === main.pid && event.tid === main.tid && isTask(event) && (event.dur ?? 0) > 50_000,
  );
  let taskEnd = -Infinity;
  for (const task of tasks.sort((a, b) => a.ts - b.ts)) {
    // A task's nested scheduler events (a message it handles) are the same task.
    if (task.ts < taskEnd) continue;
    taskEnd = task.ts + (task.dur ?? 0);
    const self = selfTimeBetween(profile, task.ts, task.ts + (task.dur ?? 0));
    const after = marks.filter((mark) => mark.ts <= task.ts).at(-1);
    const since = after ? `, ${((task.ts - after.ts) / 1000).toFixed(0)} ms after "${after.name}"` : '';
    log(
      `long task ${((task.dur ?? 0) / 1000).toFixed(0)} ms${since}:\n${self.map(([key, ms]) => `    ${ms.toFixed(0).padStart(5)} ms  ${key}`).join('\n')}`,
    );
  }
}

/**
 * The top functions among a CPU profile's samples between two trace timestamps (the profiler and
 * the trace share Chromium's monotonic clock, in microseconds), by total time: a function counts
 * each sample it is on the stack of, so the caller that started the work shows beside its parts.
 * @param {CpuProfile} profile
 * @param {number} from
 * @param {number} to
 */
function selfTimeBetween(profile, from, to) {
  /** @type {Map<number, number>} */
  const parents = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  /** @type {Map<string, number>} */
  const total = new Map();
  let time = profile.startTime;
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let index = 0; index < samples.length; index++) {
    time += deltas[index] ?? 0;
    if (time < from || time > to) continue;
    const ms = (deltas[index + 1] ?? 0) / 1000;
    /** @type {Set<string>} */
    const seen = new Set();
    for (let id = samples[index]; id !== undefined; id = parents.get(id)) {
      const frame = byId.get(id)?.callFrame;
      if (!frame || frame.url === '') continue;
      seen.add(
        `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^.*\/assets\//, '')}:${frame.lineNumber + 1}`,
      );
    }
    for (const key of seen) total.set(key, (total.get(key) ?? 0) + ms);
  }
  return [...total].sort((a, b) => b[1] - a[1]).slice(0, 14);
}
