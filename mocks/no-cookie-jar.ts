/**
 * Stands in for `tough-cookie` in the browser build (see the alias in vite.config.ts). MSW keeps a
 * cookie jar for handlers that set cookies; ours authenticate with Bearer tokens and set none, and
 * tough-cookie with its public-suffix list (tldts) was ~85 kB gzip of the demo's first screen.
 * Node tests use the real library.
 */
export class MemoryCookieStore {
  idx: Record<string, unknown> = {};
}

export class CookieJar {
  getCookiesSync(): never[] {
    return [];
  }

  setCookie(): Promise<never> {
    return Promise.reject(new Error('The demo back-end keeps no cookies: authenticate with a Bearer token.'));
  }
}

export const Cookie = { fromJSON: (): null => null };
