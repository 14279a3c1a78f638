import { describe, expect, it } from 'vitest';
import { followingGeneration, freshGeneration, keptUpTo, LINEAGE_LIMIT } from './generations';

describe('generations', () => {
  it('a restore keeps the history up to its point, and of earlier histories no more than that', () => {
    const first = freshGeneration();
    const second = followingGeneration(first, 80);
    const third = followingGeneration(second, 70);
    expect(keptUpTo(third, third.id)).toBe(Infinity);
    expect(keptUpTo(third, second.id)).toBe(70);
    expect(keptUpTo(third, first.id)).toBe(70);
    expect(keptUpTo(followingGeneration(second, 95), first.id)).toBe(80);
  });

  it('a wiped history, or one too old to be remembered, keeps nothing', () => {
    const first = freshGeneration();
    expect(keptUpTo(freshGeneration(), first.id)).toBe(0);
    let generation = followingGeneration(first, 10);
    for (let step = 0; step < LINEAGE_LIMIT; step++) generation = followingGeneration(generation, 10);
    expect(generation.lineage).toHaveLength(LINEAGE_LIMIT);
    expect(keptUpTo(generation, first.id)).toBe(0);
  });
});
