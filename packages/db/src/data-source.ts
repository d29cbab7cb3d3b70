import pg from 'pg';
import { DataSource } from 'typeorm';
import { PGlitePool } from './engine/pglite-pool.js';
import { PGliteThread } from './engine/pglite-thread.js';
import { PARSE, VALUE_PARSERS } from './engine/value-parsers.js';
import { migrations } from './migrations/index.js';
import { entities } from './schema/index.js';
import { StatementLogger } from './statement-log.js';

export interface DatabaseConfig {
  /** `postgres://…`: run on that PostgreSQL server (13 or later). */
  databaseUrl?: string;
  /** Without a URL: the embedded PGlite, persisted in this directory, or in memory for `memory://` (the default). */
  dataDir?: string;
  /** Print every statement to stderr. */
  logging?: boolean;
}

export type Engine = 'postgres' | 'pglite';

export const MEMORY = 'memory://';

export function engineOf(config: DatabaseConfig): Engine {
  return config.databaseUrl ? 'postgres' : 'pglite';
}

// Both engines parse values alike (engine/value-parsers.ts): dates stay strings, bigint and numeric are numbers.
const builtInParser = pg.types.getTypeParser as (oid: number, format: 'text' | 'binary') => unknown;

/**
 * A TypeORM data source with the postgres dialect on either engine. Not initialised: call `openDatabase`
 * (which also migrates) unless you know why not.
 */
export function createDataSource(config: DatabaseConfig): DataSource {
  const common = {
    type: 'postgres' as const,
    entities,
    migrations,
    migrationsTableName: 'migration',
    // The schema is the migrations' job. Ids default to gen_random_uuid(), built into PostgreSQL 13+ and PGlite:
    // 'pgcrypto' only makes TypeORM write that function (instead of uuid-ossp's), and no extension is installed.
    synchronize: false,
    installExtensions: false,
    uuidExtension: 'pgcrypto' as const,
    logger: new StatementLogger(config.logging ?? false),
    applicationName: 'lianxi',
  };
  if (config.databaseUrl) {
    if (!/^postgres(ql)?:\/\//.test(config.databaseUrl)) {
      throw new Error(`databaseUrl must start with postgres://, got ${config.databaseUrl}`);
    }
    return new DataSource({
      ...common,
      url: config.databaseUrl,
      driver: pg,
      extra: {
        types: {
          getTypeParser: (oid: number, format?: 'text' | 'binary'): unknown => {
            const named = VALUE_PARSERS[oid];
            return named ? PARSE[named] : builtInParser(oid, format ?? 'text');
          },
        },
      },
    });
  }
  const dataDir = config.dataDir ?? MEMORY;
  // pg_trgm and the value parsers are set up in the worker (engine/pglite-worker.js); the directory is created.
  const open = () => PGliteThread.open({ dataDir });
  // TypeORM makes one pool per initialize(); each pool owns one PGlite instance in its own worker thread,
  // opened on first use.
  const driver = {
    Pool: class extends PGlitePool {
      constructor() {
        super(open);
      }
    },
  };
  return new DataSource({ ...common, driver, database: 'postgres' });
}

/** Opens the database and brings its schema up to date. */
export async function openDatabase(config: DatabaseConfig): Promise<DataSource> {
  const dataSource = createDataSource(config);
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } catch (error) {
    await dataSource.destroy();
    throw error;
  }
  return dataSource;
}
