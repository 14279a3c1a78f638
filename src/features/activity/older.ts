/**
 * Older pages: the entries past what this device keeps, read from the server on demand
 * while online (src/sync/activity.ts) and held only as long as the page shows them. The
 * server narrows them by person, kind, dates and row as the page's filters do; changing a
 * filter starts over. When a page cannot come (offline, the session refused, an error), the
 * status says which, and the entries held locally stay readable; offline is said as soon as
 * the sync engine knows it, before anyone asks.
 */
import { useState } from 'react';
import { useStore } from 'zustand';
import { userIdOf } from '../../db/database';
import { useDatabase } from '../../db/context';
import { fetchOlderActivity, type OlderActivityQuery } from '../../sync/activity';
import { appSyncStatus } from '../../sync/status';
import { loggedEntry } from './hooks';
import type { ShownEntry } from './sentences';

export type OlderStatus = 'idle' | 'loading' | 'offline' | 'signIn' | 'failed' | 'end';

/** What an older page is narrowed by (the page number and size are this module's). */
export type OlderFilters = Omit<OlderActivityQuery, 'before' | 'limit'>;

export interface OlderActivity {
  entries: ShownEntry[];
  status: OlderStatus;
  loadOlder: () => void;
}

const OLDER_PAGE = 100;
/** One empty list, so the page's memos see no change until a page comes. */
const NONE: ShownEntry[] = [];

interface Loaded {
  /** The filters the entries were read with: other filters start over. */
  key: string;
  entries: ShownEntry[];
  /** The oldest entry number read so far: the next page is below it. */
  before: number | undefined;
  status: OlderStatus;
}

/**
 * `oldestHeld` is the oldest entry number held on this device: older pages start below it
 * (undefined: none held, the server's newest come first).
 */
export function useOlderActivity(
  token: string | null,
  filters: OlderFilters,
  oldestHeld: number | undefined,
): OlderActivity {
  const db = useDatabase();
  const key = JSON.stringify(filters);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const current: Loaded = loaded?.key === key ? loaded : { key, entries: NONE, before: oldestHeld, status: 'idle' };

  const loadOlder = () => {
    if (current.status === 'loading' || current.status === 'end') return;
    if (!token) {
      setLoaded({ ...current, status: 'signIn' });
      return;
    }
    setLoaded({ ...current, status: 'loading' });
    void fetchOlderActivity(token, {
      ...filters,
      ...(current.before === undefined ? {} : { before: current.before }),
      limit: OLDER_PAGE,
    }).then((result) =>
      setLoaded((latest) => {
        // The filters changed while the page was on its way: it is not the one wanted now.
        if (latest?.key !== key) return latest;
        if (!result.ok) return { ...current, status: result.problem };
        const you = userIdOf(db);
        const { entries, hasMore } = result.page;
        return {
          key,
          entries: [...current.entries, ...entries.map((entry) => loggedEntry(entry, you))],
          before: entries.at(-1)?.id ?? current.before,
          status: hasMore && entries.length > 0 ? 'idle' : 'end',
        };
      }),
    );
  };

  // Known to be offline (the sync engine's last request got no answer): said before anyone asks.
  const offline = useStore(appSyncStatus, (status) => status.connectivity === 'offline');
  const status = current.status === 'idle' && offline ? 'offline' : current.status;
  return { entries: current.entries, status, loadOlder };
}
