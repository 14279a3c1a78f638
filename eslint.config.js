import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import formatjs from 'eslint-plugin-formatjs';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';

const ROOT = fileURLToPath(new URL('.', import.meta.url));
/** Colocated tests drive a layer from outside (real providers, the mock back-end): no layer rule binds them. */
const TESTS = ['**/*.test.{ts,tsx}'];
/** Every feature folder, read from the tree, so a new feature is walled off from the others at once. */
const FEATURES = readdirSync(new URL('src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
/** Any installed package. */
const PACKAGES = 'node_modules';
/** The back-end's core and its demo data: what the demo back-end builds on (its sentence names them too). */
const SERVER_CORE = 'server/core';
const SEED = 'server/seed';
/**
 * The one ui piece that calls domain functions: the Name field counts characters with the name rules
 * themselves, so its counter and its "too long" agree with what the back-end accepts (docs/architecture.md).
 */
const UI_DOMAIN_VALUES = ['src/ui/NameField.tsx'];

/**
 * The one-way imports, each with its sentence in docs/architecture.md ("Layers and imports" lists the
 * same sentences; tests/unit/lint-boundaries.test.ts checks both). `only` lists the folders (its own
 * included) and packages a layer may import, every other file of the project is refused; `never`
 * lists what it must not import; from the folders in `typesOnly`, only `import type` is let through.
 * Paths are resolved before they are compared, so `../db/x`, `../../db/x` and `./../db/x` count the
 * same, and `import type`, `export … from` and `import()` count like `import`. Cycles are refused by
 * dependency-cruiser (.dependency-cruiser.mjs): import-x's `no-cycle` skips type-only imports.
 */
const LAYERS = [
  {
    rule: '`src/app` may import `features`, `sync`, `db`, `domain`, `ui` and `lib`.',
    target: 'src/app',
    only: ['src/app', 'src/features', 'src/sync', 'src/db', 'src/domain', 'src/ui', 'src/lib', PACKAGES],
  },
  ...FEATURES.map((feature) => ({
    rule: 'A feature (`src/features/<name>`) may import `sync`, `db`, `domain`, `ui` and `lib`; features never import each other.',
    target: `src/features/${feature}`,
    only: [`src/features/${feature}`, 'src/sync', 'src/db', 'src/domain', 'src/ui', 'src/lib', PACKAGES],
  })),
  {
    rule: 'A feature’s components (its `.tsx` files) never import `db` or Dexie: they call the feature’s hooks and actions.',
    target: 'src/features/**/*.tsx',
    never: ['src/db', 'node_modules/dexie', 'node_modules/dexie-react-hooks'],
  },
  {
    rule: '`src/sync` may import `db`, `domain` and `lib`.',
    target: 'src/sync',
    only: ['src/sync', 'src/db', 'src/domain', 'src/lib', PACKAGES],
  },
  { rule: '`src/db` may import `domain`.', target: 'src/db', only: ['src/db', 'src/domain', PACKAGES] },
  {
    rule: '`src/lib` may import `domain` and the message catalogs (`i18n/`).',
    target: 'src/lib',
    only: ['src/lib', 'src/domain', 'i18n', PACKAGES],
  },
  {
    rule: '`src/ui` may import types from `domain`, nothing else of the app.',
    target: 'src/ui',
    only: ['src/ui', 'src/domain', PACKAGES],
    typesOnly: ['src/domain'],
  },
  {
    rule: '`src/domain` imports nothing of the app and no package but zod and Unicode’s confusables table (`unhomoglyph`): no React, no Dexie.',
    target: 'src/domain',
    only: ['src/domain', 'node_modules/zod', 'node_modules/unhomoglyph'],
  },
  {
    rule: 'The back-end (`server/`) may import `src/domain`.',
    target: 'server',
    only: ['server', 'src/domain', PACKAGES],
  },
  {
    rule: 'The demo back-end (`mocks/`) may import the server core (`server/core`), the seed (`server/seed`) and `src/domain`.',
    target: 'mocks',
    only: ['mocks', SERVER_CORE, SEED, 'src/domain', PACKAGES],
  },
  {
    rule: 'Nothing in `src/` imports `server/` or `mocks/` but `src/main.tsx`, which starts the demo back-end.',
    target: 'src/!(main).{ts,tsx}',
    never: ['server', 'mocks'],
  },
];

/** As import-x zones: an `only` list refuses the whole project but its folders; `never`, the folders it names. */
const zones = LAYERS.map(({ rule, target, only, never }) =>
  only
    ? { target, from: '.', except: only.map((path) => `./${path}`), message: rule }
    : { target, from: never, message: rule },
);
const typeZones = LAYERS.filter((layer) => layer.typesOnly).map(({ rule, target, typesOnly }) => ({
  target,
  from: typesOnly,
  message: rule,
}));

/**
 * import-x's `no-restricted-paths` blind to `import type` and `export type`: a zone that refuses
 * values but lets types through. (`import { type A }` still loads the module, so it counts.)
 */
const restrictedPaths = importX.rules['no-restricted-paths'];
const isTypeOnly = (node) => node.importKind === 'type' || node.exportKind === 'type';
const layers = {
  rules: {
    'no-restricted-values': {
      meta: restrictedPaths.meta,
      create(context) {
        const visitors = restrictedPaths.create(context);
        return Object.fromEntries(
          Object.entries(visitors).map(([kind, visit]) => [kind, (node) => isTypeOnly(node) || visit(node)]),
        );
      },
    },
  },
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/mockServiceWorker.js', 'docs/screenshots', 'tests/fixtures'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    // How the layer rules resolve an import to a file: as TypeScript does, with this project's tsconfig.
    settings: { 'import-x/resolver-next': [createTypeScriptImportResolver({ project: `${ROOT}tsconfig.json` })] },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, formatjs },
    extends: [jsxA11y.flatConfigs.recommended],
    rules: {
      ...reactHooks.configs.recommended.rules,
      // We do not run the React Compiler; this rule only warns that it would skip such components.
      'react-hooks/incompatible-library': 'off',
      'formatjs/enforce-default-message': ['error', 'literal'],
      'formatjs/enforce-placeholders': 'error',
      'formatjs/no-multiple-whitespaces': 'error',
      'formatjs/no-offset': 'error',
    },
  },
  {
    files: ['{src,mocks,server}/**/*.{ts,tsx}'],
    ignores: TESTS,
    plugins: { 'import-x': importX },
    rules: { 'import-x/no-restricted-paths': ['error', { basePath: ROOT, zones }] },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: [...TESTS, ...UI_DOMAIN_VALUES],
    plugins: { layers },
    rules: { 'layers/no-restricted-values': ['error', { basePath: ROOT, zones: typeZones }] },
  },
);
