import { type DatabaseConfig, engineOf, openDatabase } from '@lianxi/db';
import { CliError } from './command.js';
import type { CliEnv } from './env.js';

type Database = Awaited<ReturnType<typeof openDatabase>>;

/** Where the data lives, for the user: the directory, or the server without the password. */
export function describeDatabase(env: CliEnv): string {
  if (!env.databaseUrl) return `PGlite（${env.dataDir}）`;
  const url = new URL(env.databaseUrl);
  url.password = url.password ? '***' : '';
  return `PostgreSQL（${url.toString()}）`;
}

/** Opens and migrates the database, runs `work`, closes it (also when `work` fails). */
export async function withDatabase<T>(env: CliEnv, work: (db: Database) => Promise<T>): Promise<T> {
  const config: DatabaseConfig = env.databaseUrl
    ? { databaseUrl: env.databaseUrl }
    : { dataDir: env.dataDir };
  let db: Database;
  try {
    db = await openDatabase(config);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(`无法打开数据库 ${describeDatabase(env)}（${engineOf(config)}）：${reason}`);
  }
  try {
    return await work(db);
  } finally {
    await db.destroy();
  }
}
