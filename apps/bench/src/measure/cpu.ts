import type { Client } from './http.js';

/** What GET /bench/cpu answers (server/serve.ts). */
export interface CpuSnapshot {
  nodeMicros: number;
  /** Clock ticks used so far by each PostgreSQL backend of the server's database, by pid. */
  backends: Record<string, number>;
  clockTicks: number;
}

/** CPU milliseconds per request of the server process and of its PostgreSQL backends. */
export interface CpuPerRequest {
  node: number;
  postgres: number;
}

export async function cpuSnapshot(client: Client): Promise<CpuSnapshot> {
  return (await client.get('/bench/cpu')) as CpuSnapshot;
}

/**
 * CPU time between two snapshots divided by the requests served meanwhile. Process CPU time does not
 * count the time a process waited for a core, so it stays comparable when the machine is busy with other
 * work, where requests per second do not. PostgreSQL: the backends alive at the end (a backend that
 * started meanwhile counts from zero); the pool keeps them open while under load.
 */
export function cpuPerRequest(before: CpuSnapshot, after: CpuSnapshot, requests: number): CpuPerRequest {
  const n = Math.max(1, requests);
  let ticks = 0;
  for (const [pid, used] of Object.entries(after.backends)) ticks += used - (before.backends[pid] ?? 0);
  const round = (ms: number) => Math.round(ms * 100) / 100;
  return {
    node: round((after.nodeMicros - before.nodeMicros) / 1000 / n),
    postgres: round(((ticks / after.clockTicks) * 1000) / n),
  };
}
