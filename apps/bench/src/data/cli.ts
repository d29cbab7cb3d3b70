import { parseArgs } from 'node:util';
import { benchEnv } from '../env.js';
import { SCALES, type ScaleName } from './generate.js';
import { benchDatabase, ensureDatabase, loadPGlite, loadPostgres } from './load.js';

/**
 * pnpm bench:data --scale province|city|tiny [--engine postgres|pglite] [--seed n]
 * PostgreSQL: the lianxi_bench database on BENCH_PG_URL (default postgres://postgres@127.0.0.1:5432/postgres);
 * PGlite: bench/tmp/pglite-<scale> under the repository root.
 */
const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: 'city' },
    engine: { type: 'string', default: 'postgres' },
    seed: { type: 'string' },
  },
});
const scaleName = values.scale as ScaleName;
const scale = SCALES[scaleName];
if (!(scaleName in SCALES)) {
  process.stderr.write(`--scale must be one of ${Object.keys(SCALES).join(', ')}\n`);
  process.exit(2);
}
const seed = values.seed === undefined ? undefined : Number(values.seed);
const report =
  values.engine === 'pglite'
    ? await loadPGlite(pgliteDir(scaleName), scale, seed)
    : await loadPostgres(await ensureDatabase(serverUrl(), benchDatabase(scaleName)), scale, seed);
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);

function serverUrl(): string {
  return benchEnv().pgUrl;
}

function pgliteDir(name: string): string {
  return new URL(`../../../../bench/tmp/pglite-${name}`, import.meta.url).pathname;
}
