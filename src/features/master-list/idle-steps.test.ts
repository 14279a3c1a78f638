import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runNow, runWhenIdle } from './idle-steps';

/** The clock the turns read: each step takes 3 ms of it. */
let now = 0;

// jsdom has no `requestIdleCallback`: the turns are timeouts of a few milliseconds.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  vi.spyOn(performance, 'now').mockImplementation(() => now);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function* steps(done: number[], count: number) {
  for (let step = 0; step < count; step++) {
    now += 3;
    done.push(step);
    yield;
  }
  return 'made';
}

describe('runWhenIdle', () => {
  it('runs every step, a few per turn, none in the task that asked', async () => {
    const done: number[] = [];
    runWhenIdle(steps(done, 50));
    expect(done).toEqual([]);
    await vi.advanceTimersToNextTimerAsync();
    // A turn stops once its few milliseconds are spent, leaving the page free in between.
    expect(done.length).toBeGreaterThan(0);
    expect(done.length).toBeLessThan(50);
    await vi.runAllTimersAsync();
    expect(done).toHaveLength(50);
  });

  it('stops when asked (the screen closed, or the contacts changed)', async () => {
    const done: number[] = [];
    const stop = runWhenIdle(steps(done, 50));
    await vi.advanceTimersToNextTimerAsync();
    const ran = done.length;
    stop();
    await vi.runAllTimersAsync();
    expect(done).toHaveLength(ran);
  });
});

describe('runNow', () => {
  it('runs the steps to their end at once and gives their result', () => {
    const done: number[] = [];
    expect(runNow(steps(done, 5))).toBe('made');
    expect(done).toHaveLength(5);
  });
});
