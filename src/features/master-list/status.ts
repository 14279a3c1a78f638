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
}

/**
 * What the status line above the list says. A count shows only once every row is read: the first
 * screen of rows is never presented as the whole list, even before the table is counted.
 */
export function masterListStatus({
  loaded,
  complete,
  total,
  filtering,
  matches,
}: MasterListLoad): [MessageDescriptor, Record<string, number>?] {
  if (loaded === undefined) return [m.loading];
  if (!complete) return total === undefined ? [m.loading] : [m.stillLoading, { loaded, total }];
  return filtering ? [m.matchCount, { count: matches, total: loaded }] : [m.count, { count: loaded }];
}
