/**
 * What an account may see (docs/architecture.md, "Roles"): an administrator, the whole tenant;
 * a supervisor, what src/domain/visibility.ts says — the master list (every contact, read
 * only), the groups of its scope and its own scope row. Snapshots are cut to that, and
 * the changes feed is filtered through it with the scope as it is now: a group that left the
 * scope comes as a delete, so the supervisor's device drops it; one that entered comes as a put
 * (a scope change writes its groups again, src/domain/apply.ts, so they are in the feed).
 */
import type { AccountRole } from '../../src/domain/activity';
import type { RowByTable, TableName } from '../../src/domain/model';
import type { Change } from '../../src/domain/protocol';
import { scopeOf } from '../../src/domain/roles';
import { sees, type SupervisorView } from '../../src/domain/visibility';
import type { TenantTx } from './storage';

export type { SupervisorView };

/** The caller's role as the directory has it now, and for a supervisor its scope (in the call's transaction); null for an administrator. */
export async function viewOf(tx: TenantTx, accountId: string): Promise<SupervisorView | null> {
  const role: AccountRole = (await tx.accountById(accountId))?.role ?? 'administrator';
  return role === 'administrator' ? null : { accountId, scope: await scopeOf(tx, accountId) };
}

/** One snapshot page of what a supervisor sees of a table, and how many rows that is in all. */
export async function supervisorPage<T extends TableName>(
  tx: TenantTx,
  view: SupervisorView,
  table: T,
  after: string | undefined,
  limit: number,
): Promise<{ rows: RowByTable[T][]; total: number }> {
  if (table === 'contacts') return { rows: await tx.rowsAfter(table, after, limit), total: await tx.rowCount(table) };
  const ids = table === 'groups' ? [...view.scope] : table === 'supervisors' ? [view.accountId] : [];
  // Code-unit order, as every snapshot page.
  const sorted = ids.sort().filter((id) => after === undefined || id > after);
  const rows: RowByTable[T][] = [];
  for (const id of sorted.slice(0, limit)) {
    const row = await tx.get(table, id);
    if (row) rows.push(row);
  }
  return { rows, total: ids.length };
}

/** A change as a supervisor receives it: as it is, turned into a delete (a group outside the scope), or nothing. */
export function seenBy(view: SupervisorView, change: Change): Change | null {
  if (sees(view, change.table, change.id)) return change;
  if (change.table !== 'groups') return null;
  if (change.op === 'delete') return change;
  return { cursor: change.cursor, table: change.table, id: change.id, op: 'delete', version: change.version };
}
