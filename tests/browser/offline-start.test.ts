import { expect, it } from 'vitest';
import { openBrowser, signIn, waitForServiceWorker } from './support';

it('after one visit, the app starts and shows the tenant’s data with the network off', async () => {
  const browser = await openBrowser({ locale: 'fr-CA' });
  const { page, context } = browser;
  await page.goto(`${browser.baseUrl}/`);
  await signIn(page, 'small-business');
  await page.getByRole('heading', { name: 'Gérer la liste maîtresse' }).waitFor();
  await waitForServiceWorker(page);
  const installable = await page.evaluate(async () => {
    const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
    return link ? ((await (await fetch(link.href)).json()) as { name: string; icons: unknown[] }) : null;
  });
  expect(installable?.name).toBe('PTT Admin');
  expect(installable?.icons.length).toBeGreaterThan(0);

  await context.setOffline(true);
  await page.reload();
  await page.getByRole('heading', { name: 'Gérer la liste maîtresse' }).waitFor();
  await page.getByRole('link', { name: 'Gérer les groupes' }).click();
  await page.getByRole('heading', { level: 1, name: 'Gérer les groupes' }).waitFor();

  // Closing the last tab must not take the offline app with it (MSW's own worker unregisters itself then).
  const next = await context.newPage();
  await page.close({ runBeforeUnload: true });
  await next.goto(`${browser.baseUrl}/`);
  await next.getByRole('heading', { name: 'Gérer la liste maîtresse' }).waitFor();
  expect(browser.consoleErrors).toEqual([]);
});
