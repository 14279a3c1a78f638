/**
 * Roles and scopes (docs/architecture.md, "Roles"): what each kind of account may do. The
 * server core asks `authorize` before it applies any intent, so a refusal is one reason,
 * `forbidden`, with nothing written; the app asks the same questions (`supervisorMay`,
 * `lockedScanEntries`) to offer only what the account may do.
 *
 * - An administrator may do everything, including changing supervisors' scopes.
 * - A supervisor may add and remove members of the groups in its scope, and change the scan
 *   list of a subscriber who is a member of one of them — only the entries for its own
 *   groups: every other entry stays as it was, and scanning may be turned on or off only when
 *   the list holds no other group's entry (turning it off would silence those too).
 *   Nothing else: no group created, renamed or deleted, no sub-list, external contact,
 *   messaging option or scope.
 */
import type { AccountRole } from './activity';
import type { TenantStore } from './apply';
import type { Intent } from './intents';
import type { ScanEntry, Subscriber } from './model';
import { IntentRejected } from './outcomes';

export type { AccountRole };

export const ACCOUNT_ROLES = ['administrator', 'supervisor'] as const satisfies readonly AccountRole[];

/** Who is editing: the account and its role as the server's directory has them (never from a payload). */
export interface Editor {
  accountId: string;
  role: AccountRole;
}

/** The groups a supervisor account may work on, as the tenant's `supervisors` row says (none without one). */
export async function scopeOf(store: Pick<TenantStore, 'get'>, accountId: string): Promise<Set<string>> {
  return new Set((await store.get('supervisors', accountId))?.groupIds ?? []);
}

/** Throws `IntentRejected('forbidden')` when the editor's role or scope does not allow the intent. */
export async function authorize(store: TenantStore, editor: Editor, intent: Intent): Promise<void> {
  if (editor.role === 'administrator') return;
  const scope = await scopeOf(store, editor.accountId);
  if (!(await supervisorMay(store, scope, intent))) throw new IntentRejected('forbidden');
}

/** Whether a supervisor with this scope may make the intent (a subscriber that does not exist: left to the rules). */
export async function supervisorMay(store: Pick<TenantStore, 'get'>, scope: Set<string>, intent: Intent) {
  switch (intent.name) {
    case 'group.addMembers':
    case 'group.removeMembers':
      return scope.has(intent.args.id);
    case 'scanning.update': {
      const subscriber = await store.get('contacts', intent.args.subscriberId);
      if (!subscriber) return true;
      if (subscriber.kind !== 'subscriber' || !(await inScopeMember(store, scope, subscriber.id))) return false;
      const before = lockedScanEntries(subscriber.scanList, scope);
      const after = lockedScanEntries(intent.args.scanList, scope);
      const unchanged =
        before.length === after.length &&
        before.every((entry) =>
          after.some((other) => other.groupId === entry.groupId && other.priority === entry.priority),
        );
      return unchanged && (before.length === 0 || intent.args.scanningEnabled === subscriber.scanningEnabled);
    }
    default:
      return false;
  }
}

/** The scan entries a supervisor with this scope may not change: those of groups outside it. */
export function lockedScanEntries(scanList: readonly ScanEntry[], scope: ReadonlySet<string>): ScanEntry[] {
  return scanList.filter((entry) => !scope.has(entry.groupId));
}

/** Whether the contact is a member of a group in the scope. */
async function inScopeMember(store: Pick<TenantStore, 'get'>, scope: Set<string>, contactId: Subscriber['id']) {
  for (const groupId of scope) if ((await store.get('groups', groupId))?.memberIds.includes(contactId)) return true;
  return false;
}
