/**
 * The end of every sync cycle, in ONE transaction, so a crash leaves either the state
 * before or the state after: settle the edits the server answered (conflicts and
 * rejections become sync issues, named as the user saw them), and rebase on the pulled
 * changes — they go in, every other row local edits changed goes back to its server copy,
 * and the edits still pending are re-applied.
 */
import type { Change } from '../domain/protocol';
import { META, roleOf, type PttDatabase, type ServerRow } from '../db/database';
import { loadRulesForOutbox, rebase } from '../db/outbox/rebase';
import { settle } from '../db/outbox/settle';
import type { PulledChanges } from './pull';
import { forgetServerData } from './rebootstrap';
import type { AccountRole } from '../domain/roles';

/** Returns false (and writes nothing) when another sync already committed past `pulled.since`. */
export async function commitPull(db: PttDatabase, pulled: PulledChanges, now = Date.now()): Promise<boolean> {
  await loadRulesForOutbox(db);
  return db.transaction('rw', db.syncTables, async () => {
    if ((await db.meta.get(META.cursor))?.value !== pulled.since) return false;
    const pending = await settle(db, pulled.lastAppliedSeq, now);
    await rebase(db, pending, latestPerRow(pulled.changes));
    await db.meta.bulkPut([
      { key: META.cursor, value: pulled.cursor },
      { key: META.generation, value: pulled.generation },
    ]);
    await takeRole(db, pulled.role);
    return true;
  });
}

/**
 * The role the server answered, when it is not the one this device had (a session signed in
 * before roles existed counts as an administrator; an operator may change a role). What the
 * device holds was cut for the other role, so it is loaded again: a supervisor's device then
 * holds only what it may see, an administrator's the whole tenant.
 */
async function takeRole(db: PttDatabase, role: AccountRole | undefined): Promise<void> {
  if (role === undefined || role === roleOf(await db.meta.get(META.role))) return;
  await db.meta.put({ key: META.role, value: role });
  await forgetServerData(db);
}

function latestPerRow(changes: Change[]): ServerRow[] {
  const latest = new Map<string, ServerRow>();
  for (const change of changes) {
    const row = change.op === 'put' && change.row ? change.row : null;
    latest.set(`${change.table}/${change.id}`, { table: change.table, id: change.id, row });
  }
  return [...latest.values()];
}
