/** Serves the production build (dist/) and finds Chromium once for every browser test file. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('No production build in dist/: run `npm run build` first.');
  let chromiumPath: string;
  try {
    chromiumPath = execFileSync('bash', ['scripts/ensure-chromium.sh'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    }).trim();
  } catch {
    throw new Error('Chromium is missing (see the line above).');
  }
  const server = await preview({
    configFile: 'vite.config.ts',
    preview: { port: 4180, strictPort: false, open: false },
  });
  const baseUrl = server.resolvedUrls?.local[0];
  if (!baseUrl) throw new Error('The preview server did not report its URL.');
  project.provide('baseUrl', baseUrl.replace(/\/$/, ''));
  project.provide('chromiumPath', chromiumPath);
  return async () => {
    await server.close();
  };
}
