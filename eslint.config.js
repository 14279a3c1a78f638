import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import formatjs from 'eslint-plugin-formatjs';
import globals from 'globals';

/** One-way imports (docs/architecture.md): app → features → {sync, db, domain, ui, lib}; sync → {db, domain, lib}. */
const MESSAGE = 'Breaks the one-way import rule (see docs/architecture.md).';
const forbid = (...groups) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: groups, message: MESSAGE }] }],
});
/** Features never import each other: no `../<other-feature>/…` from inside a feature. */
const featureRules = (...groups) => ({
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        { group: groups, message: MESSAGE },
        { regex: '^\\.\\./(?!\\.\\.)', message: 'Features never import each other.' },
      ],
    },
  ],
});
const FEATURES = ['**/features/*'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/mockServiceWorker.js', 'docs/screenshots'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
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
    files: ['src/domain/**'],
    rules: forbid('**/app/*', ...FEATURES, '**/sync/*', '**/db/*', '**/ui/*', '**/lib/*', 'react', 'dexie'),
  },
  { files: ['src/{db,lib,ui}/**'], rules: forbid('**/app/*', ...FEATURES, '**/sync/*', '**/mocks/**') },
  { files: ['src/sync/**'], rules: forbid('**/app/*', ...FEATURES, '**/ui/*', '**/mocks/**') },
  { files: ['src/features/*/**'], rules: featureRules('**/app/*', '**/mocks/**') },
  {
    files: ['src/features/*/*.tsx', 'src/features/*/components/**'],
    rules: featureRules('**/app/*', '**/mocks/**', 'dexie', '**/db/**'),
  },
  { files: ['mocks/**'], rules: forbid('**/src/{app,features,sync,db,ui,lib}/**') },
);
