/** The bench's configuration, read once here. */
export interface BenchEnv {
  /** A PostgreSQL server URL (any database: the bench uses its own, lianxi_bench, created if missing). */
  pgUrl: string;
  /** The server-under-test's environment: this one with NODE_ENV=production. */
  childEnv: Record<string, string | undefined>;
}

export function benchEnv(source: Record<string, string | undefined> = process.env): BenchEnv {
  return {
    pgUrl: source.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    childEnv: { ...source, NODE_ENV: 'production' },
  };
}
