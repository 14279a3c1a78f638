// @ts-check
/**
 * Activity (issue 20) on the 50,000-contact tenant, in a session of its own on a synced profile:
 * the simulated server's log is filled with 100,000 entries over 400 days (written straight into its
 * store in one transaction, as months of edits would have left it), the app fetches its local window
 * (its last 30 days, or the newest 10,000 entries), then we time, RUNS times each:
 * - opening Activity: from the click on its navigation link to the first painted entries;
 * - a row's History: from the click on a subscriber in the master list (found by its number) to
 *   the first painted entries of the History under its page;
 * and once, the incremental fetch: another administrator makes 1,000 edits, the app is woken (as a
 * focus would) and we time until the 1,000 new entries are stored locally.
 * With BENCH_PROFILE=1, the last run of each is profiled (cpu-profile.mjs: `activity-open`, `activity-history`).
 */
import { masterListComplete } from './app.mjs';
import { launch } from './browser.mjs';
import { ACTIVITY_ENTRIES, BENCH_TENANT_ID, REMOTE_ACTIVITY_EDITS, RUNS } from './config.mjs';
import { startProfile } from './cpu-profile.mjs';
import { log } from './log.mjs';
import { median } from './stats.mjs';

/**
 * @typedef {{
 *   seedMs: number;
 *   firstFetchMs: number;
 *   held: number;
 *   openMs: number[];
 *   historyMs: number[];
 *   incremental: { editsMs: number; fetchMs: number; heldAfter: number };
 * }} ActivityFigures
 */

/**
 * @param {import('./browser.mjs').Browser} browser
 * @param {string} profile a profile signed in to the bench tenant, its first sync done
 * @returns {Promise<ActivityFigures>}
 */
export async function measureActivity(browser, profile) {
  const { context, page, failed } = await launch(browser, profile);
  try {
    await page.goto(`${browser.baseUrl}/master-list`);
    await masterListComplete(page);
    const { seedMs, subscriber } = await page.evaluate(seedServerLog, {
      entries: ACTIVITY_ENTRIES,
      tenantId: BENCH_TENANT_ID,
      subscribers: await page.evaluate(subscribersHeld, { offset: 0, limit: 5_000 }),
    });
    log(`activity: ${ACTIVITY_ENTRIES} server entries written in ${seedMs} ms`);
    const { ms: firstFetchMs, held } = await page.evaluate(fetchUntilStored, { window: true });
    log(`activity: the device fetched its ${held} newest entries in ${firstFetchMs} ms`);

    const openMs = [];
    const historyMs = [];
    for (let run = 1; run <= RUNS; run++) {
      const profiled = run === RUNS ? context : null;
      openMs.push(await openActivity(page, profiled));
      historyMs.push(await openHistory(page, subscriber.phone, profiled));
      log(`activity ${run}/${RUNS}: open ${openMs.at(-1)} ms, a subscriber's History ${historyMs.at(-1)} ms`);
    }

    // The app may pull some of the edits while they are made: the goal is the newest held before them, plus 1,000.
    const { newest } = await page.evaluate(fetchUntilStored, {});
    const editsMs = await page.evaluate(remoteEdits, {
      tenantId: BENCH_TENANT_ID,
      subscribers: await page.evaluate(subscribersHeld, { offset: 10_000, limit: REMOTE_ACTIVITY_EDITS }),
    });
    const { ms: fetchMs, held: after } = await page.evaluate(fetchUntilStored, {
      newest: newest + REMOTE_ACTIVITY_EDITS,
    });
    log(`activity: ${REMOTE_ACTIVITY_EDITS} remote edits made in ${editsMs} ms, fetched in ${fetchMs} ms`);
    return {
      seedMs,
      firstFetchMs,
      held,
      openMs,
      historyMs,
      incremental: { editsMs, fetchMs, heldAfter: after },
    };
  } catch (error) {
    return await failed(error);
  } finally {
    await context.close();
  }
}

/**
 * From Manage Sub-Lists, the click on "Activity" to the first painted entries.
 * @param {import('playwright-core').Page} page
 * @param {import('playwright-core').BrowserContext | null} profiled the context, to profile this run
 */
async function openActivity(page, profiled) {
  await page.locator('nav a[href="/sub-lists"]').click();
  await page.getByRole('heading', { level: 1, name: 'Manage Sub-Lists' }).waitFor();
  await page.waitForTimeout(300);
  return timeClickToPaint(
    page,
    'nav a[href="/activity"]',
    '.activity-list li',
    profiled && { context: profiled, name: 'activity-open' },
  );
}

/**
 * On the master list, the subscriber found by its number; the click on it to its History's first painted entries.
 * @param {import('playwright-core').Page} page
 * @param {string} phone
 * @param {import('playwright-core').BrowserContext | null} profiled the context, to profile this run
 */
async function openHistory(page, phone, profiled) {
  await page.locator('nav a[href="/master-list"]').click();
  // The master list keeps its last search a while: the previous run's number.
  await page.getByRole('searchbox', { name: 'Search' }).fill('');
  await masterListComplete(page);
  await page.getByRole('searchbox', { name: 'Search' }).fill(phone);
  await page.waitForFunction(() => document.querySelectorAll('[role="listbox"] [role="option"]').length === 1);
  await page.waitForTimeout(300);
  const ms = await timeClickToPaint(
    page,
    '[role="listbox"] [role="option"]',
    '.row-history li',
    profiled && { context: profiled, name: 'activity-history' },
  );
  await page.getByRole('searchbox', { name: 'Search' }).waitFor({ state: 'detached' });
  return ms;
}

/**
 * Clicks `target` and returns the ms from the click's event to the first paint showing `painted`.
 * @param {import('playwright-core').Page} page
 * @param {string} target
 * @param {string} painted
 * @param {{ context: import('playwright-core').BrowserContext; name: string } | null} profile
 */
async function timeClickToPaint(page, target, painted, profile) {
  await page.evaluate((selector) => window.__bench.watchClick(selector), target);
  await page.evaluate(
    (selector) =>
      void (window.__benchFirstRows = window.__bench.until(
        () => document.body,
        () => !!document.querySelector(selector),
      )),
    painted,
  );
  const profiling = profile && (await startProfile(profile.context, page, profile.name));
  await page.locator(target).click();
  const paintedAt = await page.evaluate(() => window.__benchFirstRows);
  await profiling?.stop();
  const clickedAt = await page.evaluate((selector) => window.__bench.clickTime(selector), target);
  return Math.round(paintedAt - Number(clickedAt));
}

/**
 * In the page: subscribers as the device holds them, `limit` of them past the first `offset`
 * (read by filter, not by an index: the app's schema need not index the kind — issue 22 dropped it).
 * @param {{ offset: number; limit: number }} range
 */
async function subscribersHeld({ offset, limit }) {
  const db = new window.__pttBench.PttDatabase(String(window.__bench.databaseName()));
  const subscribers = await db.contacts
    .filter((contact) => contact.kind === 'subscriber')
    .offset(offset)
    .limit(limit)
    .toArray();
  db.close();
  return /** @type {import('../../src/domain/model').Subscriber[]} */ (subscribers);
}

/**
 * In the page: `entries` entries in the server's log, evenly over the last 400 days, by five
 * people, each one plausible edit of the tenant's rows (as the device holds them): messaging,
 * a member added, an external contact renamed, scanning, a group renamed. Returns the time and
 * the subscriber the newest entries touch most (its History has entries).
 * @param {{ entries: number; tenantId: string; subscribers: import('../../src/domain/model').Subscriber[] }} options
 */
async function seedServerLog({ entries, tenantId, subscribers }) {
  const { demo, PttDatabase } = window.__pttBench;
  const db = new PttDatabase(String(window.__bench.databaseName()));
  const externals = await db.contacts
    .filter((contact) => contact.kind === 'external')
    .limit(1_000)
    .toArray();
  const groups = await db.groups.limit(500).toArray();
  db.close();
  const people = ['Marie Dubé', 'Aiden Poirier', 'Chloé Tremblay', 'Raj Singh', 'Nathalie Roy'].map((name, n) => ({
    accountId: `bench-person-${n}`,
    name,
    role: /** @type {const} */ ('administrator'),
  }));
  const dayMs = 24 * 60 * 60 * 1000;
  const start = Date.now() - 400 * dayMs + 60_000;
  const step = (400 * dayMs - 120_000) / entries;
  /** @param {number} n @returns {import('../../src/domain/activity').NewActivityEntry} */
  const entry = (n) => {
    const at = Math.round(start + n * step);
    const actor = people[n % people.length] ?? people[0];
    const subscriber = subscribers[n % subscribers.length];
    const group = groups[n % groups.length];
    const external = externals[n % externals.length];
    if (!subscriber || !group || !external || !actor) throw new Error('the bench tenant lacks rows');
    const row =
      /** @param {'contacts' | 'groups'} table @param {{ id: string; name: string }} target @param {Record<string, { before?: unknown; after?: unknown }>} changes */ (
        table,
        target,
        changes,
      ) => ({ table, id: target.id, name: target.name, op: /** @type {const} */ ('update'), changes });
    switch (n % 5) {
      case 0:
        return {
          at,
          actor,
          intent: { name: 'options.setMessaging', args: { subscriberId: subscriber.id, messaging: 'none' } },
          rows: [row('contacts', subscriber, { messaging: { before: 'enabled', after: 'none' } })],
        };
      case 1:
        return {
          at,
          actor,
          intent: { name: 'group.addMembers', args: { id: group.id, memberIds: [subscriber.id] } },
          rows: [row('groups', group, { memberIds: { before: [], after: [subscriber.id] } })],
        };
      case 2:
        return {
          at,
          actor,
          intent: { name: 'externalContact.update', args: { id: external.id, name: external.name } },
          rows: [row('contacts', external, { name: { before: `${external.name} (ancien)`, after: external.name } })],
        };
      case 3: {
        const scanList = [{ groupId: group.id, priority: /** @type {const} */ ('p1') }];
        return {
          at,
          actor,
          intent: { name: 'scanning.update', args: { subscriberId: subscriber.id, scanningEnabled: true, scanList } },
          rows: [row('contacts', subscriber, { scanList: { before: [], after: scanList } })],
        };
      }
      default:
        return {
          at,
          actor,
          intent: { name: 'group.rename', args: { id: group.id, name: group.name } },
          rows: [row('groups', group, { name: { before: `${group.name} (ancien)`, after: group.name } })],
        };
    }
  };
  // Built here, written by the simulated server's core in its worker, in one transaction.
  const t0 = performance.now();
  /** The demo back-end's own hook (mocks/browser.ts `DemoBackend`), beyond the app's `DemoHooks`. */
  const backend =
    /** @type {{ appendActivity(tenantId: string, entries: import('../../src/domain/activity').NewActivityEntry[]): Promise<void> }} */ (
      /** @type {unknown} */ (demo)
    );
  await backend.appendActivity(
    tenantId,
    Array.from({ length: entries }, (_, n) => entry(n)),
  );
  const seedMs = Math.round(performance.now() - t0);
  // The newest messaging entry (n a multiple of 5) names a subscriber the local window holds entries of.
  const newestMessaging = entries - 1 - ((entries - 1) % 5);
  const subscriber = subscribers[newestMessaging % subscribers.length];
  return { seedMs, subscriber: { id: subscriber?.id ?? '', phone: subscriber?.phone ?? '' } };
}

/**
 * In the page: wakes the app's sync (as a focus does) and resolves, with the time it took, once the
 * device holds its window (`window`: 30 days, or 10,000 entries, as src/db/activity.ts keeps), or
 * the entry numbered `newest`; with the newest entry number it then holds.
 * @param {{ window?: boolean; newest?: number }} until
 */
async function fetchUntilStored({ window: whole = false, newest: goal = 0 }) {
  const db = new window.__pttBench.PttDatabase(String(window.__bench.databaseName()));
  const newest = async () => (await db.activity.orderBy('id').last())?.id ?? 0;
  const windowFull = async () => {
    const oldest = await db.activity.orderBy('id').first();
    const monthAgo = Date.now() - 30 * 24 * 60 * 60 * 1000;
    return !!oldest && (oldest.at <= monthAgo || (await db.activity.count()) >= 10_000);
  };
  const t0 = performance.now();
  window.dispatchEvent(new Event('focus'));
  while ((whole && !(await windowFull())) || (await newest()) < goal) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const ms = Math.round(performance.now() - t0);
  const held = await db.activity.count();
  const last = await newest();
  db.close();
  return { ms, held, newest: last };
}

/**
 * In the page: another administrator makes one edit on each subscriber (messaging switched);
 * resolves with the time they took on the simulated server.
 * @param {{ tenantId: string; subscribers: import('../../src/domain/model').Subscriber[] }} options
 */
async function remoteEdits({ tenantId, subscribers }) {
  const admin = window.__pttBench.demo.otherAdmin(tenantId);
  const t0 = performance.now();
  for (const subscriber of subscribers) {
    await admin.apply({
      name: 'options.setMessaging',
      args: { subscriberId: subscriber.id, messaging: subscriber.messaging === 'none' ? 'enabled' : 'none' },
    });
  }
  return Math.round(performance.now() - t0);
}

/**
 * The figures as the report prints them (medians), with issue 20's budgets.
 * @param {ActivityFigures} figures
 */
export function activityReport({ seedMs, firstFetchMs, held, openMs, historyMs, incremental }) {
  const open = Number(median(openMs));
  const history = Number(median(historyMs));
  return {
    server_entries: ACTIVITY_ENTRIES,
    server_log_written_in_browser_ms: seedMs,
    first_fetch_ms: firstFetchMs,
    entries_held_on_device: held,
    open_activity_ms: open,
    row_history_ms: history,
    remote_edits: REMOTE_ACTIVITY_EDITS,
    remote_edits_made_ms: incremental.editsMs,
    incremental_fetch_ms: incremental.fetchMs,
    entries_held_after_incremental_fetch: incremental.heldAfter,
    budgets: { open_activity_le_200ms: open <= 200, row_history_le_50ms: history <= 50 },
  };
}
