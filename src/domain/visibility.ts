/**
 * What a supervisor may see (docs/architecture.md, "Roles"), as one predicate the server and
 * the app share: the server cuts snapshots, the changes feed and the activity log to it
 * (server/core/visibility.ts, server/core/activity.ts); the app holds to it the activity
 * it keeps (src/db/activity.ts), so a scope that shrinks takes that activity away too.
 *
 * A supervisor sees every contact (the master list, read only), the groups of its scope as it
 * is now, and its own scope row — no sub-list, no other group, no other supervisor.
 */
import type { ActivityEntry } from './activity';
import { intentTarget } from './intents';
import type { TableName } from './model';

/** What a supervisor sees; an administrator, who sees everything, has none. */
export interface SupervisorView {
  accountId: string;
  scope: ReadonlySet<string>;
}

/** Whether the supervisor may see this row. */
export function sees(view: SupervisorView, table: TableName, id: string): boolean {
  switch (table) {
    case 'contacts':
      return true;
    case 'subLists':
      return false;
    case 'supervisors':
      return id === view.accountId;
    case 'groups':
      return view.scope.has(id);
  }
}

/**
 * An activity entry as the supervisor may read it, or null: it reads an entry whose target
 * row it sees, with only the rows it sees (a deleted contact's other groups and sub-lists are
 * cut). One more: the deletion of a group of its scope, which took the group from its own
 * scope row — it saw that group until then, so the entry keeps it and says who deleted it.
 */
export function activitySeenBy<E extends Pick<ActivityEntry, 'intent' | 'rows'>>(
  view: SupervisorView,
  entry: E,
): E | null {
  const target = intentTarget(entry.intent);
  const isTarget = (row: { table: TableName; id: string }) => row.table === target.table && row.id === target.id;
  const tookFromScope = entry.rows.some((row) => row.table === 'supervisors' && row.id === view.accountId);
  const rows = entry.rows.filter((row) => sees(view, row.table, row.id) || (tookFromScope && isTarget(row)));
  if (!rows.some(isTarget)) return null;
  return rows.length === entry.rows.length ? entry : { ...entry, rows };
}
