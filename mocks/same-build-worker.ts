/**
 * A Vite plugin: `import url from './x.ts?same-build-worker'` gives the URL of `x.ts` built as a
 * chunk of the app's own build, to start a module worker from. Vite builds a `new Worker(new URL(…))`
 * apart, with its own copy of everything it imports; the demo back-end's worker (backend.worker.ts)
 * imports Dexie, zod and the domain code the page has already loaded, so built this way it fetches
 * only its own code and takes the rest from the chunks the page fetched (about 80 kB gzip less).
 * In `vite` (dev) the URL is the source's, which Vite serves transformed.
 */
import { relative } from 'node:path';
import type { Plugin } from 'vite';

const SUFFIX = '?same-build-worker';
const PREFIX = '\0same-build-worker:';

export function sameBuildWorker(): Plugin {
  let serving = false;
  let root = '';
  return {
    name: 'same-build-worker',
    enforce: 'pre',
    configResolved(config) {
      serving = config.command === 'serve';
      root = config.root;
    },
    async resolveId(source, importer) {
      if (!source.endsWith(SUFFIX)) return null;
      const resolved = await this.resolve(source.slice(0, -SUFFIX.length), importer);
      return resolved && PREFIX + resolved.id;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length);
      if (serving) return `export default ${JSON.stringify(`/${relative(root, file)}`)};`;
      const reference = this.emitFile({ type: 'chunk', id: file });
      return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
    },
  };
}
