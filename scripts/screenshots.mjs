// Takes screenshots of the main screens at 1280×800 (desktop) and 800×1280 (tablet,
// portrait) into docs/screenshots/, from the production build in Chromium; the import
// screens, Activity, a group's History, a supervisor's My groups and the Supervisors section in
// English and in French.
// Usage: npm run build && npm run screenshots
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import chromiumFlags from './chromium-flags.json' with { type: 'json' };

const SIZES = { desktop: { width: 1280, height: 800 }, tablet: { width: 800, height: 1280 } };
const OUT = 'docs/screenshots';
const chromiumPath = execFileSync('bash', ['scripts/ensure-chromium.sh'], { encoding: 'utf8' }).trim();
const server = await preview({ configFile: 'vite.config.ts', preview: { port: 4190, strictPort: false } });
const baseUrl = server.resolvedUrls.local[0].replace(/\/$/, '');
mkdirSync(OUT, { recursive: true });

/** Opens a section from the navigation (an in-app navigation: no reload, no blank frame). */
const section = (name) => async (page) => {
  await page.getByRole('navigation').getByRole('link', { name }).click();
  await page.getByRole('heading', { level: 1, name }).waitFor();
};
/** Opens the first list of a section (a sub-list or a group). */
const firstList = (sectionName, listName, heading) => async (page) => {
  await section(sectionName)(page);
  await page.getByRole('list', { name: listName }).getByRole('link').first().click();
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
};

/** Each screen: how to reach it from wherever the previous one left the page. */
const SCREENS = [
  [
    'master-list',
    async (page) => {
      await section('Manage Master List')(page);
      await page.getByRole('searchbox').fill('');
      await page.getByRole('option').first().waitFor();
    },
  ],
  [
    'subscriber-scanning',
    async (page) => {
      await page.getByRole('searchbox').fill('aroha');
      await page.getByRole('option', { name: /Aroha Émond/ }).click();
      await page.getByRole('heading', { level: 1, name: 'Aroha Émond' }).waitFor();
    },
  ],
  [
    'user-options',
    async (page) => {
      await page.getByRole('link', { name: 'Options', exact: true }).click();
      await page.getByRole('heading', { name: 'Messaging' }).waitFor();
    },
  ],
  ['add-external-contact', section('Add External Contact')],
  ['sub-lists', section('Manage Sub-Lists')],
  ['sub-list-identification', firstList('Manage Sub-Lists', 'Sub-Lists', 'Sub-List Identification')],
  ['groups', section('Manage Groups')],
  [
    'group-member-picker',
    async (page) => {
      await firstList('Manage Groups', 'Groups', 'Group Identification')(page);
      await page.getByRole('button', { name: 'Add Members' }).click();
      await page.getByRole('dialog').getByRole('option').first().waitFor();
    },
  ],
  ['sync-issues', section('Sync issues')],
  [
    'demo-panel',
    async (page) => {
      await page.getByRole('button', { name: 'Demo', exact: true }).click();
      await page.getByRole('dialog', { name: 'Demo controls' }).waitFor();
    },
  ],
];

/** A French spreadsheet from the test corpus: its preview shows every kind of row. */
const IMPORT_FILE = {
  name: 'contacts.csv',
  mimeType: 'text/csv',
  buffer: readFileSync('tests/csv-corpus/excel-fr-semicolon-windows-1252.csv'),
};

/**
 * A browser of its own in one language (its own simulated back-end, so each language starts
 * from the same seeded data), signed in — to the small business, or as the demo account
 * `username` — and synced; `shoot(name)` takes the page at both sizes as `<name>-<language>-<size>.png`.
 */
async function inOwnBrowser(locale, work, username) {
  const language = locale.slice(0, 2);
  const profile = mkdtempSync(join(tmpdir(), 'ptt-shots-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    args: chromiumFlags,
    locale,
    viewport: SIZES.desktop,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${baseUrl}/sign-in`);
    if (username) {
      await page.getByLabel(/^(Username|Nom d’utilisateur)$/).fill(username);
      await page.getByLabel(/^(Password|Mot de passe)$/).fill('demo');
    } else {
      await page.getByRole('button', { name: /^(Use|Utiliser) Plomberie Gagnon & Fils$/ }).click();
    }
    await page.getByRole('button', { name: /^(Sign in|Ouvrir une session)$/ }).click();
    await page
      .getByText(/^(All changes synced|Toutes les modifications sont synchronisées)$/)
      .waitFor({ timeout: 60_000 });
    const shoot = async (name, before = async () => {}) => {
      for (const [size, viewport] of Object.entries(SIZES)) {
        await page.setViewportSize(viewport);
        await before();
        await page.waitForTimeout(300);
        await page.screenshot({ path: `${OUT}/${name}-${language}-${size}.png` });
      }
    };
    await work(page, shoot);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The import screens: the choices, the preview, the summary. */
async function importScreens(page, shoot) {
  await page
    .getByRole('navigation')
    .getByRole('link', { name: /^(Import \/ Export|Importer \/ Exporter)$/ })
    .click();
  await page.getByLabel(/^(CSV file|Fichier CSV)$/).waitFor();
  await shoot('import-export');
  await page.getByLabel(/^(CSV file|Fichier CSV)$/).setInputFiles(IMPORT_FILE);
  await page.getByRole('heading', { name: /^(Preview of|Aperçu de) contacts\.csv$/ }).waitFor();
  await shoot('import-preview');
  await page.getByRole('checkbox', { name: /^(Leave out|Laisser de côté)/ }).check();
  await page.getByRole('button', { name: /^(Import|Importer) \d+ (changes|changements)$/ }).click();
  await page.getByText(/ (applied|appliqués), /).waitFor({ timeout: 60_000 });
  await shoot('import-summary');
}

/**
 * Activity and a group's History: another administrator (the Demo panel) renames the group on
 * screen and makes a few other edits; this device's own rename, made with the network cut,
 * stays waiting on top.
 */
async function activityScreens(page, shoot) {
  /** Clicks a control of the Demo panel (a button, or the network's checkbox). */
  const demo = async (control) => {
    await page.getByRole('button', { name: /^(Demo|Démo)$/ }).click();
    await page.getByRole('dialog').getByRole(control.role, { name: control.name }).click();
    await page.keyboard.press('Escape');
  };
  await page
    .getByRole('navigation')
    .getByRole('link', { name: /^(Manage Groups|Gérer les groupes)$/ })
    .click();
  await page
    .getByRole('list', { name: /^(Groups|Groupes)$/ })
    .getByRole('link')
    .first()
    .click();
  await page.getByRole('region', { name: /^(History|Historique)$/ }).waitFor();
  await demo({ role: 'button', name: /^(Rename what I am viewing|Renommer ce que j’affiche)$/ });
  for (let edit = 0; edit < 6; edit++) {
    await demo({ role: 'button', name: /^(Make one edit now|Faire une modification maintenant)$/ });
  }
  // Pulled before the network is cut: a focus wakes the sync at once.
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  const history = page.getByRole('region', { name: /^(History|Historique)$/ });
  await history.getByRole('listitem').first().waitFor({ timeout: 30_000 });
  await page.waitForTimeout(2_000);
  await demo({ role: 'checkbox', name: /^(Cut the network|Couper le réseau)$/ });
  await page.getByLabel(/^(Name|Nom)$/, { exact: true }).fill('Répartition Nord');
  await page.getByRole('button', { name: /^(Save|Enregistrer)$/, exact: true }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'OK' }).click();
  await history.getByRole('listitem').nth(1).waitFor({ timeout: 30_000 });
  await shoot('row-history', () => history.scrollIntoViewIfNeeded());
  await page
    .getByRole('navigation')
    .getByRole('link', { name: /^(Activity|Activité)$/ })
    .click();
  await page
    .getByRole('list', { name: /^(Activity|Activité)$/ })
    .getByRole('listitem')
    .nth(6)
    .waitFor();
  await shoot('activity');
}

/** A supervisor's home: its groups, each with its members and who scans them. */
async function myGroupsScreen(page, shoot) {
  await page.getByRole('heading', { level: 1, name: /^(My groups|Mes groupes)$/ }).waitFor();
  await shoot('my-groups');
}

/** The administrators' Supervisors section: each supervisor with the groups it supervises. */
async function supervisorsScreen(page, shoot) {
  await page
    .getByRole('navigation')
    .getByRole('link', { name: /^(Supervisors|Superviseurs)$/ })
    .click();
  await page.getByRole('heading', { level: 1, name: /^(Supervisors|Superviseurs)$/ }).waitFor();
  await shoot('supervisors');
}

const profile = mkdtempSync(join(tmpdir(), 'ptt-shots-'));
try {
  for (const locale of ['en-CA', 'fr-CA']) {
    await inOwnBrowser(locale, importScreens);
    await inOwnBrowser(locale, activityScreens);
    await inOwnBrowser(locale, myGroupsScreen, 'supervision@nordik.demo');
    await inOwnBrowser(locale, supervisorsScreen, 'admin@nordik.demo');
  }
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    args: chromiumFlags,
    locale: 'en-CA',
    viewport: SIZES.desktop,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByRole('heading', { name: 'Demo accounts' }).waitFor();
  for (const [size, viewport] of Object.entries(SIZES)) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: `${OUT}/sign-in-${size}.png` });
  }
  await page.getByRole('button', { name: 'Use Plomberie Gagnon & Fils' }).click();
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation').waitFor();
  await page.getByText('All changes synced').waitFor({ timeout: 60_000 });
  for (const [size, viewport] of Object.entries(SIZES)) {
    await page.setViewportSize(viewport);
    for (const [name, reach] of SCREENS) {
      await reach(page);
      await page.waitForTimeout(300); // let the dialog's opening animation and focus settle
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
