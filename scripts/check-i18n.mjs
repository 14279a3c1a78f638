// Fails when i18n/en.json is not what `formatjs extract` makes from the code, when i18n/fr.json
// lacks keys, has extra ones or uses other ICU placeholders than English, or breaks the French
// style rules of docs/french-style.md (i18n/french-style.ts, loaded through Vite's module runner).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, TYPE } from '@formatjs/icu-messageformat-parser';
import { runnerImport } from 'vite';

const read = (file) => JSON.parse(readFileSync(file, 'utf8'));
const problems = [];

const extracted = join(mkdtempSync(join(tmpdir(), 'i18n-')), 'en.json');
execFileSync(
  'npx',
  [
    'formatjs',
    'extract',
    'src/**/*.{ts,tsx}',
    '--ignore',
    'src/**/*.test.*',
    '--format',
    'simple',
    '--out-file',
    extracted,
  ],
  { stdio: 'inherit' },
);
const fromCode = read(extracted);
const en = read('i18n/en.json');
const fr = read('i18n/fr.json');

for (const [id, text] of Object.entries(fromCode)) {
  if (!(id in en)) problems.push(`en.json lacks ${id} (run npm run i18n:extract)`);
  else if (en[id] !== text) problems.push(`en.json is stale for ${id} (run npm run i18n:extract)`);
}
for (const id of Object.keys(en))
  if (!(id in fromCode)) problems.push(`en.json has ${id}, which the code no longer uses`);

// A count may be a plain number in one language and a plural in the other ("1 of 250 members" /
// "1 contact affiché sur 50 000"): both are the same placeholder, a number.
const kind = (type) => (type === TYPE.plural ? TYPE.number : type);

function placeholders(message, id, file) {
  const names = new Set();
  const walk = (elements) => {
    for (const element of elements) {
      if (element.type !== TYPE.literal && element.type !== TYPE.pound)
        names.add(`${element.value}:${kind(element.type)}`);
      if (element.options) for (const option of Object.values(element.options)) walk(option.value);
      if (element.children) walk(element.children);
    }
  };
  try {
    walk(parse(message));
  } catch (error) {
    problems.push(`${file} ${id} is not valid ICU: ${error.message}`);
  }
  return [...names].sort().join(', ');
}

for (const id of Object.keys(en)) {
  if (!(id in fr)) {
    problems.push(`fr.json lacks ${id}`);
    continue;
  }
  const want = placeholders(en[id], id, 'en.json');
  const got = placeholders(fr[id], id, 'fr.json');
  if (want !== got) problems.push(`fr.json ${id} has placeholders [${got}], English has [${want}]`);
}
for (const id of Object.keys(fr)) if (!(id in en)) problems.push(`fr.json has ${id}, which en.json lacks`);

const { module: frenchStyle } = await runnerImport(new URL('../i18n/french-style.ts', import.meta.url).pathname, {
  configFile: false,
  logLevel: 'error',
});
for (const [id, text] of Object.entries(fr)) problems.push(...frenchStyle.frenchStyleProblems(id, text));

if (problems.length) {
  console.error(`i18n: ${problems.length} problem(s)\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(`i18n: ${Object.keys(en).length} messages, en and fr in step`);
