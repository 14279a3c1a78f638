// @ts-check
/**
 * The offline backlog: 1,000 edits queued with the network cut (the demo back-end's switch, as the
 * Demo panel's "Cut the network" does), made through the app's own mutate() as its screens do; then
 * the network comes back (the switch, plus the browser's `online` event a real reconnection fires)
 * and we time until the outbox is empty: every edit sent, answered and settled by a pull.
 */
import { BACKLOG_EDITS, BACKLOG_RUNS } from './config.mjs';
import { log } from './log.mjs';

/** @typedef {import('../../src/domain/intents').Intent} Intent */

/**
 * @typedef {{ perEditMs: number; failedWhileOffline: number; syncMs: number; requests: number; issues: number }} Backlog
 */

/**
 * @param {import('playwright-core').Page} page signed in to the bench tenant
 * @returns {Promise<Backlog[]>} one per run
 */
export async function measureBacklogs(page) {
  const backlog = [];
  for (let run = 1; run <= BACKLOG_RUNS; run++) {
    backlog.push(await measureBacklog(page, run));
    log(`backlog ${run}/${BACKLOG_RUNS}:`, JSON.stringify(backlog.at(-1)));
  }
  return backlog;
}

/**
 * @param {import('playwright-core').Page} page
 * @param {number} run
 * @returns {Promise<Backlog>}
 */
async function measureBacklog(page, run) {
  if (new URL(page.url()).pathname !== '/sync-issues') {
    await page.locator('nav a[href="/sync-issues"]').click();
    await page.getByRole('heading', { level: 1 }).waitFor();
  }
  let failedWhileOffline = 0;
  /** @param {import('playwright-core').Request} request */
  const onFailed = (request) => new URL(request.url()).pathname.startsWith('/api/') && failedWhileOffline++;
  page.on('requestfailed', onFailed);
  const queued = await page.evaluate(queueOfflineEdits, { run, edits: BACKLOG_EDITS });
  page.off('requestfailed', onFailed);
  /** @type {string[]} */
  const requests = [];
  /** @param {import('playwright-core').Request} request */
  const onRequest = (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/')) requests.push(request.url());
  };
  page.on('request', onRequest);
  const result = await page.evaluate(reconnectAndDrain);
  page.off('request', onRequest);
  return {
    perEditMs: queued.perEditMs,
    failedWhileOffline,
    syncMs: result.ms,
    requests: requests.length,
    issues: result.issues,
  };
}

/**
 * In the page: cuts the network and queues `edits` edits, a third each of messaging on/off, an
 * external contact renamed and a member added to a group.
 * @param {{ run: number; edits: number }} options
 */
async function queueOfflineEdits({ run, edits }) {
  const { demo, mutate, PttDatabase } = window.__pttBench;
  const db = new PttDatabase(String(window.__bench.databaseName()));
  demo.faults.setOffline(true);
  const share = Math.floor(edits / 3);
  const subscribers = /** @type {import('../../src/domain/model').Subscriber[]} */ (
    await db.contacts
      .filter((row) => row.kind === 'subscriber')
      .limit(edits - 2 * share)
      .toArray()
  );
  const externals = await db.contacts
    .filter((row) => row.kind === 'external')
    .limit(share)
    .toArray();
  /** @type {import('../../src/domain/model').Group[]} */
  const groups = [];
  await db.groups.each((group) => {
    if (groups.length < share && group.memberIds.length < 200) groups.push(group);
  });
  const intents = [
    ...subscribers.map(
      /** @returns {Intent} */ (subscriber) => ({
        name: 'options.setMessaging',
        args: { subscriberId: subscriber.id, messaging: subscriber.messaging === 'none' ? 'enabled' : 'none' },
      }),
    ),
    ...externals.map(
      /** @returns {Intent} */ (contact, index) => ({
        name: 'externalContact.update',
        args: { id: contact.id, name: `Banc ${run}-${index} ${contact.name}`.slice(0, 30).trim() },
      }),
    ),
    ...groups.map(
      /** @returns {Intent} */ (group, index) => {
        // A subscriber not yet in the group (earlier runs added some), looking from a different one each time.
        const members = new Set(group.memberIds);
        const start = (index + run * 7) % subscribers.length;
        const member = [...subscribers.slice(start), ...subscribers.slice(0, start)].find((s) => !members.has(s.id));
        if (!member) throw new Error(`every bench subscriber is already in group ${group.id}`);
        return { name: 'group.addMembers', args: { id: group.id, memberIds: [member.id] } };
      },
    ),
  ];
  if (intents.length !== edits) throw new Error(`only ${intents.length} edits could be made`);
  const t0 = performance.now();
  for (const intent of intents) await mutate(db, intent);
  const perEditMs = Math.round(((performance.now() - t0) / edits) * 10) / 10;
  if ((await db.outbox.count()) < edits) throw new Error('the edits were not all queued');
  db.close();
  return { perEditMs };
}

/** In the page: the network back on; resolves once the outbox is empty, with the time and new sync issues. */
async function reconnectAndDrain() {
  const { demo, PttDatabase } = window.__pttBench;
  const db = new PttDatabase(String(window.__bench.databaseName()));
  const issuesBefore = await db.syncIssues.count();
  const t0 = performance.now();
  demo.faults.setOffline(false);
  window.dispatchEvent(new Event('online'));
  while ((await db.outbox.count()) > 0) await new Promise((resolve) => setTimeout(resolve, 20));
  const ms = Math.round(performance.now() - t0);
  const issues = (await db.syncIssues.count()) - issuesBefore;
  db.close();
  return { ms, issues };
}
