/**
 * A tiny seeded random number generator (mulberry32): the same seed gives the same
 * sequence on every machine, so seed data and "another admin" edits are reproducible.
 */

/** Returns a number in [0, 1), like `Math.random`. */
export type Random = () => number;

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomInt(random: Random, minInclusive: number, maxInclusive: number): number {
  return minInclusive + Math.floor(random() * (maxInclusive - minInclusive + 1));
}

export function pick<T>(random: Random, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick() from an empty list');
  return item;
}

/** `count` distinct items; sampling with a set keeps it cheap when `count` is small next to `items`. */
export function sample<T>(random: Random, items: readonly T[], count: number): T[] {
  const wanted = Math.min(count, items.length);
  if (wanted * 3 > items.length) return shuffle(random, items).slice(0, wanted);
  const chosen = new Set<number>();
  while (chosen.size < wanted) chosen.add(Math.floor(random() * items.length));
  return [...chosen].map((index) => items[index] as T);
}

export function shuffle<T>(random: Random, items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/** A UUID-shaped id (version 4 layout) drawn from `random`, so seeded ids are stable. */
export function randomId(random: Random): string {
  const hex8 = () =>
    Math.floor(random() * 0x1_0000_0000)
      .toString(16)
      .padStart(8, '0');
  const [a, b, c, d] = [hex8(), hex8(), hex8(), hex8()];
  const variant = '89ab'[Math.floor(random() * 4)];
  return `${a}-${b.slice(0, 4)}-4${b.slice(5)}-${variant}${c.slice(1, 4)}-${c.slice(4)}${d}`;
}
