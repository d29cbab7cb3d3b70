import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * Writes the measured part of docs/benchmarks.md between two markers, so the hand-written analysis
 * around it survives every run.
 */
/** A full run and a quick run each have their own block. */
const markers = (quick: boolean) =>
  quick
    ? { start: '<!-- bench:quick:start -->', end: '<!-- bench:quick:end -->' }
    : { start: '<!-- bench:results:start -->', end: '<!-- bench:results:end -->' };

type Json = Record<string, unknown>;

const get = (value: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((v, k) => (v !== null && typeof v === 'object' ? (v as Json)[k] : undefined), value);
const num = (value: unknown, digits = 1): string => (typeof value === 'number' ? value.toFixed(digits) : '—');
const mark = (ok: boolean | null): string => (ok === null ? '—' : ok ? 'met' : '**missed**');

export function renderResults(r: Json, file: string): string {
  const lines: string[] = [];
  const machine = r.machine as Json;
  const versions = r.versions as Record<string, string>;
  lines.push(
    `Run ${String(r.startedAt)} → ${String(r.finishedAt)} (${r.quick ? 'quick, city scale' : 'full, province scale'}), commit ${String(r.commit)}, API from \`${String(r.apiFrom)}\`, NODE_ENV=production. Raw results: \`${file}\`.`,
    '',
    `Machine: ${String(machine.cpus)} × ${String(machine.cpuModel)}, ${String(machine.memoryGb)} GB, Node ${String(machine.node)}; load average at start ${JSON.stringify(machine.loadAverageAtStart)}, at end ${JSON.stringify(machine.loadAverageAtEnd)} (the machine is shared: numbers are noisy).`,
    '',
    `Versions: ${Object.entries(versions).map(([k, v]) => `${k} ${v}`).join(', ')}.`,
    '',
  );
  const counts = get(r, 'data.counts') as Json | undefined;
  if (counts) lines.push(`Data (PostgreSQL): ${Object.entries(counts).map(([k, v]) => `${String(v)} ${k}`).join(', ')}.`);
  for (const l of (get(r, 'data.loads') as Json[] | undefined) ?? []) {
    lines.push(`Load ${String(l.engine)} ${String(l.scale)}: ${num(get(l, 'seconds.generateAndLoad'))} s (generate + COPY), ${num(get(l, 'seconds.analyze'))} s VACUUM ANALYZE.`);
  }
  lines.push('');
  const targets = r.targets as Json | undefined;
  if (targets) {
    lines.push(
      `Department tasks: ${String(get(targets, 'department.name'))} (${String(get(targets, 'department.assignments'))} assignments, first page of 100). Matrix: "${String(get(targets, 'document.title'))}" (${String(get(targets, 'document.tasks'))} tasks). Answers identical after normalising key order: ${String(r.answersIdentical)}.`,
      '',
    );
  }

  const dt = r.departmentTasks as Json | undefined;
  const mx = r.matrix as Json | undefined;
  lines.push('| query | raw req/s | GraphQL req/s | ratio (goal ≥ 0.7) | raw p50 / p99 ms | GraphQL p50 / p99 ms | p99 ratio (goal ≤ 1.5) |', '|---|---|---|---|---|---|---|');
  for (const [name, s] of [['department tasks', dt], ['responsibility matrix', mx]] as const) {
    if (!s) continue;
    lines.push(
      `| ${name} | ${num(get(s, 'median.raw.requestsPerSecond'))} | ${num(get(s, 'median.graphql.requestsPerSecond'))} | ${num(s.throughputRatio, 3)} ${mark((s.throughputRatio as number) >= 0.7)} | ${num(get(s, 'median.raw.p50'), 0)} / ${num(get(s, 'median.raw.p99'), 0)} | ${num(get(s, 'median.graphql.p50'), 0)} / ${num(get(s, 'median.graphql.p99'), 0)} | ${num(s.p99Ratio, 2)} ${mark((s.p99Ratio as number) <= 1.5)} |`,
    );
  }
  lines.push('', 'Medians of three alternating rounds (raw, then GraphQL), autocannon on loopback, 16 connections.', '');
  const cpu = (s: unknown, side: 'raw' | 'graphql') => {
    const node = get(s, `median.${side}.cpuMs.node`);
    const pg = get(s, `median.${side}.cpuMs.postgres`);
    return typeof node === 'number' && typeof pg === 'number' ? { node, pg, total: node + pg } : null;
  };
  if (cpu(dt, 'raw')) {
    lines.push(
      'CPU time per request, same rounds (medians; process CPU time of the server and of its PostgreSQL backends, which a busy machine does not inflate the way it slows requests per second):',
      '',
      '| query | raw: server + PostgreSQL ms | GraphQL: server + PostgreSQL ms | raw ÷ GraphQL CPU |',
      '|---|---|---|---|',
    );
    for (const [name, s] of [['department tasks', dt], ['responsibility matrix', mx]] as const) {
      const raw = cpu(s, 'raw');
      const graphql = cpu(s, 'graphql');
      if (!raw || !graphql) continue;
      lines.push(
        `| ${name} | ${num(raw.node, 2)} + ${num(raw.pg, 2)} = ${num(raw.total, 2)} | ${num(graphql.node, 2)} + ${num(graphql.pg, 2)} = ${num(graphql.total, 2)} | ${num(raw.total / graphql.total, 2)} |`,
      );
    }
    lines.push('');
  }
  const leverText: Record<string, string> = {
    'graphql-js': 'the API executing with graphql-js instead of its compiled graphql-jit (`ServerConfig.executor`)',
  };
  for (const [levers, lever] of Object.entries((r.levers as Record<string, Json> | undefined) ?? {})) {
    lines.push(`With the lever \`${levers}\` — ${leverText[levers] ?? 'see apps/bench/src/server/levers.ts'} — same run, raw alongside again:`, '');
    lines.push('| query | raw req/s | GraphQL req/s | ratio | raw p99 ms | GraphQL p99 ms | p99 ratio | GraphQL server CPU ms |', '|---|---|---|---|---|---|---|---|');
    for (const [name, s] of [['department tasks', lever.departmentTasks], ['responsibility matrix', lever.matrix]] as const) {
      lines.push(
        `| ${name} | ${num(get(s, 'median.raw.requestsPerSecond'))} | ${num(get(s, 'median.graphql.requestsPerSecond'))} | ${num(get(s, 'throughputRatio'), 3)} | ${num(get(s, 'median.raw.p99'), 0)} | ${num(get(s, 'median.graphql.p99'), 0)} | ${num(get(s, 'p99Ratio'), 2)} | ${num(get(s, 'median.graphql.cpuMs.node'), 2)} |`,
      );
    }
    lines.push('');
  }

  const executor = r.executor as Record<string, Json> | undefined;
  if (executor) {
    lines.push('GraphQL execution alone (no database, no HTTP; default resolvers over the finished answer):', '');
    lines.push('| answer | fields | bytes | graphql-js ms | graphql-jit ms | speed-up | JSON.stringify ms |', '|---|---|---|---|---|---|---|');
    for (const [name, e] of [['department tasks', executor.departmentTasks], ['responsibility matrix', executor.matrix]] as const) {
      lines.push(`| ${name} | ${String(get(e, 'fields'))} | ${String(get(e, 'bytes'))} | ${num(get(e, 'graphqlJsMs'), 2)} | ${num(get(e, 'graphqlJitMs'), 2)} | ${num(get(e, 'speedup'))}× | ${num(get(e, 'jsonStringifyMs'), 2)} |`);
    }
    lines.push('');
  }

  const statements = r.statements as Json[] | undefined;
  if (statements) {
    lines.push('| tasks | department tasks: GraphQL / raw statements (goal ≤ 3) | matrix: GraphQL / raw statements (goal ≤ 4) |', '|---|---|---|');
    for (const s of statements) {
      const d = get(s, 'departmentTasks.graphql') as number;
      const m = get(s, 'matrix.graphql') as number;
      lines.push(`| ${String(s.size)} | ${String(d)} / ${String(get(s, 'departmentTasks.raw'))} ${mark(d <= 3)} | ${String(m)} / ${String(get(s, 'matrix.raw'))} ${mark(m <= 4)} |`);
    }
    lines.push('');
  }

  const mixed = r.mixed as Json | undefined;
  if (mixed) {
    lines.push(
      `Mixed load (80 % department tasks, 20 % \`reportProgress\`, 32 connections): ${num(mixed.requestsPerSecond)} req/s, p50 ${num(mixed.p50, 0)} ms, p99 ${num(mixed.p99, 0)} ms, ${String(mixed.requests)} requests (${String(mixed.readsSent)} reads and ${String(mixed.writesSent)} writes sent); errors: ${String(mixed.non2xx)} non-2xx, ${String(mixed.errors)} socket errors, ${String(mixed.timeouts)} timeouts, ${String(mixed.graphqlErrors)} answers with GraphQL errors.`,
      '',
    );
  }
  const parser = r.parser as Json | undefined;
  if (parser) {
    lines.push(`Policy reader: ${String(parser.documentsPerSecond)} seed documents/s of wall time, ${String(parser.documentsPerCpuSecond)} per CPU-second (average ${String(parser.averageChars)} characters; goal ≥ 200 on wall time: ${mark((parser.documentsPerSecond as number) >= 200)}).`);
  }
  const imp = r.import as Json | undefined;
  if (imp) {
    lines.push(
      `Import of ${String(get(imp, 'pglite.seed'))} (median of ${String(get(imp, 'pglite.runs'))}): PGlite ${num(get(imp, 'pglite.medianMs'))} ms (goal < 500 ms: ${mark((get(imp, 'pglite.medianMs') as number) < 500)}), PostgreSQL ${num(get(imp, 'postgres.medianMs'))} ms.`,
    );
  }
  const bundle = r.adminBundle as Json | undefined;
  if (bundle) {
    lines.push(
      bundle.built
        ? `Admin client, initial JS gzip: /login ${num(bundle.login)} KB, / ${num(bundle.home)} KB (goal ≤ 300 KB: ${mark((bundle.login as number) <= 300 && (bundle.home as number) <= 300)}).`
        : 'Admin client: not built (no apps/admin/dist/.vite/manifest.json).',
    );
  }
  lines.push('');
  const emb = r.embedded as Json | undefined;
  if (emb) {
    lines.push(
      `Embedded (PGlite, city scale, ${String(get(emb, 'graphql.requests'))} requests at 8 connections): department tasks ${num(get(emb, 'graphql.requestsPerSecond'))} req/s, p50 ${num(get(emb, 'graphql.p50'), 0)} ms, p99 ${num(get(emb, 'graphql.p99'), 0)} ms. Event-loop delay in the server process: idle p99 ${num(get(emb, 'eventLoopDelayIdleMs.p99'))} ms; during the burst p50 ${num(get(emb, 'eventLoopDelayDuringBurstMs.p50'))} ms, p99 ${num(get(emb, 'eventLoopDelayDuringBurstMs.p99'))} ms, max ${num(get(emb, 'eventLoopDelayDuringBurstMs.max'))} ms; a /healthz probe meanwhile: p50 ${num(get(emb, 'healthzDuringBurstMs.p50'))} ms, p99 ${num(get(emb, 'healthzDuringBurstMs.p99'))} ms.`,
      '',
    );
  }
  return lines.join('\n');
}

export function writeMarkdown(path: string, results: Json, file: string): void {
  const { start: START, end: END } = markers(results.quick === true);
  const block = `${START}\n${renderResults(results, file)}\n${END}`;
  const text = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmarks\n';
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  writeFileSync(path, start === -1 || end === -1 ? `${text}\n${block}\n` : `${text.slice(0, start)}${block}${text.slice(end + END.length)}`);
}
