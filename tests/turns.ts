/**
 * Large writes go in slices over several turns (src/db/outbox/paced-writes.ts), each turn ending
 * once 8 ms have passed: tests make every look at the clock say a turn has passed, so each slice is
 * made after the one before was answered — the most turns one transaction can take.
 */
import { vi } from 'vitest';

export function everyLookATurnLater() {
  let now = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => (now += 100));
}
