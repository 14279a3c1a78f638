/**
 * Starts the PTT server: the store (migrated), the core with scrypt passwords and
 * database-wide sign-in limits, the HTTP app, and an hourly sweep of expired sessions and
 * ended sign-in windows. `readServerConfig` reads it all from the environment
 * (README, "Run with a server").
 */
import { resolve } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { PttCore } from '../core/core';
import { fetchHandler } from '../core/fetch';
import { SignInThrottle } from '../core/sign-in-throttle';
import type { DatabaseConfig } from '../postgres/database';
import { PostgresStore } from '../postgres/postgres-store';
import { deleteEndedAttemptWindows, sqlAttemptCounters } from '../postgres/sign-in-attempts';
import { createApp } from './app';
import { DEFAULT_SCRYPT_COST, scryptPasswordHasher, type ScryptCost } from './scrypt';

export interface ServerConfig {
  database: DatabaseConfig;
  host: string;
  /** 0 picks a free port. */
  port: number;
  distDir?: string;
  trustedProxies: number;
  apiOrigin?: string;
  corsOrigins: string[];
  scryptCost: ScryptCost;
}

export const DEFAULT_DATA_DIR = 'data/pglite';

export function readServerConfig(env: NodeJS.ProcessEnv, cwd = process.cwd()): ServerConfig {
  const port = Number(env.PORT ?? 8080);
  const trustedProxies = Number(env.PTT_TRUSTED_PROXIES ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`PORT must be a port number: ${env.PORT}`);
  if (!Number.isInteger(trustedProxies) || trustedProxies < 0) {
    throw new Error(`PTT_TRUSTED_PROXIES must be a whole number: ${env.PTT_TRUSTED_PROXIES}`);
  }
  return {
    database: databaseConfig(env, cwd),
    host: env.HOST ?? '127.0.0.1',
    port,
    distDir: resolve(cwd, env.PTT_DIST_DIR ?? 'dist'),
    trustedProxies,
    ...(env.PTT_API_ORIGIN ? { apiOrigin: new URL(env.PTT_API_ORIGIN).origin } : {}),
    corsOrigins: (env.PTT_CORS_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean)
      .map((origin) => new URL(origin).origin),
    scryptCost: env.PTT_SCRYPT_LOG_N
      ? { ...DEFAULT_SCRYPT_COST, logN: Number(env.PTT_SCRYPT_LOG_N) }
      : DEFAULT_SCRYPT_COST,
  };
}

/** `DATABASE_URL` for a PostgreSQL server; otherwise PGlite in `PTT_DATA_DIR` (default data/pglite). */
export function databaseConfig(env: NodeJS.ProcessEnv, cwd = process.cwd()): DatabaseConfig {
  return env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: resolve(cwd, env.PTT_DATA_DIR ?? DEFAULT_DATA_DIR) };
}

export interface RunningServer {
  url: string;
  store: PostgresStore;
  /** Stops taking requests, lets the ones in flight finish, closes the database. */
  close(): Promise<void>;
}

const SWEEP_EVERY_MS = 60 * 60_000;

export async function startServer(config: ServerConfig): Promise<RunningServer> {
  const store = await PostgresStore.open(config.database);
  const core = new PttCore({
    storage: store,
    passwords: scryptPasswordHasher(config.scryptCost),
    signInThrottle: new SignInThrottle(sqlAttemptCounters(store.db)),
  });
  const app = createApp({
    api: fetchHandler(core),
    ...(config.distDir ? { distDir: config.distDir } : {}),
    trustedProxies: config.trustedProxies,
    ...(config.apiOrigin ? { apiOrigin: config.apiOrigin } : {}),
    corsOrigins: config.corsOrigins,
  });
  const sweep = async () => {
    const now = Date.now();
    await store.deleteExpiredSessions(now);
    await deleteEndedAttemptWindows(store.db, now);
  };
  const sweeper = setInterval(() => void sweep().catch(() => undefined), SWEEP_EVERY_MS);
  sweeper.unref();

  let server: ServerType | undefined;
  const port = await new Promise<number>((resolvePort, reject) => {
    server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => resolvePort(info.port));
    server.once('error', reject);
  });
  return {
    url: `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`,
    store,
    async close() {
      clearInterval(sweeper);
      await new Promise<void>((done) => {
        if (!server) return done();
        server.close(() => done());
        // Kept-alive browser connections would hold close() open for seconds.
        if ('closeIdleConnections' in server) server.closeIdleConnections();
      });
      await store.close();
    },
  };
}
