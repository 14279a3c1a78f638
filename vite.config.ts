/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { precompiledMessages } from './i18n/precompile.js';
import { sameBuildWorker } from './mocks/same-build-worker.js';
import { DEMO_CHUNK_PREFIX, contentSecurityPolicy, isDemoChunk } from './src/domain/page-policy.js';

/** The simulated back-end's chunks are named so a server-mode host refuses them. */
const demoOrAppFileName = (chunk: { moduleIds: readonly string[] }) =>
  isDemoChunk(chunk.moduleIds) ? `${DEMO_CHUNK_PREFIX}[name]-[hash].js` : 'assets/[name]-[hash].js';

export default defineConfig({
  plugins: [
    precompiledMessages(),
    sameBuildWorker(),
    react(),
    // One service worker (src/sw.ts): the precached app shell plus MSW's worker; demo mode registers it.
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      injectRegister: false,
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        maximumFileSizeToCacheInBytes: 4_000_000,
      },
      manifest: {
        name: 'PTT Admin',
        short_name: 'PTT Admin',
        description: 'Manage Push-to-Talk contacts, sub-lists and talkgroups — online or offline.',
        start_url: '/',
        display: 'standalone',
        background_color: '#f4f6f9',
        theme_color: '#0b3d91',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: '/icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
    }),
  ],
  // MSW's cookie jar is dead weight for a back-end that uses Bearer tokens (mocks/no-cookie-jar.ts).
  resolve: { alias: { 'tough-cookie': fileURLToPath(new URL('mocks/no-cookie-jar.ts', import.meta.url)) } },
  server: { host: '127.0.0.1', port: 5173 },
  // The built app is served with its policy, as the Node server serves it (docs/security.md).
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    headers: { 'Content-Security-Policy': contentSecurityPolicy() },
  },
  build: {
    target: 'es2022',
    // Source maps would publish the source: the production build has none.
    sourcemap: false,
    rolldownOptions: {
      output: {
        // The demo back-end's worker is a chunk of this build (mocks/same-build-worker.ts).
        entryFileNames: (chunk) =>
          chunk.isEntry && chunk.facadeModuleId?.endsWith('.html')
            ? 'assets/[name]-[hash].js'
            : demoOrAppFileName(chunk),
        chunkFileNames: demoOrAppFileName,
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    include: [
      'i18n/**/*.test.ts',
      'src/**/*.test.{ts,tsx}',
      'server/**/*.test.ts',
      'mocks/**/*.test.ts',
      'tests/unit/**/*.test.{ts,tsx}',
    ],
    restoreMocks: true,
    testTimeout: 20_000,
  },
});
