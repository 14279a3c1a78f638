import { expect, it } from 'vitest';
import { openSignedIn, setDemoNetwork } from './support';

it('an edit made offline survives a reload and syncs by itself when the network returns', async () => {
  const browser = await openSignedIn({ locale: 'en-CA' });
  const { page } = browser;
  const status = page.getByRole('group', { name: 'Sync status' });
  await status.getByText('All changes synced').waitFor();

  browser.expectApiFailures = true;
  await setDemoNetwork(page, true);
  await page.getByRole('navigation').getByRole('link', { name: 'Add External Contact' }).click();
  await page.getByLabel('Name').fill('Garage Côté Offline');
  await page.getByLabel('Phone number').fill('(819) 555-0199');
  await page.getByRole('button', { name: 'Save' }).click();
  await status.getByText('1 edit waiting to sync').waitFor();
  await status.getByText('Offline').waitFor();

  await page.reload();
  await page.getByRole('navigation').waitFor();
  await page.getByRole('navigation').getByRole('link', { name: 'Manage Master List' }).click();
  await page.getByRole('searchbox').fill('garage cote');
  await page
    .getByRole('option', { name: /Garage Côté Offline/ })
    .getByText('Waiting to sync')
    .waitFor();
  await status.getByText('1 edit waiting to sync').waitFor();

  await setDemoNetwork(page, false);
  await status.getByText('All changes synced').waitFor({ timeout: 30_000 });
  await expect(
    page
      .getByRole('option', { name: /Garage Côté Offline/ })
      .getByText('Waiting to sync')
      .count(),
  ).resolves.toBe(0);
  expect(browser.consoleErrors).toEqual([]);
});
