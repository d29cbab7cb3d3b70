import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { PGlitePool } from './engine/pglite-pool.js';
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

/**
 * Both engines return the same JavaScript values: a `date` stays the `YYYY-MM-DD` string the domain uses
 * (pg and PGlite would both make a Date of it, at different time zones), `bigint` (count(*)) and `numeric`
 * (indicator values) become numbers. Instants (`timestamptz`) are Dates on both.
 */
const OID = { INT8: 20, DATE: 1082, NUMERIC: 1700 } as const;
const parsers: Record<number, (value: string) => unknown> = {
  [OID.INT8]: Number,
  [OID.DATE]: (value) => value,
  [OID.NUMERIC]: Number,
};

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
          getTypeParser: (oid: number, format?: 'text' | 'binary'): unknown =>
            parsers[oid] ?? builtInParser(oid, format ?? 'text'),
        },
      },
    });
  }
  const dataDir = config.dataDir ?? MEMORY;
  const open = () => {
    if (!dataDir.startsWith(MEMORY)) mkdirSync(dataDir, { recursive: true });
    return PGlite.create({ dataDir, extensions: { pg_trgm }, parsers });
  };
  // TypeORM makes one pool per initialize(); each pool owns one PGlite instance, opened on first use.
  const driver = {
    Pool: class extends PGlitePool {
      constructor() {
        let instance: Promise<PGlite> | undefined;
        super(() => (instance ??= open()));
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
