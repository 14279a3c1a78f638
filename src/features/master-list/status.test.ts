import { describe, expect, it } from 'vitest';
import { masterListMessages as m } from './messages';
import { masterListStatus } from './status';

const idle = { filtering: false, matches: 0 };

describe('the master list status line', () => {
  it('says loading until the first rows are read', () => {
    expect(masterListStatus({ loaded: undefined, complete: false, total: undefined, ...idle })).toEqual([m.loading]);
  });

  it('never presents the first screen of rows as the whole list, even before the table is counted', () => {
    expect(masterListStatus({ loaded: 60, complete: false, total: undefined, ...idle })).toEqual([m.loading]);
    expect(masterListStatus({ loaded: 60, complete: false, total: 50_000, ...idle })).toEqual([
      m.stillLoading,
      { loaded: 60, total: 50_000 },
    ]);
    expect(masterListStatus({ loaded: 60, complete: false, total: 50_000, filtering: true, matches: 3 })).toEqual([
      m.stillLoading,
      { loaded: 60, total: 50_000 },
    ]);
  });

  it('counts every contact once all are read, or the matches of a search', () => {
    expect(masterListStatus({ loaded: 50_000, complete: true, total: 50_000, ...idle })).toEqual([
      m.count,
      { count: 50_000 },
    ]);
    // The full read can arrive before the count: it is the whole list all the same.
    expect(masterListStatus({ loaded: 50_000, complete: true, total: undefined, ...idle })).toEqual([
      m.count,
      { count: 50_000 },
    ]);
    expect(masterListStatus({ loaded: 50_000, complete: true, total: 50_000, filtering: true, matches: 12 })).toEqual([
      m.matchCount,
      { count: 12, total: 50_000 },
    ]);
  });

  it('says the list is partial while the first sync is still receiving contacts, searched or not', () => {
    const receiving = { total: 50_000 };
    expect(masterListStatus({ loaded: 500, complete: true, total: 500, ...idle, receiving })).toEqual([
      m.receivingOf,
      { loaded: 500, total: 50_000 },
    ]);
    // Past the contacts (the lists are loading), the server's count is no longer at hand.
    expect(
      masterListStatus({ loaded: 50_000, complete: true, total: 50_000, ...idle, receiving: { total: undefined } }),
    ).toEqual([m.receiving, { loaded: 50_000 }]);
    expect(
      masterListStatus({ loaded: 500, complete: true, total: 500, filtering: true, matches: 7, receiving }),
    ).toEqual([m.receivingMatches, { count: 7, loaded: 500 }]);
    expect(masterListStatus({ loaded: 500, complete: true, total: 500, ...idle, receiving: null })).toEqual([
      m.count,
      { count: 500 },
    ]);
  });
});
