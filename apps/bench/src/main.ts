import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { PGliteThread } from '@lianxi/db';
import pg from 'pg';
import { FIXTURE_KEY_PREFIX, BENCH_ADMIN, BENCH_PASSWORD, SCALES, type ScaleName } from './data/generate.js';
import { benchDatabase, ensureDatabase, loadPGlite, loadPostgres, type LoadReport } from './data/load.js';
import { benchEnv } from './env.js';
import { Client, load, median, type Load } from './measure/http.js';
import { firstDifference, normalize } from './measure/normalize.js';
import { embeddedRun } from './measure/embedded.js';
import { cpuPerRequest, cpuSnapshot, type CpuPerRequest } from './measure/cpu.js';
import { executorComparison } from './measure/executor.js';
import { adminBundle, importTiming, parserThroughput } from './measure/offline.js';
import { writeMarkdown } from './report/markdown.js';
import { DEPARTMENT_TASKS, MATRIX, REPORT_PROGRESS } from './server/queries.js';
import { startServer as startBenchServer } from './server/start.js';

/**
 * pnpm bench [--quick] [--reuse-data] [--no-build] [--skip-load-pglite]
 *
 * One run, one process tree: this process drives load with autocannon; the server under test is a child
 * process (so the load generator does not share its event loop) serving GraphQL and the raw routes side by
 * side. --quick: city scale, short rounds (under 5 minutes).
 */
const { values: flags } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    'reuse-data': { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
  },
});
const quick = flags.quick;
const scaleName: ScaleName = quick ? 'city' : 'province';
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);
const settings = {
  rounds: 3,
  secondsPerRun: quick ? 4 : 10,
  warmupSeconds: quick ? 1 : 2,
  connections: 16,
  mixedSeconds: quick ? 8 : 30,
  mixedConnections: 32,
  parserSeconds: quick ? 3 : 10,
  executorSeconds: quick ? 1 : 3,
  importRuns: quick ? 5 : 11,
  embeddedSeconds: quick ? 5 : 10,
  embeddedConnections: 8,
};
const TARGET_SQL = {
  department: `SELECT d.id, d.name, count(*)::int AS n FROM department d JOIN assignment a ON a.department_id = d.id
               WHERE d.name NOT LIKE '%基准测试单位%' GROUP BY d.id ORDER BY abs(count(*) - 120), d.id LIMIT 1`,
  document: `SELECT d.id, d.title, count(*)::int AS n FROM policy_document d JOIN task t ON t.document_id = d.id
             WHERE d.document_key NOT LIKE '${FIXTURE_KEY_PREFIX}%' GROUP BY d.id ORDER BY count(*) DESC, d.id LIMIT 1`,
  fixtures: `SELECT d.document_key AS key, d.id AS "documentId",
                    (SELECT a.department_id FROM task t JOIN assignment a ON a.task_id = t.id
                     WHERE t.document_id = d.id AND a.role = 'LEAD' LIMIT 1) AS "departmentId"
             FROM policy_document d WHERE d.document_key LIKE '${FIXTURE_KEY_PREFIX}%'`,
  reportAssignments: `SELECT a.id FROM assignment a JOIN task t ON t.id = a.task_id
                      JOIN policy_document d ON d.id = t.document_id
                      WHERE d.document_key = 'work-2026' ORDER BY a.id LIMIT 2000`,
};

const results: Record<string, unknown> = { startedAt: new Date().toISOString(), quick, scale: scaleName, settings };
const load1 = () => loadavg().map((x) => Math.round(x * 100) / 100);

results.machine = {
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? 'unknown',
  memoryGb: Math.round(totalmem() / 2 ** 30),
  freeMemoryGbAtStart: Math.round(freemem() / 2 ** 30),
  node: process.version,
  loadAverageAtStart: load1(),
};
results.versions = versions();
results.commit = git(['rev-parse', '--short', 'HEAD']);

// 1. Build the API as production runs it; fall back to its sources when the build fails (noted in the results).
let apiFrom: 'dist' | 'source' = 'dist';
if (!flags['no-build']) {
  log('building @lianxi/api and its dependencies (turbo)…');
  try {
    execFileSync('pnpm', ['turbo', 'run', 'build', '--filter=@lianxi/api...', '--output-logs=errors-only'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    const output = outputOf(error);
    results.buildError = output.split('\n').filter((line) => /error/i.test(line)).slice(0, 10);
    log(`build failed, measuring the API from its sources: ${(results.buildError as string[]).join(' | ')}`);
  }
}
const distReady = ['apps/api/dist/server.js', 'packages/db/dist/index.js', 'packages/domain/dist/index.js', 'packages/policy-parser/dist/index.js'].every(
  (file) => existsSync(`${ROOT}${file}`),
);
if (!distReady || results.buildError) apiFrom = 'source';
results.apiFrom = apiFrom;

// 2. Data.
const env = benchEnv();
const startServer = (args: string[]) => startBenchServer(args, { apiFrom, env: env.childEnv });
const databaseUrl = await ensureDatabase(env.pgUrl, benchDatabase(scaleName));
const pgliteDir = `${ROOT}bench/tmp/pglite-city`;
mkdirSync(`${ROOT}bench/tmp`, { recursive: true });
const loads: LoadReport[] = [];
if (!flags['reuse-data'] || !(await hasData(databaseUrl))) {
  log(`generating and loading ${scaleName} into PostgreSQL (${benchDatabase(scaleName)})…`);
  loads.push(await loadPostgres(databaseUrl, SCALES[scaleName]));
}
if (!flags['reuse-data'] || !existsSync(`${pgliteDir}/PG_VERSION`)) {
  log('generating and loading city into PGlite…');
  loads.push(await loadPGlite(pgliteDir, SCALES.city));
}
results.data = { loads, counts: await tableCounts(databaseUrl) };
results.versions = { ...(results.versions as object), postgres: await withPg(databaseUrl, async (c) => (await c.query<{ server_version: string }>('SHOW server_version')).rows[0]?.server_version ?? 'unknown') };

// 3. Offline measurements.
log('policy reader throughput…');
results.parser = parserThroughput(settings.parserSeconds);
log('import of one seed into each engine…');
const importDb = await ensureDatabase(env.pgUrl, benchDatabase('import'));
results.import = {
  pglite: await importTiming({ dataDir: 'memory://' }, settings.importRuns),
  postgres: await importTiming({ databaseUrl: importDb }, settings.importRuns),
};
results.adminBundle = adminBundle();

// 4. The server on PostgreSQL.
const targets = await findTargets(databaseUrl);
results.targets = targets;
const server = await startServer(['--database-url', databaseUrl]);
try {
  const client = new Client(server.base);
  await client.login(BENCH_ADMIN, BENCH_PASSWORD);

  log('checking that GraphQL and raw answer the same…');
  const deptVars = { id: targets.department.id, first: 100 };
  await same(client, DEPARTMENT_TASKS, deptVars, `/raw/department-tasks?id=${targets.department.id}&first=100`, 'department tasks');
  await same(client, MATRIX, { id: targets.document.id }, `/raw/matrix?id=${targets.document.id}`, 'responsibility matrix');
  results.answersIdentical = true;

  log('GraphQL execution alone: graphql-js against graphql-jit on the same answers…');
  results.executor = {
    departmentTasks: await executorComparison(DEPARTMENT_TASKS, deptVars, (await client.get(`/raw/department-tasks?id=${targets.department.id}&first=100`)) as { data: Record<string, unknown> }, settings.executorSeconds),
    matrix: await executorComparison(MATRIX, { id: targets.document.id }, (await client.get(`/raw/matrix?id=${targets.document.id}`)) as { data: Record<string, unknown> }, settings.executorSeconds),
  };

  log('statements per request…');
  results.statements = await statementCounts(client, targets);

  log('throughput, raw and GraphQL alternating…');
  results.departmentTasks = await sideBySide(
    client,
    { query: DEPARTMENT_TASKS, variables: deptVars },
    `/raw/department-tasks?id=${targets.department.id}&first=100`,
  );
  results.matrix = await sideBySide(client, { query: MATRIX, variables: { id: targets.document.id } }, `/raw/matrix?id=${targets.document.id}`);

  log('mixed load (80 % reads, 20 % reportProgress)…');
  results.mixed = await mixedLoad(client, targets);
} finally {
  await server.stop();
}

// 4b. The same two reads with a lever pulled (server/levers.ts), raw alongside again: the API executing with
// graphql-js instead of graphql-jit.
const leverResults: Record<string, unknown> = {};
for (const levers of ['graphql-js']) {
  log(`levers ${levers}: the two reads again…`);
  const leverServer = await startServer(['--database-url', databaseUrl, '--lever', levers]);
  try {
    const client = new Client(leverServer.base);
    await client.login(BENCH_ADMIN, BENCH_PASSWORD);
    const deptVars = { id: targets.department.id, first: 100 };
    await same(client, DEPARTMENT_TASKS, deptVars, `/raw/department-tasks?id=${targets.department.id}&first=100`, `department tasks (${levers})`);
    await same(client, MATRIX, { id: targets.document.id }, `/raw/matrix?id=${targets.document.id}`, `responsibility matrix (${levers})`);
    leverResults[levers] = {
      departmentTasks: await sideBySide(client, { query: DEPARTMENT_TASKS, variables: deptVars }, `/raw/department-tasks?id=${targets.department.id}&first=100`),
      matrix: await sideBySide(client, { query: MATRIX, variables: { id: targets.document.id } }, `/raw/matrix?id=${targets.document.id}`),
    };
  } finally {
    await leverServer.stop();
  }
}
results.levers = leverResults;

// 5. Embedded: the same department query on PGlite, and the event loop meanwhile.
log('embedded mode (PGlite, city scale)…');
const embeddedTargets = await findTargetsPGlite(pgliteDir);
const embedded = await startServer(['--data-dir', pgliteDir]);
try {
  const client = new Client(embedded.base);
  await client.login(BENCH_ADMIN, BENCH_PASSWORD);
  results.embedded = await embeddedRun(client, embeddedTargets.departmentId, { connections: settings.embeddedConnections, seconds: settings.embeddedSeconds });
} finally {
  await embedded.stop();
}

results.machine = { ...(results.machine as object), loadAverageAtEnd: load1() };
results.finishedAt = new Date().toISOString();
const day = new Date().toISOString().slice(0, 10);
const file = `${ROOT}bench/results/${day}${quick ? '-quick' : ''}.json`;
mkdirSync(`${ROOT}bench/results`, { recursive: true });
writeFileSync(file, `${JSON.stringify(results, null, 2)}\n`);
writeMarkdown(`${ROOT}docs/benchmarks.md`, results, file.slice(ROOT.length));
log(`results: ${file}`);

// ————————————————————————————————————————————————————————————————————————————————

interface Targets {
  department: { id: string; name: string; assignments: number };
  document: { id: string; title: string; tasks: number };
  fixtures: { size: number; departmentId: string; documentId: string }[];
  reportAssignments: string[];
}

async function withPg<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function hasData(url: string): Promise<boolean> {
  try {
    return await withPg(url, async (c) => (await c.query('SELECT 1 FROM task LIMIT 1')).rowCount === 1);
  } catch {
    return false;
  }
}

async function tableCounts(url: string): Promise<Record<string, number>> {
  return withPg(url, async (c) => {
    const tables = ['jurisdiction', 'department', 'policy_document', 'task', 'assignment', 'progress_report'];
    const counts: Record<string, number> = {};
    for (const table of tables) counts[table] = Number((await c.query<{ n: string }>(`SELECT count(*) AS n FROM "${table}"`)).rows[0]?.n);
    return counts;
  });
}

async function findTargets(url: string): Promise<Targets> {
  return withPg(url, async (c) => {
    const department = (await c.query(TARGET_SQL.department)).rows[0] as { id: string; name: string; n: number };
    const document = (await c.query(TARGET_SQL.document)).rows[0] as { id: string; title: string; n: number };
    const fixtures = (await c.query(TARGET_SQL.fixtures)).rows as { key: string; documentId: string; departmentId: string }[];
    const reportAssignments = (await c.query(TARGET_SQL.reportAssignments)).rows.map((r: { id: string }) => r.id);
    return {
      department: { id: department.id, name: department.name, assignments: department.n },
      document: { id: document.id, title: document.title, tasks: document.n },
      fixtures: fixtures
        .map((f) => ({ size: Number(f.key.slice(FIXTURE_KEY_PREFIX.length)), departmentId: f.departmentId, documentId: f.documentId }))
        .sort((a, b) => a.size - b.size),
      reportAssignments,
    };
  });
}

async function findTargetsPGlite(dataDir: string): Promise<{ departmentId: string }> {
  const db = await PGliteThread.open({ dataDir });
  try {
    const rows = (await db.query(TARGET_SQL.department)).rows as { id: string }[];
    const id = rows[0]?.id;
    if (!id) throw new Error('no department in the PGlite bench data');
    return { departmentId: id };
  } finally {
    await db.close();
  }
}

async function same(client: Client, query: string, variables: Record<string, unknown>, rawPath: string, what: string): Promise<void> {
  const viaGraphql = normalize(await client.graphql(query, variables));
  const viaRaw = normalize(await client.get(rawPath));
  const difference = firstDifference(viaGraphql, viaRaw);
  if (difference) {
    results.answersIdentical = false;
    results.mismatch = { what, difference };
    const day = new Date().toISOString().slice(0, 10);
    writeFileSync(`${ROOT}bench/results/${day}-mismatch.json`, `${JSON.stringify({ results, graphql: viaGraphql, raw: viaRaw }, null, 2)}\n`);
    throw new Error(`${what}: GraphQL and raw answers differ at ${difference}`);
  }
}

async function statementCounts(client: Client, targets: Targets) {
  const rows: { size: number; departmentTasks: { graphql: number; raw: number }; matrix: { graphql: number; raw: number }; sample?: string[] }[] = [];
  const count = async (send: () => Promise<unknown>) => {
    await send();
    return ((await client.get('/bench/statements')) as { count: number; statements: string[] });
  };
  const record = { 'x-bench-record': '1' };
  for (const fixture of targets.fixtures) {
    const dg = await count(() => client.graphql(DEPARTMENT_TASKS, { id: fixture.departmentId, first: 100 }, record));
    const dr = await count(() => client.get(`/raw/department-tasks?id=${fixture.departmentId}&first=100`, record));
    const mg = await count(() => client.graphql(MATRIX, { id: fixture.documentId }, record));
    const mr = await count(() => client.get(`/raw/matrix?id=${fixture.documentId}`, record));
    rows.push({
      size: fixture.size,
      departmentTasks: { graphql: dg.count, raw: dr.count },
      matrix: { graphql: mg.count, raw: mr.count },
      ...(fixture.size === 120 ? { sample: dg.statements.map((s) => s.replace(/\s+/g, ' ').slice(0, 160)) } : {}),
    });
  }
  return rows;
}

async function sideBySide(client: Client, body: { query: string; variables: Record<string, unknown> }, rawPath: string) {
  const base = { connections: settings.connections, duration: settings.secondsPerRun };
  const rounds: { raw: Load & { cpuMs: CpuPerRequest }; graphql: Load & { cpuMs: CpuPerRequest } }[] = [];
  // Warm both paths (JIT, caches, pools) before measuring.
  await load({ ...base, duration: settings.warmupSeconds, url: `${client.base}${rawPath}` });
  await load({ ...base, duration: settings.warmupSeconds, url: `${client.base}/graphql`, method: 'POST', headers: client.headers(), body: JSON.stringify(body) });
  for (let round = 0; round < settings.rounds; round++) {
    let before = await cpuSnapshot(client);
    const raw = await load({ ...base, url: `${client.base}${rawPath}` });
    let after = await cpuSnapshot(client);
    const rawCpu = cpuPerRequest(before, after, raw.requests);
    before = after;
    const graphql = await load({
      ...base,
      url: `${client.base}/graphql`,
      method: 'POST',
      headers: client.headers(),
      body: JSON.stringify(body),
    });
    after = await cpuSnapshot(client);
    const graphqlCpu = cpuPerRequest(before, after, graphql.requests);
    rounds.push({ raw: { ...raw, cpuMs: rawCpu }, graphql: { ...graphql, cpuMs: graphqlCpu } });
    log(`  round ${String(round + 1)}: raw ${String(raw.requestsPerSecond)} req/s p99 ${String(raw.p99)} ms CPU ${String(rawCpu.node)} + ${String(rawCpu.postgres)} ms; GraphQL ${String(graphql.requestsPerSecond)} req/s p99 ${String(graphql.p99)} ms CPU ${String(graphqlCpu.node)} + ${String(graphqlCpu.postgres)} ms`);
  }
  const pick = (side: 'raw' | 'graphql', field: 'requestsPerSecond' | 'p50' | 'p99') => median(rounds.map((r) => r[side][field]));
  const cpu = (side: 'raw' | 'graphql', part: 'node' | 'postgres') => median(rounds.map((r) => r[side].cpuMs[part]));
  const summary = {
    raw: { requestsPerSecond: pick('raw', 'requestsPerSecond'), p50: pick('raw', 'p50'), p99: pick('raw', 'p99'), cpuMs: { node: cpu('raw', 'node'), postgres: cpu('raw', 'postgres') } },
    graphql: { requestsPerSecond: pick('graphql', 'requestsPerSecond'), p50: pick('graphql', 'p50'), p99: pick('graphql', 'p99'), cpuMs: { node: cpu('graphql', 'node'), postgres: cpu('graphql', 'postgres') } },
  };
  return {
    rounds,
    median: summary,
    throughputRatio: Math.round((summary.graphql.requestsPerSecond / summary.raw.requestsPerSecond) * 1000) / 1000,
    p99Ratio: Math.round((summary.graphql.p99 / summary.raw.p99) * 100) / 100,
  };
}

/** Every fifth request (per autocannon's request counter) is a `reportProgress`; the rest read department tasks. */
async function mixedLoad(client: Client, targets: Targets) {
  const read = JSON.stringify({ query: DEPARTMENT_TASKS, variables: { id: targets.department.id, first: 100 } });
  let n = 0;
  let writes = 0;
  const ids = targets.reportAssignments;
  const percents = new Map<string, number>();
  const stamp = Date.now().toString(36);
  const request = {
    method: 'POST' as const,
    path: '/graphql',
    setupRequest: (req: { body?: string | Buffer }) => {
      n++;
      if (n % 5 !== 0) {
        req.body = read;
        return req;
      }
      writes++;
      const assignmentId = ids[writes % ids.length] ?? '';
      const percent = Math.min(100, (percents.get(assignmentId) ?? 0) + 1);
      percents.set(assignmentId, percent);
      req.body = JSON.stringify({
        query: REPORT_PROGRESS,
        variables: {
          input: {
            assignmentId,
            status: 'IN_PROGRESS',
            percent,
            narrative: `基准测试填报 ${String(writes)}`,
            idempotencyKey: `bench-${stamp}-${String(writes)}`,
          },
        },
      });
      return req;
    },
  };
  const result = await load(
    {
      url: client.base,
      connections: settings.mixedConnections,
      duration: settings.mixedSeconds,
      headers: client.headers(),
      requests: [request] as never,
    },
    true,
  );
  return { ...result, writesSent: writes, readsSent: n - writes };
}

/** Every dependency is pinned once, in the catalog: its version there is the version installed. */
function versions(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pkg of ['graphql', '@apollo/server', 'typeorm', 'pg', 'express', 'dataloader', '@electric-sql/pglite', 'autocannon']) {
    out[pkg] = readCatalog(pkg);
  }
  return out;
}

function readCatalog(name: string): string {
  const text = readFileSync(`${ROOT}pnpm-workspace.yaml`, 'utf8');
  const match = new RegExp(`^\\s+"?${name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}"?:\\s*(\\S+)`, 'm').exec(text);
  return match?.[1] ?? 'unknown';
}

function outputOf(error: unknown): string {
  const { stdout, stderr } = error as { stdout?: Buffer | string; stderr?: Buffer | string };
  return `${stdout?.toString() ?? ''}${stderr?.toString() ?? ''}`;
}

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

