/**
 * The master list's search, filter and keyboard position, kept while the user opens a contact
 * and comes back (UI state only, never entity data). Tied to the database it was made in.
 */
import { create } from 'zustand';
import type { KindFilter } from './search';

interface MasterListView {
  databaseName: string | null;
  query: string;
  kind: KindFilter;
  /** The contact the keyboard is on, by id so it survives filtering and sync. */
  activeId: string | null;
  update: (databaseName: string, change: Partial<Pick<MasterListView, 'query' | 'kind' | 'activeId'>>) => void;
}

export const useMasterListView = create<MasterListView>()((set) => ({
  databaseName: null,
  query: '',
  kind: 'all',
  activeId: null,
  update: (databaseName, change) =>
    set((state) =>
      state.databaseName === databaseName
        ? change
        : { query: '', kind: 'all', activeId: null, ...change, databaseName },
    ),
}));
