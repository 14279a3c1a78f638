/**
 * The master list's search, filter and keyboard position, kept while the user opens a contact
 * and comes back (UI state only, never entity data). Tied to the database it was made in.
 */
import { useCallback } from 'react';
import { create } from 'zustand';
import { useDatabaseName } from './hooks';
import type { KindFilter } from './search';

interface ViewFields {
  query: string;
  kind: KindFilter;
  /** The contact the keyboard is on, by id so it survives filtering and sync. */
  activeId: string | null;
}

interface MasterListView extends ViewFields {
  databaseName: string | null;
  update: (databaseName: string, change: Partial<ViewFields>) => void;
}

const INITIAL_VIEW: ViewFields = { query: '', kind: 'all', activeId: null };

export const useMasterListView = create<MasterListView>()((set) => ({
  databaseName: null,
  ...INITIAL_VIEW,
  update: (databaseName, change) =>
    set((state) => (state.databaseName === databaseName ? change : { ...INITIAL_VIEW, ...change, databaseName })),
}));

/**
 * One field of the view of the signed-in database. Each part of the screen reads only its own
 * fields, so a keystroke re-renders the search box and the results, not the whole page.
 */
export function useMasterListField<K extends keyof ViewFields>(field: K): ViewFields[K] {
  const databaseName = useDatabaseName();
  return useMasterListView((state) => (state.databaseName === databaseName ? state[field] : INITIAL_VIEW[field]));
}

export function useUpdateMasterListView(): (change: Partial<ViewFields>) => void {
  const databaseName = useDatabaseName();
  const update = useMasterListView((state) => state.update);
  return useCallback((change) => update(databaseName, change), [update, databaseName]);
}
