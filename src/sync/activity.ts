/**
 * After each sync cycle, the activity entries this device lacks (docs/api.md, "Activity"):
 * the first time, newest first until the local window is full (src/db/activity.ts); then
 * the entries after the newest held, oldest first. Each page is stored as it comes, so an
 * interrupted fetch keeps what it read and the next cycle goes on from there.
 */
import { activityReachesBack, newestActivityId, storeActivity } from '../db/activity';
import type { PttDatabase } from '../db/database';
import { API, type ActivityResponse } from '../domain/protocol';
import type { Call } from './request';

const PAGE = 1_000;

export async function pullActivity(db: PttDatabase, call: Call, now: () => number): Promise<void> {
  const newest = await newestActivityId(db);
  if (newest === 0) {
    let before: number | undefined;
    for (;;) {
      const page = await call<ActivityResponse>({
        path: API.activity,
        query: { limit: PAGE, ...(before === undefined ? {} : { before }) },
      });
      await storeActivity(db, page.entries, now());
      before = page.entries.at(-1)?.id;
      if (!page.hasMore || before === undefined || (await activityReachesBack(db, now()))) return;
    }
  }
  for (let after = newest; ;) {
    const page = await call<ActivityResponse>({ path: API.activity, query: { after, limit: PAGE } });
    await storeActivity(db, page.entries, now());
    after = page.entries.at(-1)?.id ?? after;
    if (!page.hasMore) return;
  }
}
