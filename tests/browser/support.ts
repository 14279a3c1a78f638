/**
 * Opens a fresh Chromium profile per test (its own IndexedDB, service workers, storage),
 * in a given language, and collects console errors and failed page loads so a test
 * can assert there were none. The browser closes when the test ends.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { inject, onTestFinished } from 'vitest';
import chromiumFlags from '../../scripts/chromium-flags.json';

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  baseUrl: string;
  consoleErrors: string[];
  /** Set when a test cuts the network on purpose: failed /api/ requests then are expected, not errors. */
  expectApiFailures: boolean;
  close: () => Promise<void>;
}

export async function openBrowser({
  locale = 'en-CA',
  viewport = { width: 1280, height: 800 },
}: { locale?: string; viewport?: { width: number; height: number } } = {}): Promise<BrowserSession> {
  const profile = mkdtempSync(join(tmpdir(), 'ptt-browser-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: inject('chromiumPath'),
    // Without the background-networking flags the closed network makes Chromium noisy and slow.
    args: chromiumFlags,
    locale,
    viewport,
  });
  const consoleErrors: string[] = [];
  const watch = (page: Page) => {
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const apiFailure =
        message.text().startsWith('Failed to load resource') && message.location().url.includes('/api/');
      if (!(apiFailure && session.expectApiFailures)) consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  const page = context.pages()[0] ?? (await context.newPage());
  const session: BrowserSession = {
    context,
    page,
    baseUrl: inject('baseUrl'),
    consoleErrors,
    expectApiFailures: false,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
  onTestFinished(() => session.close());
  return session;
}

/** What each demo tenant's administrator button names (a tenant with several demo logins names the account too). */
const DEMO_ADMIN_LOGINS = {
  'small-business': 'Plomberie Gagnon & Fils',
  'large-enterprise': 'Marc-André Lévesque, Transports Nordik Inc.',
};
type DemoTenant = keyof typeof DEMO_ADMIN_LOGINS;

/** Signs in with a demo tenant's administrator from the sign-in page, in whatever language the page shows. */
export async function signIn(page: Page, tenant: DemoTenant = 'small-business') {
  const login = DEMO_ADMIN_LOGINS[tenant].replace(/[.&]/g, '\\$&');
  await page.getByRole('button', { name: new RegExp(`^(Use|Utiliser|Utiliser le compte de) ${login}$`) }).click();
  await page.getByRole('button', { name: /^(Sign in|Ouvrir une session)$/ }).click();
  await page.getByRole('navigation').waitFor();
}

/** A fresh browser, signed in to a demo tenant from the sign-in page (it then shows the master list). */
export async function openSignedIn({
  tenant,
  ...options
}: Parameters<typeof openBrowser>[0] & { tenant?: DemoTenant } = {}): Promise<BrowserSession> {
  const browser = await openBrowser(options);
  await browser.page.goto(`${browser.baseUrl}/`);
  await signIn(browser.page, tenant);
  return browser;
}

/** The header's sync state: its live region ("All changes synced", "2 edits waiting to sync", …). */
export const syncStatus = (page: Page) => page.locator('.sync-indicator [role="status"]');

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core on the page as it is now; returns one line per violation (empty when clean). */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated by the test tool, not added as an inline <script>: the page's policy refuses those.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
          ) => Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown[] }> }> }>;
        };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations.map(
      (v) =>
        `${v.id}: ${v.help} (${v.nodes
          .map((n) => String(n.target[0]))
          .slice(0, 3)
          .join(', ')})`,
    );
  });
  return violations;
}

/** Waits until the app's service worker controls the page (after the first visit). */
export async function waitForServiceWorker(page: Page) {
  await page.waitForFunction(() => Boolean(navigator.serviceWorker?.controller), null, { timeout: 30_000 });
}

/** Flips the Demo panel's "Cut the network" switch, in either language. */
export async function setDemoNetwork(page: Page, offline: boolean) {
  await page.getByRole('button', { name: /^(Demo|Démo)$/ }).click();
  const dialog = page.getByRole('dialog', { name: /^(Demo controls|Commandes de démonstration)$/ });
  await dialog.getByRole('checkbox', { name: /^(Cut the network|Couper le réseau)$/ }).setChecked(offline);
  await dialog.getByRole('button', { name: /^(Close|Fermer)$/ }).click();
}
