import { describe, expect, it } from 'vitest';
import { contact } from '../../tests/contacts';
import type { Contact } from '../domain/model';
import { byIdOf, byName, patched } from './sorted-contacts';

/** A seeded pseudo-random choice in 0..n-1, so a failure can be replayed. */
function randomFrom(seed: number) {
  return (n: number) => (seed = (seed * 48271) % 2147483647) % n;
}

describe('a patch of the name-ordered contact list', () => {
  // Both sides of the switch between a slice around each changed row and one pass over the list.
  it.each([1, 3, 64, 65, 400])('holds what sorting the changed table gives, %i rows changed at a time', (changes) => {
    const random = randomFrom(changes + 11);
    const table = new Map<string, Contact>();
    for (let i = 0; i < 1_000; i++) {
      const row = contact(`Nom ${random(50)}`, `819555${1000 + i}`, 'subscriber', { id: `c${i}` });
      table.set(row.id, row);
    }
    let list = [...table.values()].sort(byName);
    for (let round = 0; round < 5; round++) {
      const changed = new Set<string>();
      while (changed.size < changes) changed.add(`c${random(1_200)}`);
      const arrived: Contact[] = [];
      for (const id of changed) {
        if (random(4) === 0) {
          table.delete(id);
          continue;
        }
        const row = contact(`Nom ${random(50)}`, `438555${1000 + random(9000)}`, 'external', { id });
        table.set(id, row);
        arrived.push(row);
      }
      const before = list;
      list = patched(list, byIdOf(list), changed, arrived.sort(byName));
      expect(list).toEqual([...table.values()].sort(byName));
      expect(list).not.toBe(before);
    }
  });
});
