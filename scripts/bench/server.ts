/**
 * `npm run bench:server` — the Node server's figures (issue 16; docs/performance.md), on
 * PGlite and, when PostgreSQL is installed, on a throwaway PostgreSQL server (default
 * settings, fsync on), each beside a floor: the same work as bare SQL on the same
 * database, no HTTP, no core, no JSON.
 *
 * - a 50,000-contact snapshot served: every page of every table, as the app asks for them;
 * - one client's push throughput: 2,000 new contacts in batches of 100;
 * - 50 clients at once, each pushing 100 edits one by one: latency p50/p95, errors, server RSS;
 * - once: the first screen's JavaScript in demo mode and in server mode (first-screen-modes.ts).
 *
 * Built with the server (dist-server/bench.js) and run by `npm run bench:server`, after the app's build. Prints
 * one JSON object on stdout; progress on stderr. BENCH_SERVER_DATABASES=pglite limits it to one.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { cpus, totalmem } from 'node:os';
import { openDatabase, type SqlDatabase } from '../../server/postgres/database';
import { DATABASES, type TestDatabase } from '../../tests/server/databases';
import { firstScreenByMode } from './first-screen-modes';
import { allRows, envelopes, newContact, push, signIn } from '../../tests/server/http-client';
import { admin, startServerProcess, TEST_USER, type Database } from '../../tests/server/processes';

const CONTACTS = 50_000;
const TENANT = 'tenant-bench';
const PUSH_BATCHES = 20;
const BATCH = 100;
const CLIENTS = 50;
const EDITS_PER_CLIENT = 100;
const SNAPSHOT_RUNS = 3;
const TABLES = ['contacts', 'subLists', 'groups'] as const;

const started = performance.now();
const log = (...parts: unknown[]) =>
  console.error(`[bench:server ${((performance.now() - started) / 1000).toFixed(0)}s]`, ...parts);
const round = (value: number) => Math.round(value * 10) / 10;
const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return round(sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? NaN);
};
const median = (values: number[]) => percentile(values, 0.5);
const time = async (work: () => Promise<unknown>) => {
  const start = performance.now();
  await work();
  return performance.now() - start;
};

/** The server's resident memory, sampled while `work` runs: the peak, in MB. */
async function peakRss<T>(pid: number, work: () => Promise<T>): Promise<{ result: T; peakMb: number }> {
  let peak = 0;
  const sample = () => {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    peak = Math.max(peak, Number(match?.[1] ?? 0) / 1024);
  };
  const timer = setInterval(sample, 100);
  try {
    const result = await work();
    sample();
    return { result, peakMb: round(peak) };
  } finally {
    clearInterval(timer);
  }
}

async function throughHttp(database: Database, withFirstScreen: boolean) {
  const server = await startServerProcess(database);
  try {
    const firstScreen = withFirstScreen ? await firstScreenByMode(server.url) : undefined;
    if (firstScreen) log(`first screen JS: demo ${firstScreen.demo.kb} kB, server ${firstScreen.server.kb} kB (gzip)`);
    const { token } = await signIn(server.url, TEST_USER.username, TEST_USER.password);
    const snapshotMs: number[] = [];
    let rows = 0;
    for (let run = 0; run < SNAPSHOT_RUNS; run++) {
      snapshotMs.push(
        await time(async () => {
          rows = 0;
          for (const table of TABLES) rows += (await allRows(server.url, token, table)).length;
        }),
      );
    }
    log(`snapshot of ${rows} rows: ${median(snapshotMs)} ms`);

    const pushMs = await time(async () => {
      for (let batch = 0; batch < PUSH_BATCHES; batch++) {
        const intents = Array.from({ length: BATCH }, (_, i) => newContact('bp', batch * BATCH + i));
        await push(server.url, token, 'bench-push', envelopes('bench-push', batch * BATCH + 1, intents));
      }
    });
    const pushPerSecond = round((PUSH_BATCHES * BATCH) / (pushMs / 1000));
    log(`push: ${pushPerSecond} edits/s`);

    const latencies: number[] = [];
    let errors = 0;
    const { peakMb } = await peakRss(server.pid, () =>
      Promise.all(
        Array.from({ length: CLIENTS }, async (_, client) => {
          const clientId = `bench-client-${client}`;
          for (let seq = 1; seq <= EDITS_PER_CLIENT; seq++) {
            const intent = newContact(`c${client}`, 2_000 + client * EDITS_PER_CLIENT + seq);
            try {
              latencies.push(await time(() => push(server.url, token, clientId, envelopes(clientId, seq, [intent]))));
            } catch {
              errors += 1;
            }
          }
        }),
      ),
    );
    log(`${CLIENTS} clients: p50 ${median(latencies)} ms, p95 ${percentile(latencies, 0.95)} ms, ${errors} errors`);
    return {
      ...(firstScreen ? { firstScreenJsGzipKb: firstScreen } : {}),
      snapshot: { rows, ms: median(snapshotMs) },
      push: { editsPerSecond: pushPerSecond, batches: PUSH_BATCHES, batchSize: BATCH },
      concurrent: {
        clients: CLIENTS,
        editsEach: EDITS_PER_CLIENT,
        p50Ms: median(latencies),
        p95Ms: percentile(latencies, 0.95),
        errors,
        serverPeakRssMb: peakMb,
      },
    };
  } finally {
    await server.stop();
  }
}

/** The same work as bare SQL on the same database: what the server cannot beat. */
async function floor(db: SqlDatabase) {
  const snapshotMs: number[] = [];
  for (let run = 0; run < SNAPSHOT_RUNS; run++) {
    snapshotMs.push(
      await time(async () => {
        for (const table of TABLES) {
          let after = '';
          for (;;) {
            const page = await db.query<{ id: string; row: unknown }>(
              `SELECT id, row FROM entries WHERE tenant_id = $1 AND tbl = $2 AND row IS NOT NULL AND id > $3
               ORDER BY id LIMIT 5000`,
              [TENANT, table, after],
            );
            if (page.length < 5000) break;
            after = page.at(-1)?.id ?? '';
          }
        }
      }),
    );
  }
  // One bare statement a write: move the tenant's cursor (which locks its row) and store a row there.
  const write = (sql: Pick<SqlDatabase, 'query'>, id: string) =>
    sql.query(
      `WITH moved AS (UPDATE tenants SET cursor = cursor + 1 WHERE id = $1 RETURNING cursor)
       INSERT INTO entries (tenant_id, tbl, id, cursor, row) SELECT $1, 'contacts', $2, cursor, $3::text::json FROM moved`,
      [TENANT, id, JSON.stringify({ id, kind: 'external', name: id, phone: '8195550000' })],
    );
  const pushMs = await time(async () => {
    for (let batch = 0; batch < PUSH_BATCHES; batch++) {
      await db.transaction(async (sql) => {
        for (let i = 0; i < BATCH; i++) await write(sql, `floor-push-${batch}-${i}`);
      });
    }
  });
  const latencies: number[] = [];
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      for (let edit = 0; edit < EDITS_PER_CLIENT; edit++) {
        latencies.push(await time(() => db.transaction((sql) => write(sql, `floor-${client}-${edit}`))));
      }
    }),
  );
  return {
    snapshotMs: median(snapshotMs),
    pushEditsPerSecond: round((PUSH_BATCHES * BATCH) / (pushMs / 1000)),
    concurrentP50Ms: median(latencies),
    concurrentP95Ms: percentile(latencies, 0.95),
  };
}

async function benchOn(target: TestDatabase, withFirstScreen: boolean) {
  log(`${target.name}: loading a tenant of ${CONTACTS.toLocaleString('en-CA')} contacts…`);
  const { database, drop } = await target.open({ durable: true });
  try {
    const loadMs = await time(async () => {
      admin(database, ['load-generated', TENANT, '--contacts', String(CONTACTS), '--name', 'Banc d’essai']);
    });
    admin(database, ['create-account', TENANT, TEST_USER.username, '--name', 'Bench'], TEST_USER.password);
    log(`${target.name}: loaded in ${round(loadMs / 1000)} s (the admin tool, bulk inserts)`);
    const http = await throughHttp(database, withFirstScreen);
    const db = await openDatabase(database);
    try {
      return { loadSeconds: round(loadMs / 1000), server: http, floor: await floor(db) };
    } finally {
      await db.close();
    }
  } finally {
    drop();
  }
}

const only = process.env.BENCH_SERVER_DATABASES?.toLowerCase();
const results: Record<string, unknown> = {
  machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGb: round(totalmem() / 2 ** 30), node: process.version },
};
for (const target of DATABASES) {
  if (only && !only.split(',').includes(target.name.toLowerCase())) continue;
  results[target.name] = await benchOn(target, Object.keys(results).length === 1);
}
process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
