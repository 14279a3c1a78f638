/** The build's precompiled messages: every way the code writes a default message becomes a tree that formats the same. */
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { precompiledMessages } from './precompile';

const [precompile] = precompiledMessages();
const transform = (code: string, id: string) =>
  (precompile?.transform as (code: string, id: string) => { code: string } | undefined)(code, id)?.code;

/** The default messages a compiled file holds, as the values they now are. */
function defaultMessages(code: string): MessageFormatElement[][] {
  const source = ts.createSourceFile('a.tsx', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: MessageFormatElement[][] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isPropertyAssignment(node) || ts.isJsxAttribute(node)) && node.name.getText(source) === 'defaultMessage') {
      const value =
        node.initializer && ts.isJsxExpression(node.initializer) ? node.initializer.expression : node.initializer;
      const parsed: unknown = JSON.parse(value?.getText(source) ?? 'null');
      // A string left here would format with the full parser but throw in the build.
      if (!Array.isArray(parsed)) throw new Error(`not compiled: ${node.getText(source)}`);
      found.push(parsed as MessageFormatElement[]);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const PLURAL = '{count, plural, one {# member} other {# members}}';
const SOURCE = `
export const m = {
  ...defineMessages({ title: { id: 'a.title', defaultMessage: 'Members' } }),
  count: defineMessage<{ count: number }>({ id: 'a.count', defaultMessage: '${PLURAL}' }),
};
export const Title = () => <FormattedMessage id="a.other" defaultMessage="Other {name}" values={{ name: 'x' }} />;
`;

describe('precompiled messages', () => {
  it('turn every default message of a file, nested or in JSX, into a tree that formats as the string does', () => {
    const compiled = String(transform(SOURCE, '/app/src/features/a/messages.tsx'));
    expect(compiled).not.toContain("defaultMessage: '");
    expect(compiled).not.toContain('defaultMessage="');
    const [title, count, other] = defaultMessages(compiled);
    expect(new IntlMessageFormat(title ?? '', 'en-CA').format()).toBe('Members');
    expect(new IntlMessageFormat(count ?? '', 'en-CA').format({ count: 2 })).toBe(
      new IntlMessageFormat(PLURAL, 'en-CA').format({ count: 2 }),
    );
    expect(new IntlMessageFormat(other ?? '', 'en-CA').format({ name: 'x' })).toBe('Other x');
  });

  it('stop the build on a default message that is not a string literal (it would throw when formatted)', () => {
    const code = "const m = defineMessage({ id: 'a', defaultMessage: 'one ' + 'two' });";
    expect(() => transform(code, '/app/src/a.ts')).toThrow(/a\.ts:1: a defaultMessage must be a string literal/);
  });

  it('compile a catalog to trees, message by message', () => {
    const catalog = JSON.parse(
      String(transform('{"a.count": "{count, plural, one {# membre} other {# membres}}"}', '/app/i18n/fr.json')),
    );
    expect(new IntlMessageFormat(catalog['a.count'], 'fr-CA').format({ count: 2 })).toBe('2 membres');
  });
});
