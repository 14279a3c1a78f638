/** The signed-in user's database, opened once per session and given to the feature hooks. */
import { createContext, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { PttDatabase, databaseName } from './database';

const DatabaseContext = createContext<PttDatabase | null>(null);

export function DatabaseProvider({ name, children }: { name: string; children: ReactNode }) {
  const db = useMemo(() => new PttDatabase(name), [name]);
  // Closed on sign-out, but left able to reopen: React's StrictMode runs this cleanup once in development.
  useEffect(() => () => db.close({ disableAutoOpen: false }), [db]);
  return <DatabaseContext value={db}>{children}</DatabaseContext>;
}

export function useDatabase(): PttDatabase {
  const db = useContext(DatabaseContext);
  if (!db) throw new Error('useDatabase needs a DatabaseProvider (a signed-in session)');
  return db;
}

export { databaseName };
