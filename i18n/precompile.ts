/**
 * The production build's messages compiled ahead of time (formatjs "precompile"): every default
 * message in the code (defineMessage(s), formatMessage, <FormattedMessage>) and the French
 * catalog become ICU syntax trees, so the app ships react-intl without its ICU parser (about
 * 7 kB gzip of the first screen). Build only: the dev server and the unit tests keep the
 * parser and the plain strings (`npm run i18n:extract` reads the source, which stays as it is).
 */
import { createRequire } from 'node:module';
import { parse } from '@formatjs/icu-messageformat-parser';
import ts from 'typescript';
import type { Plugin } from 'vite';

const CODE = /\/src\/.*\.tsx?$/;
const CATALOG = /\/i18n\/[a-z]{2}\.json$/;

/**
 * Every message descriptor's `defaultMessage` (an object literal with an `id` and a
 * `defaultMessage`, wherever it is written) replaced in place by its syntax tree; the rest of the
 * file is left as it is. A default message that is not a plain string literal stops the build:
 * left as a string, it would throw when formatted without the parser.
 */
function compileDefaults(code: string, id: string): string {
  const kind = id.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, kind);
  const edits: { start: number; end: number; text: string }[] = [];
  const compile = (value: ts.Node | undefined, node: ts.Node, wrap: (tree: string) => string) => {
    if (!value || !(ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value))) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
      throw new Error(`${id}:${line + 1}: a defaultMessage must be a string literal to be compiled`);
    }
    const tree = JSON.stringify(parse(value.text));
    edits.push({ start: value.getStart(source), end: value.getEnd(), text: wrap(tree) });
  };
  const visit = (node: ts.Node) => {
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === 'defaultMessage')
      compile(node.initializer, node, (tree) => tree);
    // <FormattedMessage defaultMessage="…" />: the attribute's string becomes an expression.
    if (ts.isJsxAttribute(node) && ts.isIdentifier(node.name) && node.name.text === 'defaultMessage') {
      const value =
        node.initializer && ts.isJsxExpression(node.initializer) ? node.initializer.expression : node.initializer;
      compile(value, node, (tree) => (value === node.initializer ? `{${tree}}` : tree));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let compiled = code;
  for (const { start, end, text } of edits.reverse()) compiled = compiled.slice(0, start) + text + compiled.slice(end);
  return compiled;
}

function compileCatalog(json: string): string {
  const catalog = JSON.parse(json) as Record<string, string>;
  return JSON.stringify(Object.fromEntries(Object.entries(catalog).map(([id, message]) => [id, parse(message)])));
}

export function precompiledMessages(): Plugin[] {
  return [
    {
      name: 'ptt:precompile-messages',
      apply: 'build',
      enforce: 'pre',
      transform(code, id) {
        if (CATALOG.test(id)) return { code: compileCatalog(code), map: null };
        if (CODE.test(id) && code.includes('defaultMessage')) return { code: compileDefaults(code, id), map: null };
        return undefined;
      },
    },
    {
      // With every message compiled, react-intl never parses one: its parser's no-parser build.
      name: 'ptt:no-icu-parser',
      apply: 'build',
      config: () => ({
        resolve: {
          alias: [
            {
              find: /^@formatjs\/icu-messageformat-parser$/,
              replacement: createRequire(import.meta.url).resolve('@formatjs/icu-messageformat-parser/no-parser.js'),
            },
          ],
        },
      }),
    },
  ];
}
