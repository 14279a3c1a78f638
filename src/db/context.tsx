/** The signed-in user's database, opened once per session and given to the feature hooks. */
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { PttDatabase, databaseName } from './database';

const DatabaseContext = createContext<PttDatabase | null>(null);

export function DatabaseProvider({ name, children }: { name: string; children: ReactNode }) {
  const [db, setDb] = useState<PttDatabase | null>(null);
  // Opened and closed by the same effect, so StrictMode's extra run in development gets a fresh
  // connection instead of one it has just closed; closing on sign-out keeps it closed.
  useEffect(() => {
    const opened = new PttDatabase(name);
    // The connection is an external resource owned by this effect; the state only hands it down.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setDb(opened);
    return () => opened.close();
  }, [name]);
  if (!db || db.name !== name) return null;
  return <DatabaseContext value={db}>{children}</DatabaseContext>;
}

export function useDatabase(): PttDatabase {
  const db = useContext(DatabaseContext);
  if (!db) throw new Error('useDatabase needs a DatabaseProvider (a signed-in session)');
  return db;
}

export { databaseName };
