// Rewrites i18n/sentences.txt from the catalogs (every message, rendered with i18n/samples.ts) for a
// person to review in the diff. The renderer is TypeScript shared with the test; Vite's module runner
// loads it, so there is one implementation and no build step.
import { readFileSync, writeFileSync } from 'node:fs';
import { runnerImport } from 'vite';

const { module } = await runnerImport(new URL('../i18n/sentences.ts', import.meta.url).pathname, {
  configFile: false,
  logLevel: 'error',
});
const { renderCatalogs, formatExpectations, EXPECTATIONS_FILE } = module;
const read = (file) => JSON.parse(readFileSync(file, 'utf8'));
const catalogs = { en: read('i18n/en.json'), fr: read('i18n/fr.json') };

const { blocks, problems } = renderCatalogs(catalogs);
if (problems.length) {
  console.error(`Some messages cannot be rendered in full; fix these first:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
writeFileSync(EXPECTATIONS_FILE, formatExpectations(blocks));
const sentences = [...blocks.values()].reduce((sum, lines) => sum + lines.length, 0);
console.log(
  `Wrote ${EXPECTATIONS_FILE}: ${blocks.size} messages, ${sentences} sentences.\n` +
    `Now read \`git diff ${EXPECTATIONS_FILE}\`, each changed sentence in English and French, before committing it.`,
);
