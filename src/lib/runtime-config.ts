/**
 * Demo mode or a real server, decided at run time so one production build serves both:
 * a PTT server answers `/config.json` with `{ "mode": "server" }` (server/http/app.ts);
 * no such file (404, or the SPA's index.html in its place) means demo mode. The last
 * answer is remembered, so the app starts offline (or while the server restarts) in the
 * mode it last ran in.
 */
export type RuntimeMode = 'demo' | 'server';

export interface RuntimeConfig {
  mode: RuntimeMode;
  /** The API's origin when it is not the app's own (the server's PTT_API_ORIGIN). */
  apiOrigin?: string;
}

const REMEMBERED = 'ptt-admin.runtime-config';

function parse(value: unknown): RuntimeConfig {
  const config = value as Partial<RuntimeConfig> | null;
  if (config?.mode !== 'server') return { mode: 'demo' };
  return typeof config.apiOrigin === 'string' ? { mode: 'server', apiOrigin: config.apiOrigin } : { mode: 'server' };
}

function remembered(): RuntimeConfig {
  try {
    return parse(JSON.parse(localStorage.getItem(REMEMBERED) ?? 'null'));
  } catch {
    return { mode: 'demo' };
  }
}

export async function loadRuntimeConfig(): Promise<RuntimeConfig> {
  // Offline, asking would only fail (and log a failed load): start at once in the last mode.
  if (!navigator.onLine) return remembered();
  let response: Response;
  try {
    response = await fetch('/config.json', { cache: 'no-store', signal: AbortSignal.timeout(5_000) });
  } catch {
    return remembered();
  }
  // A proxy's 502 while the server restarts says nothing about the mode.
  if (!response.ok && response.status !== 404) return remembered();
  const isJson = response.ok && (response.headers.get('Content-Type') ?? '').includes('json');
  const config = isJson ? parse(await response.json().catch(() => null)) : { mode: 'demo' as const };
  localStorage.setItem(REMEMBERED, JSON.stringify(config));
  return config;
}
