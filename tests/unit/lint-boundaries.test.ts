/**
 * The import rules of docs/architecture.md ("Layers and imports"), tried on probes that cross each
 * boundary. A probe is linted with the project's real ESLint config as if it were a file inside a
 * layer (ESLint's lintText with a path in that layer; the files it imports are real, because the
 * rules resolve paths), once per way of writing the path and per kind of import: each must be
 * refused. Allowed imports must pass, so a rule that refuses everything fails here too. Cycles are
 * tried with the project's dependency-cruiser config on the files of tests/fixtures/import-cycle/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cruise } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
const BOUNDARY_RULES = ['import-x/no-restricted-paths', 'layers/no-restricted-values'];
const eslint = new ESLint({ cwd: ROOT });

/** A real module of `dir` (not a test), as an extensionless path from the root: what a probe imports. */
function moduleIn(dir: string): string {
  const file = readdirSync(join(ROOT, dir))
    .sort()
    .find((name) => /\.tsx?$/.test(name) && !/\.(test|d)\.tsx?$/.test(name));
  if (!file) throw new Error(`no module in ${dir}`);
  return posix.join(dir, file.replace(/\.tsx?$/, ''));
}

/** Two features (read from the tree: the probes follow the folders as they are). */
const [featureA, featureB] = readdirSync(join(ROOT, 'src/features')).sort();
if (!featureA || !featureB) throw new Error('the probes need two features');

/**
 * Every way to write the path from `file` to `target`: the shortest (`../b/x`), with a leading `./`
 * (`./../b/x`), through the target's layer folder (`../../features/b/x`) and through the root.
 */
function pathForms(file: string, target: string): string[] {
  const from = posix.dirname(file);
  const to = (path: string) => {
    const relativePath = posix.relative(from, path);
    return relativePath === '' ? '.' : relativePath.startsWith('.') ? relativePath : `./${relativePath}`;
  };
  const layer = target
    .split('/')
    .slice(0, target.startsWith('src/') ? 2 : 1)
    .join('/');
  const shortest = to(target);
  const forms = new Set([
    shortest,
    shortest.startsWith('./') ? shortest : `./${shortest}`,
    `${to(posix.dirname(layer))}/${posix.relative(posix.dirname(layer), target)}`,
    `${to('.')}/${target}`,
  ]);
  // An import that resolves to no file passes every zone, so a probe that missed its target would prove nothing.
  for (const form of forms) {
    if (posix.join(from, form) !== target) throw new Error(`${form} from ${file} is not ${target}`);
  }
  return [...forms];
}

/** The kinds of import, each on its own line of the probe. */
const VALUE_IMPORTS = [
  (path: string) => `import { probe } from '${path}';`,
  (path: string) => `export { probe } from '${path}';`,
  (path: string) => `export * from '${path}';`,
  (path: string) => `void import('${path}');`,
  (path: string) => `import '${path}';`,
];
const TYPE_IMPORTS = [
  (path: string) => `import type { Probe } from '${path}';`,
  (path: string) => `export type { Probe } from '${path}';`,
];

interface Line {
  code: string;
  refused: boolean;
}

/** Lints `lines` as the file `file` and says, per line, whether a layer rule refused it. */
async function lint(file: string, lines: string[]): Promise<Line[]> {
  const [result] = await eslint.lintText(lines.join('\n'), { filePath: join(ROOT, file) });
  if (!result) throw new Error('nothing linted');
  expect(result.messages.filter((message) => message.fatal)).toEqual([]);
  const refused = new Set(
    result.messages.filter((message) => BOUNDARY_RULES.includes(message.ruleId ?? '')).map((message) => message.line),
  );
  return lines.map((code, index) => ({ code, refused: refused.has(index + 1) }));
}

/** Every kind of import of `target` (a module path, or a package name) from `file`, each way of writing it. */
function importsOf(file: string, target: string, kinds = [...VALUE_IMPORTS, ...TYPE_IMPORTS]): string[] {
  const paths = /^(src|mocks|server|tests)\//.test(target) ? pathForms(file, target) : [target];
  return paths.flatMap((path) => kinds.map((kind) => kind(path)));
}

async function expectRefused(file: string, targets: string[]) {
  const lines = await lint(
    file,
    targets.flatMap((target) => importsOf(file, target)),
  );
  expect(lines.filter((line) => !line.refused).map((line) => line.code)).toEqual([]);
}

async function expectAllowed(file: string, targets: string[]) {
  const lines = await lint(
    file,
    targets.flatMap((target) => importsOf(file, target)),
  );
  expect(lines.filter((line) => line.refused).map((line) => line.code)).toEqual([]);
}

describe('layer rules (eslint.config.js)', () => {
  it('keeps the probes honest: each path form names the same file', () => {
    expect(pathForms('src/features/a/probe.ts', 'src/features/b/kind')).toEqual([
      '../b/kind',
      './../b/kind',
      '../../features/b/kind',
      '../../../src/features/b/kind',
    ]);
  });

  it('refuses a feature importing another feature, however the path is written', async () => {
    const other = moduleIn(`src/features/${featureB}`);
    await expectRefused(`src/features/${featureA}/probe.ts`, [other]);
    await expectRefused(`src/features/${featureA}/components/Probe.tsx`, [other]);
  });

  it('refuses a feature’s components importing db or Dexie', async () => {
    const components = [`src/features/${featureA}/Probe.tsx`, `src/features/${featureA}/components/Probe.tsx`];
    for (const file of components) await expectRefused(file, [moduleIn('src/db'), 'dexie', 'dexie-react-hooks']);
  });

  it('refuses features importing app, and the app layers importing upward', async () => {
    await expectRefused(`src/features/${featureA}/probe.ts`, [moduleIn('src/app')]);
    await expectRefused('src/sync/probe.ts', [moduleIn(`src/features/${featureA}`), moduleIn('src/ui')]);
    await expectRefused('src/db/probe.ts', [moduleIn('src/sync'), moduleIn('src/lib'), moduleIn('src/ui')]);
    await expectRefused('src/lib/probe.ts', [moduleIn('src/db'), moduleIn('src/ui')]);
  });

  it('refuses ui importing anything of the app but domain', async () => {
    await expectRefused('src/ui/probe.ts', [
      moduleIn('src/db'),
      moduleIn('src/lib'),
      moduleIn('src/sync'),
      moduleIn(`src/features/${featureA}`),
      moduleIn('src/app'),
    ]);
  });

  it('lets ui import types from domain, and no values', async () => {
    const file = 'src/ui/probe.ts';
    const domain = moduleIn('src/domain');
    const values = await lint(file, importsOf(file, domain, VALUE_IMPORTS));
    expect(values.filter((line) => !line.refused).map((line) => line.code)).toEqual([]);
    const types = await lint(file, importsOf(file, domain, TYPE_IMPORTS));
    expect(types.filter((line) => line.refused).map((line) => line.code)).toEqual([]);
  });

  it('refuses domain importing the app, React or Dexie', async () => {
    await expectRefused('src/domain/probe.ts', [moduleIn('src/db'), moduleIn('src/ui'), 'react', 'dexie']);
  });

  it('refuses the back-end importing the app, and the app importing the back-end', async () => {
    const app = [moduleIn('src/db'), moduleIn('src/lib'), moduleIn(`src/features/${featureA}`)];
    await expectRefused('mocks/probe.ts', app);
    await expectRefused('server/probe.ts', [...app, moduleIn('mocks')]);
    await expectRefused('server/core/probe.ts', [...app, moduleIn('mocks')]);
    await expectRefused('src/probe.ts', [moduleIn('mocks'), moduleIn('server/core')]);
    await expectRefused('src/db/probe.ts', [moduleIn('mocks'), moduleIn('server/core')]);
  });

  it('allows what each layer may import', async () => {
    await expectAllowed(`src/features/${featureA}/probe.ts`, [
      moduleIn(`src/features/${featureA}`),
      moduleIn('src/db'),
      moduleIn('src/sync'),
      moduleIn('src/domain'),
      moduleIn('src/ui'),
      moduleIn('src/lib'),
      'dexie',
    ]);
    await expectAllowed(`src/features/${featureA}/Probe.tsx`, [
      moduleIn(`src/features/${featureA}`),
      moduleIn('src/ui'),
      moduleIn('src/lib'),
    ]);
    await expectAllowed('src/app/probe.ts', [moduleIn(`src/features/${featureA}`), moduleIn('src/db')]);
    await expectAllowed('src/sync/probe.ts', [moduleIn('src/db'), moduleIn('src/lib')]);
    await expectAllowed('src/domain/probe.ts', [moduleIn('src/domain'), 'zod', 'unhomoglyph/data.json']);
    await expectAllowed('mocks/probe.ts', [
      moduleIn('mocks'),
      moduleIn('server/core'),
      moduleIn('server/seed'),
      moduleIn('src/domain'),
    ]);
    await expectAllowed('server/probe.ts', [moduleIn('server/core'), moduleIn('src/domain')]);
    await expectAllowed('src/main.tsx', [moduleIn('mocks')]);
    // Tests drive a layer from outside, with the real providers.
    await expectAllowed('src/ui/probe.test.tsx', ['tests/render', moduleIn('src/db')]);
  });
});

describe('import cycles (.dependency-cruiser.mjs)', () => {
  async function cycles(folder: string) {
    const { exclude: _fixturesExcluded, ...options } = await extractDepcruiseOptions('./.dependency-cruiser.mjs');
    const result = await cruise([`tests/fixtures/import-cycle/${folder}`], options, undefined, {
      tsConfig: extractTSConfig(join(ROOT, 'tsconfig.json')),
    });
    if (typeof result.output === 'string') throw new Error(result.output);
    return result.output.summary.violations.filter((violation) => violation.rule.name === 'no-cycle');
  }

  it.each(['type-only', 'value', 'dynamic'])('refuses a cycle of %s imports', async (folder) => {
    expect((await cycles(folder)).map((violation) => violation.from)).toContain(
      `tests/fixtures/import-cycle/${folder}/a.ts`,
    );
  });

  it('accepts imports that do not loop', async () => {
    expect(await cycles('none')).toEqual([]);
  });
});

describe('docs/architecture.md', () => {
  it('lists, in the same words, every rule the linters enforce and no other', async () => {
    const docs = readFileSync(join(ROOT, 'docs/architecture.md'), 'utf8');
    const section = docs.split('\n## Layers and imports\n')[1]?.split('\n## ')[0] ?? '';
    const listed = section
      .split('\n')
      .filter((line) => line.startsWith('- '))
      .map((line) => line.slice(2));

    const enforced = new Set<string>();
    for (const file of ['src/probe.ts', 'src/ui/probe.ts']) {
      const config = await eslint.calculateConfigForFile(join(ROOT, file));
      for (const rule of BOUNDARY_RULES) {
        const zones: { message: string }[] = config.rules?.[rule]?.[1]?.zones ?? [];
        for (const zone of zones) enforced.add(zone.message);
      }
    }
    const { ruleSet } = await extractDepcruiseOptions('./.dependency-cruiser.mjs');
    for (const rule of ruleSet?.forbidden ?? []) enforced.add(rule.comment ?? rule.name ?? '');

    expect(listed.sort()).toEqual([...enforced].sort());
  });
});
