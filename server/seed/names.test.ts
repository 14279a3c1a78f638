/** The seed keys its list names without the confusables table: the few entries it carries must be the table's. */
import confusablesTable from 'unhomoglyph/data.json';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadNameKeys, nameKey } from '../../src/domain/name-key';
import { createRandom } from './rng';
import { SEED_CONFUSABLES, seedNameKey, uniqueListName } from './names';
import { PLACES, SUBLIST_THEMES, TEAMS } from './word-pools';

const table: Record<string, string | undefined> = confusablesTable;

beforeAll(loadNameKeys);

describe('the seed’s list name keys', () => {
  it('carry the table’s entry for every character a seeded list name can hold', () => {
    const words = [...TEAMS, ...PLACES, ...SUBLIST_THEMES, '0123456789 '];
    const characters = new Set(words.flatMap((word) => [...word.normalize('NFKC').toUpperCase().normalize('NFD')]));
    const carried: Record<string, string | undefined> = SEED_CONFUSABLES;
    for (const character of characters) expect(carried[character], character).toBe(table[character]);
  });

  it('are the names’ nameKey', () => {
    const random = createRandom(7);
    const taken = new Set<string>();
    for (let i = 0; i < 2_000; i++) {
      const name = uniqueListName(random, i % 2 ? 'group' : 'subList', taken);
      expect(seedNameKey(name)).toBe(nameKey(name));
    }
  });
});
