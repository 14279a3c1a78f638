import type { MessageDescriptor } from 'react-intl';
import { masterListMessages as m } from './messages';

export interface MasterListLoad {
  /** Rows read so far; undefined before the first read. */
  loaded: number | undefined;
  /** Every row is read (not only the first screen). */
  complete: boolean;
  /** The table's row count, once counted. */
  total: number | undefined;
  filtering: boolean;
  matches: number;
  /**
   * The first sync is still receiving the tenant's data (null once it is complete): the list
   * holds only what arrived so far, with the server's contact count when known.
   */
  receiving?: { total: number | undefined } | null;
}

/**
 * What the status line above the list says. A count shows only once every row is read: the first
 * screen of rows is never presented as the whole list, even before the table is counted; while the
 * first sync is still receiving contacts, the list says it holds only those received so far.
 */
export function masterListStatus({
  loaded,
  complete,
  total,
  filtering,
  matches,
  receiving = null,
}: MasterListLoad): [MessageDescriptor, Record<string, number>?] {
  if (loaded === undefined) return [m.loading];
  if (!complete) return total === undefined ? [m.loading] : [m.stillLoading, { loaded, total }];
  if (receiving) {
    if (filtering) return [m.receivingMatches, { count: matches, loaded }];
    return receiving.total === undefined
      ? [m.receiving, { loaded }]
      : [m.receivingOf, { loaded, total: Math.max(receiving.total, loaded) }];
  }
  return filtering ? [m.matchCount, { count: matches, total: loaded }] : [m.count, { count: loaded }];
}
