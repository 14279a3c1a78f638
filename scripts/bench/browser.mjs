// @ts-check
/**
 * The browser the bench drives: Debian's Chromium through playwright-core, one persistent
 * profile per session (the flags of scripts/chromium-flags.json, no background throttling),
 * with the in-page helpers (page-helpers.mjs) installed before the app runs.
 */
import { execFileSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import chromiumFlags from '../chromium-flags.json' with { type: 'json' };
import { DESK } from './config.mjs';
import { log } from './log.mjs';
import { installPageHelpers } from './page-helpers.mjs';

/**
 * Where the app is served and the Chromium that opens it.
 * @typedef {{ chromiumPath: string; baseUrl: string }} Browser
 */

/**
 * A running browser profile and its page; `failed` keeps evidence of a failed step, then rethrows.
 * @typedef {{
 *   context: import('playwright-core').BrowserContext;
 *   page: import('playwright-core').Page;
 *   failed: (error: unknown) => Promise<never>;
 * }} Session
 */

const FLAGS = [
  ...chromiumFlags,
  // Timers and rendering of a hidden headless tab must not be throttled while we measure.
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

/**
 * @param {Browser} browser
 * @param {string} profile the profile's folder
 * @param {import('./config.mjs').Device} device the screen, touch and CPU speed to emulate
 * @returns {Promise<Session>}
 */
export async function launch({ chromiumPath }, profile, device = DESK) {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    args: FLAGS,
    locale: 'en-CA',
    viewport: device.viewport,
    hasTouch: device.touch,
    isMobile: device.touch,
  });
  await context.addInitScript(installPageHelpers);
  const page = context.pages()[0] ?? (await context.newPage());
  if (device.cpuSlowdown > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: device.cpuSlowdown });
  }
  page.on('pageerror', (error) => log('page error:', error.message));
  // Requests failing while the network is cut are expected (counted in the backlog figures).
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
      log('console error:', message.text());
    }
  });
  return { context, page, failed: (error) => keepFailure(page, error) };
}

/**
 * Leaves a screenshot of the page behind when a step fails, and rethrows.
 * @param {import('playwright-core').Page} page
 * @param {unknown} error
 * @returns {Promise<never>}
 */
async function keepFailure(page, error) {
  const shot = join(tmpdir(), 'ptt-bench-failure.png');
  await page.screenshot({ path: shot, fullPage: true }).catch(() => {});
  const state = await page
    .evaluate(async () => ({ locks: await navigator.locks.query(), databases: await indexedDB.databases() }))
    .catch(() => null);
  log('locks and databases:', JSON.stringify(state));
  log(`failed on ${page.url()}; screenshot: ${shot}`);
  throw error;
}

/**
 * A copy of a profile folder, named `name` inside `work`.
 * @param {string} work
 * @param {string} template
 * @param {string} name
 */
export function copyProfile(work, template, name) {
  const profile = join(work, name);
  cpSync(template, profile, { recursive: true });
  return profile;
}

export function findChromium() {
  try {
    return execFileSync('bash', ['scripts/ensure-chromium.sh'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }).trim();
  } catch {
    throw new Error('Chromium is missing (see the line above).');
  }
}

/** @param {string} path */
export function chromiumVersion(path) {
  try {
    return execFileSync(path, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unknown';
  }
}
