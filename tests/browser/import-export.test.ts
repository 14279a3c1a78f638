import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { axeViolations, openSignedIn, setDemoNetwork, syncStatus } from './support';

const excelFrench = readFileSync('tests/csv-corpus/excel-fr-semicolon-windows-1252.csv');

it('imports a spreadsheet offline: the preview shows every row, nothing is saved until confirmed, and it syncs on reconnect', async () => {
  const browser = await openSignedIn({ locale: 'en-CA' });
  const { page } = browser;
  await syncStatus(page).getByText('All changes synced').waitFor();

  browser.expectApiFailures = true;
  await setDemoNetwork(page, true);
  await page.getByRole('navigation').getByRole('link', { name: 'Import / Export' }).click();
  await expect(axeViolations(page)).resolves.toEqual([]);

  // Offline, an export is made from this device's data and downloads like any file.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the CSV file' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^master-list-\d{4}-\d{2}-\d{2}\.csv$/);
  const exported = readFileSync(await download.path());
  expect([...exported.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(exported.toString('utf8', 3).split('\r\n')).toHaveLength(18 + 2);

  await page.getByRole('group', { name: 'What to import' }).getByRole('radio', { name: 'External contacts' }).check();
  await page.getByLabel('CSV file').setInputFiles({ name: 'contacts.csv', mimeType: 'text/csv', buffer: excelFrench });

  await page.getByRole('heading', { name: 'Preview of contacts.csv' }).waitFor();
  await page.getByText('Windows-1252, separated by semicolons').waitFor();
  await expect(axeViolations(page)).resolves.toEqual([]);
  const filters = page.getByRole('group', { name: 'Show the rows' });
  await filters.getByRole('button', { name: '3 in error' }).click();
  const rows = page.getByRole('table', { name: 'What each row will do' }).getByRole('row');
  await expect(rows.count()).resolves.toBe(4);
  await rows.filter({ hasText: 'Numéro de téléphone: this is not a 10-digit North American phone number.' }).waitFor();
  await filters.getByRole('button', { name: '1 to update' }).click();
  await rows.filter({ hasText: 'Name: François Singh → François Singh (bureau)' }).waitFor();
  await expect(syncStatus(page).innerText()).resolves.not.toContain('waiting');

  const apply = page.getByRole('button', { name: 'Import 5 changes' });
  await expect(apply.isDisabled()).resolves.toBe(true);
  await page.getByRole('checkbox', { name: 'Leave out the 3 rows in error and import the others' }).check();
  await apply.click();

  await page.getByRole('heading', { name: 'Import finished' }).waitFor();
  await page.getByText('Changes saved on this device: 5 of 5.').waitFor();
  await page.getByText('5 changes are waiting to sync; 0 applied so far.').waitFor();
  await syncStatus(page).getByText('5 edits waiting to sync').waitFor();

  await setDemoNetwork(page, false);
  await page.getByText('5 applied, 0 sent to Sync issues.').waitFor({ timeout: 30_000 });
  await syncStatus(page).getByText('All changes synced').waitFor();
  await page.getByRole('navigation').getByRole('link', { name: 'Manage Master List' }).click();
  await page.getByRole('searchbox').fill('garage cote');
  await page.getByRole('option', { name: /Garage Côté; Lévis/ }).waitFor();
  expect(browser.consoleErrors).toEqual([]);
});

it('previews a 10,000-row file in the import worker with the fates the in-page planner gives (the corpus test)', async () => {
  const browser = await openSignedIn({ locale: 'en-CA' });
  const { page } = browser;
  await page.getByRole('navigation').getByRole('link', { name: 'Import / Export' }).click();
  await page.getByLabel('CSV file').setInputFiles({
    name: 'ten-thousand.csv',
    mimeType: 'text/csv',
    buffer: readFileSync('tests/csv-corpus/ten-thousand-external-contacts.csv'),
  });
  await page.getByRole('heading', { name: 'Preview of ten-thousand.csv' }).waitFor({ timeout: 60_000 });
  const filters = page.getByRole('group', { name: 'Show the rows' });
  await filters.getByRole('button', { name: '9,970 to add' }).waitFor();
  await filters.getByRole('button', { name: '30 in error' }).click();
  const rows = page.getByRole('table', { name: 'What each row will do' }).getByRole('row');
  await expect(rows.count()).resolves.toBe(31);
  await page.getByRole('checkbox', { name: 'Leave out the 30 rows in error and import the others' }).check();
  await expect(page.getByRole('button', { name: 'Import 9,970 changes' }).isEnabled()).resolves.toBe(true);
  expect(browser.consoleErrors).toEqual([]);
});
