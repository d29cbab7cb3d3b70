import { randomInt } from 'node:crypto';

/**
 * The suite's configuration, read once. Quick mode (the default) is what CI runs in a few minutes;
 * RELIABILITY_LONG=1 runs the heavy counts (20,000 property runs, 200 crash cycles per engine, 60 s of load).
 */
const long = ['1', 'true', 'yes'].includes(process.env.RELIABILITY_LONG ?? '');
const seedText = process.env.RELIABILITY_SEED;

export const mode = {
  long,
  name: long ? 'long' : 'quick',
  /** fast-check runs per property. */
  propertyRuns: Number(process.env.RELIABILITY_RUNS ?? (long ? 20_000 : 1_000)),
  /** The seed of every property run: logged, and given back with RELIABILITY_SEED=… to replay a failure. */
  seed: seedText ? Number(seedText) : randomInt(2 ** 31),
  /** SIGKILL cycles per engine. */
  crashCycles: Number(process.env.RELIABILITY_CRASH_CYCLES ?? (long ? 200 : 20)),
  /** Seconds of mixed load. */
  loadSeconds: Number(process.env.RELIABILITY_LOAD_SECONDS ?? (long ? 60 : 10)),
  loadConnections: 50,
} as const;

/** An admin URL of a PostgreSQL server (TEST_DATABASE_URL, as in the other suites); without it PGlite only. */
export const testDatabaseUrl: string | undefined = process.env.TEST_DATABASE_URL?.trim() ? process.env.TEST_DATABASE_URL : undefined;

/** What a child process inherits (PATH, TEST_DATABASE_URL, …). */
export const parentEnv: NodeJS.ProcessEnv = process.env;
