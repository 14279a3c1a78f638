import { defineConfig } from 'vitest/config';

/** Browser tests: Node drives Debian's Chromium (playwright-core) against the production build. */
export default defineConfig({
  test: {
    root: '.',
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/browser/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
