import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importPolicy, openDatabase } from '@lianxi/db';
import { parsePolicy } from '@lianxi/policy-parser';
import { readSeeds } from '../data/templates.js';
import { median } from './http.js';

/** Measurements that need no API: the policy reader, one import, the admin's bundle. */

export interface ParserResult {
  documents: number;
  seconds: number;
  documentsPerSecond: number;
  /** Per second of this process's CPU time: what one core would do if it were not shared. */
  documentsPerCpuSecond: number;
  averageChars: number;
}

/** parsePolicy over the five seeds, round after round, for about `seconds` (after a warm-up round). */
export function parserThroughput(seconds: number): ParserResult {
  const seeds = readSeeds();
  for (const seed of seeds) parsePolicy(seed.text);
  let documents = 0;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  while (performance.now() - started < seconds * 1000) {
    for (const seed of seeds) {
      parsePolicy(seed.text);
      documents++;
    }
  }
  const elapsed = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return {
    documentsPerCpuSecond: Math.round(documents / cpuSeconds),
    documents,
    seconds: Math.round(elapsed * 100) / 100,
    documentsPerSecond: Math.round(documents / elapsed),
    averageChars: Math.round(seeds.reduce((sum, seed) => sum + seed.text.length, 0) / seeds.length),
  };
}

export interface ImportResult {
  seed: string;
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
}

export const IMPORT_SEED = 'benxi-city-2020.txt';

/**
 * importPolicy of one seed, `runs` times, each into a new jurisdiction (the same text in the same place is
 * UNCHANGED and writes nothing). Parsing is not timed.
 */
export async function importTiming(config: { databaseUrl: string } | { dataDir: string }, runs: number): Promise<ImportResult> {
  const seed = readSeeds().find((s) => s.file === IMPORT_SEED);
  if (!seed) throw new Error(`${IMPORT_SEED} missing`);
  const db = await openDatabase(config);
  const times: number[] = [];
  try {
    const stamp = Date.now().toString(36);
    const parsed = parsePolicy(seed.text);
    for (let i = 0; i < runs + 1; i++) {
      const started = performance.now();
      await importPolicy(db, parsed, { jurisdiction: `导入测试${stamp}${String(i)}市` });
      if (i > 0) times.push(performance.now() - started); // the first run warms the caches
    }
  } finally {
    await db.destroy();
  }
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return {
    seed: IMPORT_SEED,
    runs,
    medianMs: round(median(times)),
    minMs: round(Math.min(...times)),
    maxMs: round(Math.max(...times)),
  };
}

export interface BundleResult {
  built: boolean;
  login?: number;
  home?: number;
  output?: string;
}

const ADMIN_DIR = fileURLToPath(new URL('../../../admin/', import.meta.url));

/** The admin's own bundle-size script on its dist/ (KB gzip of the JS for /login and /). */
export function adminBundle(): BundleResult {
  if (!existsSync(`${ADMIN_DIR}dist/.vite/manifest.json`)) return { built: false };
  let output: string;
  try {
    output = execFileSync(process.execPath, [`${ADMIN_DIR}scripts/bundle-size.mjs`], { encoding: 'utf8' });
  } catch (error) {
    // The script exits 1 when a route is over its limit; its output is still the measurement.
    output = (error as { stdout?: Buffer | string }).stdout?.toString() ?? '';
  }
  const kb = (route: string) => {
    const match = new RegExp(`^${route.replace('/', '\\/')}\\s+([\\d.]+) KB`, 'm').exec(output);
    return match ? Number(match[1]) : undefined;
  };
  const login = kb('/login');
  const home = kb('/');
  return { built: true, ...(login === undefined ? {} : { login }), ...(home === undefined ? {} : { home }), output };
}
