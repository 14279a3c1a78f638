/**
 * Import cycles, refused (`npm run lint`; docs/architecture.md, "Layers and imports"). ESLint's
 * import-x `no-cycle` skips type-only imports, so cycles are checked here, where `import type`
 * counts (tsPreCompilationDeps) and so does `import()`. The layer rules live in eslint.config.js.
 */
/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-cycle',
      severity: 'error',
      comment: 'No import cycles, type-only and dynamic imports included.',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    includeOnly: '^(src|mocks|server|tests|scripts)/',
    // The lint test's probes: a cycle on purpose (tests/unit/lint-boundaries.test.ts).
    exclude: { path: '^tests/fixtures/' },
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
