import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { PGliteThread } from '@lianxi/db';
import { BENCH_ADMIN, BENCH_PASSWORD, SCALES } from './data/generate.js';
import { loadPGlite } from './data/load.js';
import { benchEnv } from './env.js';
import { commitCost, embeddedRun, embeddedWrites } from './measure/embedded.js';
import { Client } from './measure/http.js';
import { startServer } from './server/start.js';

/**
 * pnpm bench:embedded [--seconds 5] [--connections 8] [--api source|dist] [--rounds 1] [--commits 200]
 *
 * Only the embedded phase of `pnpm bench`, without PostgreSQL: the city data in bench/tmp/pglite-city (loaded
 * first when missing), the server process on it, then per round the department query at `connections`
 * clients and `reportProgress` at the same concurrency, each with the server's event-loop delay and /healthz
 * latency meanwhile; then what durable commits cost (`commitCost`, --commits 0 skips it). Prints JSON. The
 * writes add reports to the PGlite bench data.
 */
const { values: flags } = parseArgs({
  options: {
    seconds: { type: 'string', default: '5' },
    connections: { type: 'string', default: '8' },
    api: { type: 'string', default: 'source' },
    rounds: { type: 'string', default: '1' },
    commits: { type: 'string', default: '200' },
  },
});
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const pgliteDir = `${ROOT}bench/tmp/pglite-city`;
const options = { seconds: Number(flags.seconds), connections: Number(flags.connections) };
const log = (line: string) => process.stderr.write(`[bench:embedded] ${line}\n`);

if (!existsSync(`${pgliteDir}/PG_VERSION`)) {
  mkdirSync(`${ROOT}bench/tmp`, { recursive: true });
  log('generating and loading city into PGlite…');
  log(JSON.stringify(await loadPGlite(pgliteDir, SCALES.city)));
}

const targets = await (async () => {
  const db = await PGliteThread.open({ dataDir: pgliteDir });
  try {
    const department = (
      await db.query(
        `SELECT d.id FROM department d JOIN assignment a ON a.department_id = d.id
         WHERE d.name NOT LIKE '%基准测试单位%' GROUP BY d.id ORDER BY abs(count(*) - 120), d.id LIMIT 1`,
      )
    ).rows as { id: string }[];
    const assignments = (
      await db.query(
        `SELECT a.id FROM assignment a JOIN task t ON t.id = a.task_id JOIN policy_document d ON d.id = t.document_id
         WHERE d.document_key = 'work-2026' ORDER BY a.id LIMIT 2000`,
      )
    ).rows as { id: string }[];
    const departmentId = department[0]?.id;
    if (!departmentId || assignments.length === 0)
      throw new Error('no department or assignment in the PGlite data');
    return { departmentId, assignmentIds: assignments.map((row) => row.id) };
  } finally {
    await db.close();
  }
})();

const server = await startServer(['--data-dir', pgliteDir], {
  apiFrom: flags.api === 'dist' ? 'dist' : 'source',
  env: benchEnv().childEnv,
});
const rounds: unknown[] = [];
try {
  const client = new Client(server.base);
  await client.login(BENCH_ADMIN, BENCH_PASSWORD);
  for (let round = 0; round < Number(flags.rounds); round++) {
    const loadAverage = loadavg().map((x) => Math.round(x * 100) / 100);
    log(`round ${String(round + 1)}: reads…`);
    const reads = await embeddedRun(client, targets.departmentId, options);
    log(`round ${String(round + 1)}: writes…`);
    const writes = await embeddedWrites(client, targets.assignmentIds, options);
    rounds.push({ loadAverage, reads, writes });
  }
} finally {
  await server.stop();
}
const commits = Number(flags.commits);
let durability: unknown = null;
if (commits > 0) {
  log('commit cost, durable and relaxed…');
  const directory = `${ROOT}bench/tmp/pglite-commit-cost`;
  rmSync(directory, { recursive: true, force: true });
  durability = await commitCost(directory, { commits, rounds: 3 });
  rmSync(directory, { recursive: true, force: true });
}
process.stdout.write(
  `${JSON.stringify({ at: new Date().toISOString(), options, api: flags.api, rounds, durability }, null, 2)}\n`,
);
