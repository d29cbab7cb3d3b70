import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { openDatabase, recordStatements } from '@lianxi/db';
import type { Express } from 'express';
import type { DataSource } from 'typeorm';
import { leverConfig, parseLevers } from './levers.js';
import { mountRawRoutes } from './raw.js';

/**
 * The server process the bench measures (started by main.ts): the API exactly as `createServer()` builds
 * it — from apps/api/dist when built (NODE_ENV=production), else from its sources — plus, on the same
 * Express app, the raw routes and two bench-only hooks:
 *   - a request carrying `x-bench-record: 1` has its SQL statements recorded (the db package's statement
 *     counter) and GET /bench/statements returns them;
 *   - POST /bench/eld/start and /bench/eld/stop read this process's event-loop delay;
 *   - GET /bench/cpu gives the CPU time used so far by this process and by the PostgreSQL backends.
 * Arguments: `--database-url <url>` or `--data-dir <dir>`, `--api dist|source`, `--lever <lever,…>` (levers.ts).
 * Prints `LISTENING <port>`.
 */

interface ApiModule {
  createServer(config: {
    db: DataSource;
    production: boolean;
    introspection: boolean;
    trustProxy: number;
    bodyLimit: string;
    auth: { idleMinutes: number; absoluteHours: number; maxFailures: number; windowMinutes: number };
    adminDistDir: string | null;
    executor?: 'graphql-jit' | 'graphql-js';
    log?: (line: string) => void;
  }): Promise<{ app: Express; close(): Promise<void> }>;
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
}

const databaseUrl = argument('database-url');
const dataDir = argument('data-dir');
const apiFrom = argument('api') ?? 'dist';
const db = await openDatabase(databaseUrl ? { databaseUrl } : { dataDir: dataDir ?? 'memory://' });

const apiEntry = new URL(
  apiFrom === 'dist' ? '../../../api/dist/server.js' : '../../../api/src/server.ts',
  import.meta.url,
);
const levers = parseLevers(argument('lever'));
const api = (await import(pathToFileURL(apiEntry.pathname).href)) as ApiModule;
const server = await api.createServer({
  db,
  production: true,
  introspection: false,
  trustProxy: 0,
  bodyLimit: '5mb',
  auth: { idleMinutes: 600, absoluteHours: 24, maxFailures: 1000, windowMinutes: 1 },
  adminDistDir: null,
  log: (line) => process.stderr.write(`api: ${line}\n`),
  ...leverConfig(levers),
});
const app = server.app;
mountRawRoutes(app, db);

let lastStatements: string[] = [];
app.get('/bench/statements', (_req, res) => {
  res.json({ count: lastStatements.length, statements: lastStatements });
});

// CPU time so far of this process and of the PostgreSQL backends serving its database (Linux /proc, clock
// ticks): main.ts reads it around each load run and divides by the requests, which stays meaningful on a
// machine whose other users make wall-clock throughput noisy.
const clockTicks = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();
const ticksOf = (pid: number): number | null => {
  try {
    // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${String(pid)}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return null;
  }
};
app.get('/bench/cpu', async (_req, res) => {
  const usage = process.cpuUsage();
  const backends: Record<string, number> = {};
  if (databaseUrl) {
    const rows: { pid: number }[] = await db.query(
      'SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
    );
    for (const { pid } of rows) {
      const ticks = ticksOf(pid);
      if (ticks !== null) backends[String(pid)] = ticks;
    }
  }
  res.json({ nodeMicros: usage.user + usage.system, backends, clockTicks });
});

let histogram: IntervalHistogram | null = null;
app.post('/bench/eld/start', (_req, res) => {
  histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  res.json({ ok: true });
});
app.post('/bench/eld/stop', (_req, res) => {
  const h = histogram;
  h?.disable();
  const ms = (ns: number) => Math.round(ns / 1e4) / 100;
  res.json(h ? { p50: ms(h.percentile(50)), p99: ms(h.percentile(99)), max: ms(h.max), mean: ms(h.mean) } : null);
});

const http = createHttpServer((req, res) => {
  if (req.headers['x-bench-record'] !== '1') {
    app(req, res);
    return;
  }
  void recordStatements(
    () =>
      new Promise<void>((resolve) => {
        res.on('finish', resolve);
        app(req, res);
      }),
  ).then(({ statements }) => {
    lastStatements = statements;
  });
});
http.keepAliveTimeout = 65_000;
http.listen(0, '127.0.0.1', () => {
  process.stdout.write(`LISTENING ${String((http.address() as AddressInfo).port)}\n`);
});

const stop = () => {
  http.close();
  void server.close().then(() => db.destroy());
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
