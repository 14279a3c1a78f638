// Takes screenshots of the main screens at 1280×800 (desktop) and 800×1280 (tablet,
// portrait) into docs/screenshots/, from the production build in Chromium.
// Usage: npm run build && npm run screenshots
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

const SIZES = { desktop: { width: 1280, height: 800 }, tablet: { width: 800, height: 1280 } };
const OUT = 'docs/screenshots';
const chromiumPath = execFileSync('bash', ['scripts/ensure-chromium.sh'], { encoding: 'utf8' }).trim();
const server = await preview({ configFile: 'vite.config.ts', preview: { port: 4190, strictPort: false } });
const baseUrl = server.resolvedUrls.local[0].replace(/\/$/, '');
mkdirSync(OUT, { recursive: true });

/** Each screen: how to reach it from the signed-in master list. */
const SCREENS = [
  ['master-list', async (page) => page.goto(`${baseUrl}/master-list`)],
  [
    'subscriber-scanning',
    async (page) => {
      await page.goto(`${baseUrl}/master-list`);
      await page.getByRole('option').first().click();
      await page.getByRole('heading', { name: 'View Groups' }).waitFor();
    },
  ],
  [
    'user-options',
    async (page) => {
      await page.getByRole('link', { name: /Options/ }).first().click();
      await page.getByRole('heading', { name: 'Messaging' }).waitFor();
    },
  ],
  ['add-external-contact', async (page) => page.goto(`${baseUrl}/external-contacts/new`)],
  ['sub-lists', async (page) => page.goto(`${baseUrl}/sub-lists`)],
  [
    'sub-list-identification',
    async (page) => {
      await page.locator('main a[href^="/sub-lists/"]:not([href$="/new"])').first().click();
      await page.getByRole('heading', { name: 'Sub-List Identification' }).waitFor();
    },
  ],
  ['groups', async (page) => page.goto(`${baseUrl}/groups`)],
  [
    'group-member-picker',
    async (page) => {
      await page.locator('main a[href^="/groups/"]:not([href$="/new"])').first().click();
      await page.getByRole('heading', { name: 'Group Identification' }).waitFor();
      await page.getByRole('button', { name: 'Add Members' }).click();
      await page.getByRole('dialog').waitFor();
    },
  ],
  ['sync-issues', async (page) => page.goto(`${baseUrl}/sync-issues`)],
];

const profile = mkdtempSync(join(tmpdir(), 'ptt-shots-'));
try {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    locale: 'en-CA',
    viewport: SIZES.desktop,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  for (const [size, viewport] of Object.entries(SIZES)) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: `${OUT}/sign-in-${size}.png` });
  }
  await page.getByRole('button', { name: 'Use Plomberie Gagnon & Fils' }).click();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation').waitFor();
  for (const [size, viewport] of Object.entries(SIZES)) {
    await page.setViewportSize(viewport);
    for (const [name, reach] of SCREENS) {
      await reach(page);
      await page.waitForTimeout(400);
      await page.screenshot({ path: `${OUT}/${name}-${size}.png` });
      await page.keyboard.press('Escape');
    }
  }
  await context.close();
  console.log(`Screenshots written to ${OUT}/`);
} finally {
  await server.close();
  rmSync(profile, { recursive: true, force: true });
}
