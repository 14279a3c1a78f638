/**
 * What the page may run and fetch, and which built files are the demo's (docs/security.md).
 * One definition for every host of the built app: the Node server (server/http/app.ts) and
 * `vite preview` (vite.config.ts) send this Content-Security-Policy; the build names the
 * demo's chunks so the Node server and the server-mode service worker (src/sw.ts) leave them out.
 */

/**
 * Only the app's own scripts run (no inline script, no eval); it connects only to its own
 * origin and the configured API; no other site may frame it.
 */
export function contentSecurityPolicy(apiOrigin?: string): string {
  const directives: Record<string, readonly string[]> = {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    // Radix's scroll lock injects a <style> element; no script is ever inline.
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...(apiOrigin ? [apiOrigin] : [])],
    'worker-src': ["'self'"],
    'manifest-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');
}

/** The build's chunks of the simulated back-end (mocks/, the server core and seed, MSW) start so. */
export const DEMO_CHUNK_PREFIX = 'assets/demo-';

/** MSW's worker script: demo mode's service worker imports it. */
export const MSW_WORKER_PATH = '/mockServiceWorker.js';

/**
 * Whether a chunk made of these modules is the demo's alone. The app reaches mocks/ and
 * server/ only through the demo's dynamic import (the lint rules), and a chunk holds modules
 * reached from the same entries: one that holds any of them holds nothing the app needs.
 */
export function isDemoChunk(moduleIds: readonly string[]): boolean {
  return moduleIds.some((id) => /\/(mocks|server)\/|\/node_modules\/(msw|@mswjs)\//.test(id));
}

/** Whether a request asks for a file only demo mode uses (a server-mode host answers 404). */
export function isDemoFile(path: string): boolean {
  return path === MSW_WORKER_PATH || path.startsWith(`/${DEMO_CHUNK_PREFIX}`);
}
