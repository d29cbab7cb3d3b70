import { PGliteThread } from '@lianxi/db';
import { DEPARTMENT_TASKS, REPORT_PROGRESS } from '../server/queries.js';
import { type Client, load, type Load, median } from './http.js';

/**
 * The embedded phase: the department query on PGlite under `connections` concurrent clients, with the server
 * process's event-loop delay (idle, then during the burst) and a /healthz probe every 20 ms meanwhile — what
 * another user of the same process feels while PGlite works.
 */
export async function embeddedRun(
  client: Client,
  departmentId: string,
  options: { connections: number; seconds: number },
) {
  const body = JSON.stringify({ query: DEPARTMENT_TASKS, variables: { id: departmentId, first: 100 } });
  const base = { url: `${client.base}/graphql`, method: 'POST' as const, headers: client.headers(), body };
  await load({ ...base, connections: 2, duration: 2 });
  const idle = await eld(client, async () => {
    await new Promise((resolve) => setTimeout(resolve, 2000));
  });
  let graphql: Load | undefined;
  const { result: burst, probes } = await whileProbing(client, () =>
    eld(client, async () => {
      graphql = await load({ ...base, connections: options.connections, duration: options.seconds });
    }),
  );
  return {
    departmentId,
    graphql,
    eventLoopDelayIdleMs: idle,
    eventLoopDelayDuringBurstMs: burst,
    healthzDuringBurstMs: probes,
  };
}

/**
 * `reportProgress` on PGlite: each of `connections` clients appends reports (one transaction each: lock the
 * assignment, insert, audit, idempotency key) for `seconds`, with the event-loop delay and /healthz meanwhile.
 * Adds reports to the bench data (`pnpm bench:data` restores it).
 */
export async function embeddedWrites(
  client: Client,
  assignmentIds: readonly string[],
  options: { connections: number; seconds: number },
) {
  let writes = 0;
  const stamp = Date.now().toString(36);
  const request = {
    method: 'POST' as const,
    path: '/graphql',
    setupRequest: (req: { body?: string | Buffer }) => {
      writes++;
      req.body = JSON.stringify({
        query: REPORT_PROGRESS,
        variables: {
          input: {
            assignmentId: assignmentIds[writes % assignmentIds.length] ?? '',
            status: 'IN_PROGRESS',
            percent: writes % 100,
            narrative: `嵌入式写入 ${String(writes)}`,
            idempotencyKey: `embedded-${stamp}-${String(writes)}`,
          },
        },
      });
      return req;
    },
  };
  let written: Load | undefined;
  const { result: delay, probes } = await whileProbing(client, () =>
    eld(client, async () => {
      written = await load(
        {
          url: client.base,
          connections: options.connections,
          duration: options.seconds,
          headers: client.headers(),
          requests: [request] as never,
        },
        true,
      );
    }),
  );
  return { reportProgress: written, eventLoopDelayMs: delay, healthzMs: probes };
}

/** Runs `during` while probing /healthz every 20 ms; the probes' latency percentiles. */
async function whileProbing<T>(client: Client, during: () => Promise<T>) {
  const samples: number[] = [];
  const state = { probing: true };
  const probe = (async () => {
    while (state.probing) {
      const started = performance.now();
      await fetch(`${client.base}/healthz`);
      samples.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  const result = await during();
  state.probing = false;
  await probe;
  const sorted = samples.sort((a, b) => a - b);
  const pct = (p: number) =>
    Math.round((sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0) * 10) / 10;
  return { result, probes: { probes: sorted.length, p50: pct(0.5), p99: pct(0.99), max: pct(1) } };
}

/** The server's event-loop delay while `during` runs (serve.ts's /bench/eld hooks). */
async function eld(client: Client, during: () => Promise<void>): Promise<unknown> {
  await client.post('/bench/eld/start');
  await during();
  return client.post('/bench/eld/stop');
}

/**
 * What durable commits cost PGlite itself: `commits` single-row INSERTs, one commit each, one after another,
 * on a directory opened with and without `durable` (the db package's default is durable), alternating
 * `rounds` times. Milliseconds per commit (median of the rounds) and the WAL fdatasyncs the worker made.
 */
export async function commitCost(directory: string, options: { commits: number; rounds: number }) {
  const perCommit: Record<'durable' | 'relaxed', number[]> = { durable: [], relaxed: [] };
  const walSyncs: Record<'durable' | 'relaxed', number> = { durable: 0, relaxed: 0 };
  for (let round = 0; round < options.rounds; round++) {
    for (const mode of ['durable', 'relaxed'] as const) {
      const db = await PGliteThread.open({ dataDir: `${directory}/${mode}`, durable: mode === 'durable' });
      try {
        await db.exec('CREATE TABLE IF NOT EXISTS probe (id serial PRIMARY KEY, note text NOT NULL)');
        const before = await db.syncStats();
        const started = performance.now();
        for (let i = 0; i < options.commits; i++)
          await db.query('INSERT INTO probe (note) VALUES ($1)', [`第${String(i)}次`]);
        perCommit[mode].push((performance.now() - started) / options.commits);
        walSyncs[mode] += (await db.syncStats()).walSyncs - before.walSyncs;
      } finally {
        await db.close();
      }
    }
  }
  const round2 = (x: number) => Math.round(x * 100) / 100;
  return {
    commits: options.commits,
    rounds: options.rounds,
    msPerCommit: { durable: round2(median(perCommit.durable)), relaxed: round2(median(perCommit.relaxed)) },
    walSyncs,
  };
}
