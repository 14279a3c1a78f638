// @ts-check
/**
 * `npm run bench:growth` — how the core costs grow with the tenant (issue 22): the bench's core
 * figures (first sync and its floor, first rows, opening the master list and its raw read, search
 * keystrokes, heap) at each size of `BENCH_SIZES` (contacts, default 10,000, 50,000 and 200,000),
 * each size one `BENCH_ONLY=growth-point` bench run of its own (a build serving a tenant of that
 * size). Prints the points as one JSON object and writes them, with the chart, beside
 * docs/performance.md (performance-growth.json, performance-growth.svg).
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { growthChart } from './growth-chart.mjs';
import { log } from './log.mjs';

const sizes = (process.env.BENCH_SIZES ?? '10000,50000,200000').split(',').map(Number);
if (sizes.some((size) => !Number.isInteger(size) || size < 1_000))
  throw new Error('BENCH_SIZES: contacts, e.g. 10000,50000');

/** @type {import('./growth-chart.mjs').GrowthPoint[]} */
const points = [];
/** @type {number[]} */
const loads = [];
for (const contacts of sizes) {
  log(`growth: ${contacts.toLocaleString('en-CA')} contacts…`);
  loads.push(loadavg()[0] ?? 0);
  const output = execFileSync(process.execPath, ['scripts/bench/bench.mjs'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
    env: {
      ...process.env,
      BENCH_ONLY: 'growth-point',
      BENCH_CONTACTS: String(contacts),
      BENCH_RUNS: process.env.BENCH_RUNS ?? '3',
      BENCH_SYNC_RUNS: '1',
    },
  });
  points.push(JSON.parse(output));
  loads.push(loadavg()[0] ?? 0);
  log(`growth: ${JSON.stringify(points.at(-1))}`);
}
const date = new Date().toISOString().slice(0, 16).replace('T', ' ');
const load = `load average ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} on ${cpus().length} cores`;
const result = { sizes, points, measured: `${date} UTC, ${load}` };
writeFileSync('docs/performance-growth.json', `${JSON.stringify(result, null, 2)}\n`);
writeFileSync('docs/performance-growth.svg', growthChart(points, `npm run bench:growth, ${date} UTC, ${load}`));
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
