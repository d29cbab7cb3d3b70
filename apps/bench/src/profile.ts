import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { BENCH_ADMIN, BENCH_PASSWORD, FIXTURE_KEY_PREFIX } from './data/generate.js';
import { benchDatabase } from './data/load.js';
import { benchEnv } from './env.js';
import { cpuPerRequest, cpuSnapshot } from './measure/cpu.js';
import { Client, load } from './measure/http.js';
import { DEPARTMENT_TASKS, MATRIX } from './server/queries.js';

/**
 * pnpm bench:profile [--query department|matrix] [--seconds n] [--connections n] [--scale city|province]
 *                    [--api dist|source] [--raw] [--no-profile]
 *
 * A CPU profile of the server under load: starts the bench's server process (server/serve.ts) with
 * `node --cpu-prof`, sends one of the two hot reads with autocannon (the raw route with --raw), stops the
 * server and summarises the profile — self time per function and per package — on stdout, after the CPU
 * time per request of the server and of PostgreSQL (--no-profile: only that, without the profiler's own
 * cost). The
 * `.cpuprofile` stays in bench/tmp/profiles/ for Chrome DevTools. Uses the data `pnpm bench:data` loaded.
 * No goal, no assertion: a tool for finding where the GraphQL route spends its CPU.
 */
const { values: flags } = parseArgs({
  options: {
    query: { type: 'string', default: 'department' },
    seconds: { type: 'string', default: '15' },
    connections: { type: 'string', default: '16' },
    scale: { type: 'string', default: 'city' },
    api: { type: 'string', default: 'dist' },
    raw: { type: 'boolean', default: false },
    'no-profile': { type: 'boolean', default: false },
  },
});
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const profileDir = `${ROOT}bench/tmp/profiles`;
mkdirSync(profileDir, { recursive: true });
const env = benchEnv();
const scale = flags.scale === 'province' ? 'province' : flags.scale === 'tiny' ? 'tiny' : 'city';
const url = new URL(env.pgUrl);
url.pathname = `/${benchDatabase(scale)}`;
const databaseUrl = url.toString();

const client0 = new pg.Client({ connectionString: databaseUrl });
await client0.connect();
const target =
  flags.query === 'matrix'
    ? (
        await client0.query<{ id: string }>(
          `SELECT d.id FROM policy_document d JOIN task t ON t.document_id = d.id
           WHERE d.document_key NOT LIKE $1 GROUP BY d.id ORDER BY count(*) DESC, d.id LIMIT 1`,
          [`${FIXTURE_KEY_PREFIX}%`],
        )
      ).rows[0]?.id
    : (
        await client0.query<{ id: string }>(
          `SELECT d.id FROM department d JOIN assignment a ON a.department_id = d.id
           WHERE d.name NOT LIKE '%基准测试单位%' GROUP BY d.id ORDER BY abs(count(*) - 120), d.id LIMIT 1`,
        )
      ).rows[0]?.id;
await client0.end();
if (!target) throw new Error(`no data in ${benchDatabase(scale)}: run pnpm bench:data --scale ${scale}`);

const existing = new Set(readdirSync(profileDir));
const serve = fileURLToPath(new URL('./server/serve.ts', import.meta.url));
const child = spawn(
  process.execPath,
  [
    ...(flags['no-profile'] ? [] : ['--cpu-prof', `--cpu-prof-dir=${profileDir}`]),
    '--import',
    'tsx',
    ...(flags.api === 'source' ? ['--conditions=@lianxi/source'] : []),
    serve,
    '--database-url',
    databaseUrl,
    '--api',
    flags.api,
  ],
  {
    cwd: fileURLToPath(new URL('../', import.meta.url)),
    env: env.childEnv,
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
const base = await new Promise<string>((resolve, reject) => {
  child.once('exit', (code) => {
    reject(new Error(`the server exited with ${String(code)}`));
  });
  createInterface({ input: child.stdout }).on('line', (line) => {
    const match = /^LISTENING (\d+)$/.exec(line);
    if (match) resolve(`http://127.0.0.1:${match[1] ?? ''}`);
  });
});
child.removeAllListeners('exit');

const client = new Client(base);
await client.login(BENCH_ADMIN, BENCH_PASSWORD);
const body =
  flags.query === 'matrix'
    ? { query: MATRIX, variables: { id: target } }
    : { query: DEPARTMENT_TASKS, variables: { id: target, first: 100 } };
const rawPath =
  flags.query === 'matrix' ? `/raw/matrix?id=${target}` : `/raw/department-tasks?id=${target}&first=100`;
const options = {
  connections: Number(flags.connections),
  duration: Number(flags.seconds),
  ...(flags.raw
    ? { url: `${base}${rawPath}` }
    : {
        url: `${base}/graphql`,
        method: 'POST' as const,
        headers: client.headers(),
        body: JSON.stringify(body),
      }),
};
await load({ ...options, duration: 2 });
const before = await cpuSnapshot(client);
const result = await load(options);
const cpu = cpuPerRequest(before, await cpuSnapshot(client), result.requests);
process.stderr.write(`[profile] ${JSON.stringify(result)}\n`);
process.stdout.write(
  `CPU per request: server ${String(cpu.node)} ms, PostgreSQL ${String(cpu.postgres)} ms (process CPU time, /bench/cpu)\n`,
);
await new Promise<void>((resolve) => {
  child.once('exit', () => {
    resolve();
  });
  child.kill('SIGTERM');
});

if (flags['no-profile']) process.exit(0);
const written = readdirSync(profileDir)
  .filter((name) => name.endsWith('.cpuprofile') && !existing.has(name))
  .map((name) => `${profileDir}/${name}`)
  .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
const file = written[0];
if (!file) throw new Error('no profile written');
summarise(file, result.requests);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

/** Self time per function and per package (node_modules package, Node internals, the API, GC …). */
function summarise(path: string, requests: number): void {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as {
    nodes: ProfileNode[];
    samples: number[];
    timeDeltas: number[];
  };
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const functions = new Map<string, number>();
  const packages = new Map<string, number>();
  let busy = 0;
  for (const [id, micros] of self) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    const where = packageOf(frame.url, frame.functionName);
    if (where !== '(idle)') busy += micros;
    packages.set(where, (packages.get(where) ?? 0) + micros);
    const name = `${frame.functionName || '(anonymous)'} ${shortUrl(frame.url)}:${String(frame.lineNumber + 1)}`;
    functions.set(name, (functions.get(name) ?? 0) + micros);
  }
  const ms = (micros: number) => (micros / 1000).toFixed(0).padStart(7);
  const pct = (micros: number) => `${((micros / busy) * 100).toFixed(1).padStart(5)} %`;
  process.stdout.write(`profile ${path}\n`);
  process.stdout.write(
    `busy ${ms(busy)} ms over ${String(requests)} requests: ${(busy / 1000 / Math.max(1, requests)).toFixed(2)} ms of CPU per request\n\nby package\n`,
  );
  for (const [name, micros] of [...packages].sort((a, b) => b[1] - a[1]).slice(0, 25)) {
    if (name !== '(idle)') process.stdout.write(`${ms(micros)} ms ${pct(micros)}  ${name}\n`);
  }
  process.stdout.write('\nby function (self time)\n');
  for (const [name, micros] of [...functions].sort((a, b) => b[1] - a[1]).slice(0, 40)) {
    process.stdout.write(`${ms(micros)} ms ${pct(micros)}  ${name}\n`);
  }
}

function packageOf(url: string, functionName: string): string {
  if (url === '') return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[1] ?? url.slice(5)}`;
  const modules = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules?.[1]) return modules[1];
  const workspace = /\/(apps|packages)\/([^/]+)\//.exec(url);
  return workspace ? `${workspace[1] ?? ''}/${workspace[2] ?? ''}` : url;
}

function shortUrl(url: string): string {
  return url
    .replace(/^file:\/\//, '')
    .replace(/^.*node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?/, '')
    .replace(ROOT, '');
}
