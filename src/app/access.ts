/**
 * Which pages each role may open (docs/architecture.md, "Roles"): the navigation shows only
 * those, and a typed address of another page shows "not available for your account" instead
 * of the page. The server refuses the edits anyway; this keeps the app from offering them.
 */
import { ACCOUNT_ROLES, type AccountRole } from '../domain/roles';

/** The pages a supervisor may open, by route path: the master list (read only), its groups, scanning, its own sync issues and activity. */
const SUPERVISOR_PAGES = new Set([
  '/my-groups',
  '/master-list',
  '/subscribers/$subscriberId',
  '/groups',
  '/groups/$listId',
  '/sync-issues',
  '/activity',
]);

/** Pages only a supervisor has: an administrator has no groups of their own. */
const SUPERVISOR_ONLY = new Set(['/my-groups']);

/** Whether the role may open the page at this route path (an unknown path is the not-found page's business). */
export function pageAllowed(role: AccountRole, path: string): boolean {
  if (role === 'supervisor') return SUPERVISOR_PAGES.has(path);
  return !SUPERVISOR_ONLY.has(path);
}

/** Whether every role may open the page: it need not wait for the account's role to be read. */
export function pageAllowedToAll(path: string): boolean {
  return ACCOUNT_ROLES.every((role) => pageAllowed(role, path));
}

/** Where an account lands after sign-in. */
export function homeOf(role: AccountRole | undefined): '/my-groups' | '/master-list' {
  return role === 'supervisor' ? '/my-groups' : '/master-list';
}
