/**
 * What the signed-in account may do (src/domain/roles.ts), read from its database once before
 * once for every screen: its role (as sign-in, then each pull, answered it) and, for a
 * supervisor, the groups of its scope as its own `supervisors` row says — the sync keeps both
 * current. Undefined while the device is read: screens render nothing that depends on the role
 * until then (the shell's navigation, an administrator's buttons), so none flashes on a
 * supervisor's screen, and what every role sees does not wait.
 */
import { createContext, useContext, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { AccountRole } from '../domain/roles';
import { useDatabase } from './context';
import { META, roleOf, userIdOf } from './database';

export interface Access {
  role: AccountRole;
  /** A supervisor's groups; empty for an administrator, who is not limited to any. */
  scope: ReadonlySet<string>;
}

const AccessContext = createContext<Access | undefined>(undefined);

/** Reads the account's access for the screens inside it, and again whenever it changes. */
export function AccessProvider({ children }: { children: ReactNode }) {
  const db = useDatabase();
  const access = useLiveQuery(async (): Promise<Access> => {
    const role = roleOf(await db.meta.get(META.role));
    if (role === 'administrator') return { role, scope: new Set<string>() };
    return { role, scope: new Set((await db.supervisors.get(userIdOf(db)))?.groupIds ?? []) };
  }, [db]);
  return <AccessContext value={access}>{children}</AccessContext>;
}

/** The account's access; undefined while it is read (and outside the signed-in shell). */
export function useAccess(): Access | undefined {
  return useContext(AccessContext);
}
