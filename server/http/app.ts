/**
 * The Node server's HTTP face (Hono): `/api/*` is the core's Fetch handler; `/config.json`
 * tells the app it runs against this server (server mode, no demo code); everything else
 * is the built app (`dist/`) — hashed assets cached for good, index.html for any in-app
 * address. Every answer carries the security headers; HTTPS is the reverse proxy's job
 * (docs/api.md, "Running the server").
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import { contentSecurityPolicy, isDemoFile } from '../../src/domain/page-policy';
import type { FetchHandler } from '../core/fetch';
import { clientAddress } from './client-address';

export interface AppOptions {
  api: FetchHandler;
  /** The built app; absent: API only. */
  distDir?: string;
  /** How many reverse proxies in front of this server to believe about the client's address. */
  trustedProxies?: number;
  /** An API origin other than this one, when the app calls one (CSP connect-src; told to the app). */
  apiOrigin?: string;
  /** The app origins allowed to call this server's API from elsewhere (CORS); none by default. */
  corsOrigins?: readonly string[];
}

/** What the app reads at start (src/lib/runtime-config.ts): its absence means demo mode. */
export interface RuntimeConfig {
  mode: 'server';
  apiOrigin?: string;
}

/** A push of 500 mutations with full scan lists stays well under this. */
const MAX_BODY_BYTES = 2 * 1024 * 1024;

export function createApp({ api, distDir, trustedProxies = 0, apiOrigin, corsOrigins = [] }: AppOptions): Hono {
  const app = new Hono();
  app.use(
    secureHeaders({
      // HSTS belongs to the HTTPS proxy in front (docs/api.md).
      strictTransportSecurity: false,
      xFrameOptions: 'DENY',
      referrerPolicy: 'no-referrer',
      permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
    }),
  );

  // The Content-Security-Policy `vite preview` sends too (src/domain/page-policy.ts).
  const policy = contentSecurityPolicy(apiOrigin);
  app.use(async (c, next) => {
    await next();
    c.res.headers.set('Content-Security-Policy', policy);
  });

  if (corsOrigins.length > 0) {
    app.use(
      '/api/*',
      cors({
        origin: [...corsOrigins],
        allowMethods: ['GET', 'POST', 'DELETE'],
        allowHeaders: ['Authorization', 'Content-Type'],
        exposeHeaders: ['Retry-After'],
        maxAge: 600,
      }),
    );
  }
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) => c.json({ reason: 'malformed', message: 'body too large' }, 413),
    }),
  );
  app.all('/api/*', async (c) => {
    const incoming = getConnInfo(c).remote.address;
    const address = clientAddress(incoming, c.req.header('X-Forwarded-For'), trustedProxies);
    const response = await api(c.req.raw, { clientAddress: address });
    response.headers.set('Cache-Control', 'no-store');
    return response;
  });

  app.get('/config.json', (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json({ mode: 'server', ...(apiOrigin ? { apiOrigin } : {}) } satisfies RuntimeConfig);
  });

  if (distDir) {
    // One build serves both modes: this server's app runs in server mode, without the demo's files.
    app.use('*', async (c, next) => (isDemoFile(c.req.path) ? c.notFound() : next()));
    const cache = (value: string) => (_path: string, c: Context) => c.header('Cache-Control', value);
    app.use('/assets/*', serveStatic({ root: distDir, onFound: cache('public, max-age=31536000, immutable') }));
    app.use('*', serveStatic({ root: distDir, onFound: cache('no-cache') }));
    // Any other address without a file extension is a page of the app (a deep link opened
    // before the service worker runs); a missing file is a 404.
    const page = serveStatic({ root: distDir, path: 'index.html', onFound: cache('no-cache') });
    app.use('*', async (c, next) => {
      if (c.req.method === 'GET' && !/\.[^/]*$/.test(c.req.path)) return page(c, next);
      await next();
    });
  }
  return app;
}
