/**
 * `npm run server`: the PTT server as a Node process — app and API on one origin, over
 * PGlite in a data folder (default) or a PostgreSQL server (`DATABASE_URL`). Stops
 * cleanly on SIGTERM or SIGINT (requests in flight finish; the database is closed).
 */
import { readServerConfig, startServer } from './http/start';

async function main() {
  const config = readServerConfig(process.env);
  const where =
    'url' in config.database
      ? 'a PostgreSQL server (DATABASE_URL)'
      : `embedded PostgreSQL (PGlite), data folder ${config.database.dataDir}`;
  console.log(`PTT server: opening ${where}…`);
  const server = await startServer(config);
  console.log(`PTT server: database ${server.store.db.location}`);
  console.log(`PTT server: listening on ${server.url}/ (app and /api)`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`PTT server: ${signal}, stopping…`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  console.error(`PTT server: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
