import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { afterAll, beforeAll } from 'vitest';
import { createDataSource, type Engine, MEMORY, openDatabase } from '../data-source.js';
import { testDatabaseUrl } from './env.js';

/** The engines the database suites run on: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export const testEngines: readonly Engine[] = testDatabaseUrl ? ['pglite', 'postgres'] : ['pglite'];

export interface TestDatabase {
  engine: Engine;
  dataSource: DataSource;
  /** The URL of the server database (postgres only), e.g. for a second data source in a test. */
  databaseUrl: string | undefined;
  /** Closes the data source and, on the server, drops the database. */
  drop(): Promise<void>;
}

export interface TestDatabaseOptions {
  /** Run the migrations (default true). The drift test starts from an empty database. */
  migrate?: boolean;
}

/**
 * A fresh, migrated, throw-away database: an in-memory PGlite, or a new database `lianxi_t_<random>` on the
 * TEST_DATABASE_URL server, so test files running in parallel never see each other's rows.
 */
export async function createTestDatabase(
  engine: Engine,
  options: TestDatabaseOptions = {},
): Promise<TestDatabase> {
  const migrate = options.migrate ?? true;
  if (engine === 'pglite') {
    const dataSource = await open({ dataDir: MEMORY }, migrate);
    return { engine, dataSource, databaseUrl: undefined, drop: () => dataSource.destroy() };
  }
  if (!testDatabaseUrl) throw new Error('TEST_DATABASE_URL is not set: no PostgreSQL server to test on');
  const name = `lianxi_t_${randomBytes(6).toString('hex')}`;
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(testDatabaseUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  try {
    const dataSource = await open({ databaseUrl }, migrate);
    return {
      engine,
      dataSource,
      databaseUrl,
      drop: async () => {
        if (dataSource.isInitialized) await dataSource.destroy();
        await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      },
    };
  } catch (error) {
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    throw error;
  }
}

async function open(
  config: { databaseUrl?: string; dataDir?: string },
  migrate: boolean,
): Promise<DataSource> {
  return migrate ? openDatabase(config) : createDataSource(config).initialize();
}

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: testDatabaseUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/**
 * Inside a `describe`: a fresh migrated database for the block (made before its first test, dropped after
 * its last). Returns a getter, since the database exists only once the hooks ran.
 *
 *   describe.each(testEngines)('on %s', (engine) => {
 *     const db = withTestDatabase(engine);
 *     it('…', async () => { await departmentTasks(db(), …); });
 *   });
 */
export function withTestDatabase(engine: Engine, options: TestDatabaseOptions = {}): () => DataSource {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await createTestDatabase(engine, options);
  });
  afterAll(async () => {
    await database?.drop();
  });
  return () => {
    if (!database)
      throw new Error('withTestDatabase: the database is made in beforeAll; call the getter inside a test');
    return database.dataSource;
  };
}
