/**
 * Builds the Node server, its admin tool, its benchmark (scripts/bench/server.ts) and the host of
 * the browser bench's first syncs against it (scripts/bench/sync-host.ts) into dist-server/
 * (`npm run build:server`):
 * Vite's SSR build bundles server/ and the shared src/domain/ code, and leaves the npm
 * packages (Hono, PGlite, postgres.js, zod) to be loaded from node_modules.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  build: {
    ssr: true,
    outDir: here('../dist-server'),
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    rollupOptions: {
      input: {
        main: here('main.ts'),
        admin: here('admin/cli.ts'),
        bench: here('../scripts/bench/server.ts'),
        'sync-host': here('../scripts/bench/sync-host.ts'),
      },
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
  publicDir: false,
  logLevel: 'warn',
});
