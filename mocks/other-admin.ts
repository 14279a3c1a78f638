/**
 * "Another admin" editing the same tenant at the same time as the user: each edit goes
 * through the server's apply-and-log path (new versions, change-log entries), so the app
 * sees it only by pulling, exactly as it would see a real colleague's work.
 * Call the methods on demand, or `start()` a schedule of random edits (other-admin-schedule.ts).
 */
import type { ActivityActor } from '../src/domain/activity';
import type { Intent } from '../src/domain/intents';
import type { PttCore } from '../server/core/core';
import { allRows, allTables } from '../server/core/rows';
import type { TenantTx } from '../server/core/storage';
import type { Random } from '../server/seed/rng';
import { pickRandomIntent, pickSupervisorIntent } from './other-admin-picks';
import { otherAdminOver, type AdminEdits, type OtherAdmin } from './other-admin-schedule';

export type { OtherAdmin } from './other-admin-schedule';

/** Who the activity log says made the other admin's edits. */
export const OTHER_ADMIN: ActivityActor = { accountId: 'other-admin', name: 'Marie Dubé', role: 'administrator' };

export function createOtherAdmin(core: PttCore, tenantId: string, defaultRandom: Random = Math.random): OtherAdmin {
  return otherAdminOver(tenantId, coreAdminEdits(core, tenantId), defaultRandom);
}

/** The other admin's edits, made on `core` in its transactions. */
export function coreAdminEdits(core: PttCore, tenantId: string): AdminEdits {
  /** Who makes the next edit: the administrator, or the supervisor acted as, with its name now. */
  const actor =
    (supervisorId: string | null) =>
    async (tx: TenantTx): Promise<ActivityActor> => {
      const supervisor = supervisorId === null ? undefined : await tx.get('supervisors', supervisorId);
      return supervisor ? { accountId: supervisor.id, name: supervisor.name, role: 'supervisor' } : OTHER_ADMIN;
    };
  const edit = (supervisorId: string | null, choose: (tx: TenantTx) => Promise<Intent | null>) =>
    core.read(tenantId, actor(supervisorId)).then((who) => core.adminEdit(tenantId, choose, who));
  return {
    async apply(intent, actingAs) {
      const made = await edit(actingAs, async () => intent);
      if (!made) throw new Error('an explicit intent is always applied');
      return made;
    },
    randomEdit: (actingAs, random) =>
      edit(actingAs, async (tx) => {
        const rows = await allTables(tx);
        const scope = actingAs === null ? null : ((await tx.get('supervisors', actingAs))?.groupIds ?? []);
        return scope ? pickSupervisorIntent(rows, scope, random) : pickRandomIntent(rows, random);
      }),
    supervisors: () =>
      core.read(tenantId, async (tx) => (await allRows(tx, 'supervisors')).map(({ id, name }) => ({ id, name }))),
  };
}
