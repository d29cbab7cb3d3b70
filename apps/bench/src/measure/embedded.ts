import { DEPARTMENT_TASKS, REPORT_PROGRESS } from '../server/queries.js';
import { type Client, load, type Load } from './http.js';

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
