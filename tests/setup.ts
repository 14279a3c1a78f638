/**
 * Every Vitest file starts here: jest-dom matchers, an in-memory IndexedDB, jsdom gaps
 * filled, a clean browser state per test, and console errors or warnings failing the test.
 */
import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';

// The app loads the French catalog before it starts in French (src/main.tsx); tests render at once.
// Not in Node-environment files (the server's): the locale store reads `navigator` when loaded.
if (typeof window !== 'undefined') await (await import('../src/lib/intl')).loadCatalog('fr-CA');

// Testing Library waits 1 s for text by default: too short for the first render of a screen while
// the two shared cores also build or benchmark. A test whose text never comes still fails.
configure({ asyncUtilTimeout: 5_000 });

// jsdom has no scrolling; the router's scroll restoration calls it.
if (typeof window !== 'undefined') window.scrollTo = () => {};

let consoleProblems: string[] = [];

beforeEach(() => {
  consoleProblems = [];
  for (const level of ['error', 'warn'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      consoleProblems.push(`console.${level}: ${args.map(String).join(' ')}`);
    });
  }
});

afterEach(() => {
  cleanup();
  // Server tests run in Node (`@vitest-environment node`): no browser storage there.
  if (typeof window !== 'undefined') {
    localStorage.clear();
    sessionStorage.clear();
  }
  const problems = consoleProblems;
  consoleProblems = [];
  if (problems.length) throw new Error(`The test wrote to the console:\n${problems.join('\n')}`);
});
