import { defineConfig } from 'vitest/config';

/** Server process tests: the built server (dist-server/) run as real Node processes, killed and restarted. */
export default defineConfig({
  test: {
    root: '.',
    include: ['tests/server/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
