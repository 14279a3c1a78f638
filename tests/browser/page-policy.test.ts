/**
 * The page runs only its own code (issue 17): the built app is served with its
 * Content-Security-Policy, an inline script injected into the page is refused, the demo
 * (MSW in the service worker) still works under it, and no source map is published.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openBrowser, signIn, waitForServiceWorker } from './support';

describe('the page policy', () => {
  it('refuses an inline script injected into the page, and says so', async () => {
    const { page, baseUrl, consoleErrors } = await openBrowser();
    const response = await page.goto(`${baseUrl}/`);
    expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self';/);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();

    const injected = await page.evaluate(
      () =>
        new Promise<{ ran: boolean; refused: string }>((resolve) => {
          document.addEventListener(
            'securitypolicyviolation',
            (event) => resolve({ ran: 'injected' in window, refused: event.violatedDirective }),
            { once: true },
          );
          const script = document.createElement('script');
          script.textContent = 'window.injected = true';
          document.body.append(script);
        }),
    );
    expect(injected).toEqual({ ran: false, refused: 'script-src-elem' });

    // An inline event handler, the other way markup smuggles code in.
    await page.evaluate(() => {
      const image = document.createElement('img');
      image.setAttribute('src', 'data:,');
      image.setAttribute('onerror', 'window.injected = true');
      document.body.append(image);
    });
    await expect.poll(() => consoleErrors.length).toBe(2);
    expect(await page.evaluate(() => 'injected' in window)).toBe(false);
    expect(consoleErrors.every((error) => error.includes('Content Security Policy'))).toBe(true);
  });

  it('lets the demo run under it: the service worker, MSW and the simulated back-end, with no violation', async () => {
    const browser = await openBrowser();
    const { page } = browser;
    await page.goto(`${browser.baseUrl}/`);
    await signIn(page);
    await page.getByRole('heading', { level: 1, name: 'Manage Master List' }).waitFor();
    await waitForServiceWorker(page);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Manage Master List' }).waitFor();
    expect(browser.consoleErrors).toEqual([]);
  });

  it('publishes no source map', () => {
    const files = readdirSync('dist', { recursive: true, encoding: 'utf8' });
    expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
    const scripts = files.filter((file) => file.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(5);
    for (const file of scripts)
      expect(readFileSync(join('dist', file), 'utf8'), file).not.toContain('sourceMappingURL');
  });
});
