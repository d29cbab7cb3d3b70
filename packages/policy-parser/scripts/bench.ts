/**
 * Throughput of parsePolicy over the five seeds, in documents per second, warm, in one process:
 *   pnpm exec tsx --conditions=@lianxi/source packages/policy-parser/scripts/bench.ts
 * BASELINE=<git ref> also loads `src/` as it was at that ref (extracted under node_modules/.cache) and runs both
 * in alternating rounds, so machine load hits both alike. ROUNDS (default 15) rounds of BATCH (default 20) passes
 * over the seeds each; the median round is reported, as wall-clock and as CPU time of this process.
 * Then the size check: the yongan seed repeated to 250 kB, 500 kB and 1 MB, once each per implementation.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as current from '../src/index.js';

type Parse = typeof current.parsePolicy;

const packageDir = join(import.meta.dirname, '..');
const seedDir = join(packageDir, '../../data/seeds');
const names = readdirSync(seedDir).filter((name) => name.endsWith('.txt'));
const seeds = names.map((name) => readFileSync(join(seedDir, name), 'utf8'));
const rounds = Number(process.env.ROUNDS ?? '15');
const batch = Number(process.env.BATCH ?? '20');

async function loadBaseline(ref: string): Promise<Parse> {
  const dir = join(packageDir, 'node_modules/.cache/bench-baseline');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const archive = execFileSync('git', ['archive', ref, 'src'], { cwd: packageDir, maxBuffer: 1 << 26 });
  execFileSync('tar', ['-x', '-C', dir], { input: archive });
  const module = (await import(pathToFileURL(join(dir, 'src/index.ts')).href)) as typeof current;
  return module.parsePolicy;
}

/** One round: `batch` passes over the seeds; documents per second by wall clock and by CPU time. */
function round(parse: Parse): { wall: number; cpu: number } {
  const cpuStart = process.cpuUsage();
  const started = performance.now();
  let tasks = 0;
  for (let pass = 0; pass < batch; pass++) for (const seed of seeds) tasks += parse(seed).tasks.length;
  const wallSeconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  if (tasks === 0) throw new Error('no tasks parsed');
  const documents = batch * seeds.length;
  return { wall: documents / wallSeconds, cpu: documents / cpuSeconds };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const implementations: [string, Parse][] = [['current', current.parsePolicy]];
const baselineRef = process.env.BASELINE;
if (baselineRef) implementations.unshift([`baseline ${baselineRef}`, await loadBaseline(baselineRef)]);

// Same output first: the comparison means nothing otherwise.
for (const [label, parse] of implementations.slice(1)) {
  for (const [index, seed] of seeds.entries()) {
    const a = JSON.stringify((implementations[0]?.[1] ?? parse)(seed));
    if (JSON.stringify(parse(seed)) !== a) throw new Error(`${label} differs on ${names[index] ?? ''}`);
  }
}

for (const [, parse] of implementations) round(parse); // warm-up
const results = new Map(
  implementations.map(([label]) => [label, { wall: [] as number[], cpu: [] as number[] }]),
);
for (let index = 0; index < rounds; index++) {
  for (const [label, parse] of implementations) {
    const { wall, cpu } = round(parse);
    results.get(label)?.wall.push(wall);
    results.get(label)?.cpu.push(cpu);
  }
}
console.log(
  `${String(seeds.length)} seeds, ${String(rounds)} rounds of ${String(batch * seeds.length)} documents`,
);
for (const [label, { wall, cpu }] of results) {
  console.log(
    `${label.padEnd(24)} median ${median(wall).toFixed(0)} docs/s wall (min ${Math.min(...wall).toFixed(0)}, max ${Math.max(...wall).toFixed(0)}), ${median(cpu).toFixed(0)} docs/CPU-s`,
  );
}

const yongan = seeds[names.indexOf('yongan-city-scraped.txt')] ?? seeds[0] ?? '';
for (const size of [250_000, 500_000, 1_000_000]) {
  const text = yongan.repeat(Math.ceil(size / yongan.length)).slice(0, size);
  for (const [label, parse] of implementations) {
    const started = performance.now();
    parse(text);
    console.log(
      `${label.padEnd(24)} ${String(size / 1000).padStart(5)} kB: ${(performance.now() - started).toFixed(0)} ms`,
    );
  }
}
