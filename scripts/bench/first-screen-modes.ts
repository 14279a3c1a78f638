/**
 * The first screen's JavaScript in each mode of one build (part of `npm run bench:server`):
 * the sign-in page opened in a fresh Chromium profile, served by Vite's preview server (demo
 * mode: the simulated back-end loads beside the app) and by the Node server (server mode: no
 * demo code). Counts every script the page fetched until the sign-in form shows and the network
 * is idle, in gzip kB: counted when the form showed, demo mode's figure depended on how far the
 * back-end's loading had got (205.7 to 261.7 kB in three runs of the same build).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { preview } from 'vite';

const flags = JSON.parse(readFileSync('scripts/chromium-flags.json', 'utf8')) as string[];

async function scriptsOfSignIn(url: string): Promise<{ files: number; kb: number }> {
  const profile = mkdtempSync(join(tmpdir(), 'ptt-first-screen-'));
  const executablePath = execFileSync('bash', ['scripts/ensure-chromium.sh'], { encoding: 'utf8' }).trim();
  const context = await chromium.launchPersistentContext(profile, { executablePath, args: flags });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const sizes: Promise<number>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') {
        sizes.push(
          response.body().then(
            (body) => gzipSync(body).length,
            () => 0,
          ),
        );
      }
    });
    await page.goto(url);
    await page.locator('#password').waitFor();
    await page.waitForLoadState('networkidle');
    const bytes = await Promise.all(sizes);
    return { files: bytes.length, kb: Math.round(bytes.reduce((a, b) => a + b, 0) / 102.4) / 10 };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** `serverUrl`: a running Node server serving dist/. */
export async function firstScreenByMode(serverUrl: string) {
  const demo = await preview({ logLevel: 'warn', preview: { port: 4195, strictPort: false, open: false } });
  try {
    const demoUrl = String(demo.resolvedUrls?.local[0]);
    return { demo: await scriptsOfSignIn(demoUrl), server: await scriptsOfSignIn(`${serverUrl}/`) };
  } finally {
    await demo.close();
  }
}
