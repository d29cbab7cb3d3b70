import { openDatabase, PGliteThread } from '@lianxi/db';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { COLUMNS, generate, type Batch, type Scale, TABLES, type Table } from './generate.js';
import { copyText } from './copy-text.js';
import { seedTemplates } from './templates.js';

export const BENCH_DATABASE = 'lianxi_bench';

/** One database per scale, so a quick run never wipes the province: lianxi_bench, lianxi_bench_city … */
export function benchDatabase(scale: string): string {
  return scale === 'province' ? BENCH_DATABASE : `${BENCH_DATABASE}_${scale}`;
}

export interface LoadReport {
  engine: 'postgres' | 'pglite';
  scale: string;
  rows: Record<Table, number>;
  seconds: { generateAndLoad: number; analyze: number };
}

/** The server URL with another database name. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Creates the bench database when missing (never touches any other). */
export async function ensureDatabase(serverUrl: string, database = BENCH_DATABASE): Promise<string> {
  if (!database.startsWith(BENCH_DATABASE)) throw new Error(`refusing to use ${database}: not a bench database`);
  const client = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
  return withDatabase(serverUrl, database);
}

const TRUNCATE = `TRUNCATE ${[...TABLES, 'session', 'audit_event', 'idempotency_key', 'reminder', 'measurement', 'duty', 'indicator', 'target', 'meeting', 'resolution']
  .map((t) => `"${t}"`)
  .join(', ')} CASCADE`;

function emptyCounts(): Record<Table, number> {
  return Object.fromEntries(TABLES.map((table) => [table, 0])) as Record<Table, number>;
}

/**
 * Generates the scale and loads it into PostgreSQL with COPY … FROM STDIN, after `openDatabase` brought the
 * schema up to date (so the rows land in exactly the product's schema). Replaces earlier bench data.
 */
export async function loadPostgres(databaseUrl: string, scale: Scale, seed?: number): Promise<LoadReport> {
  const dataSource = await openDatabase({ databaseUrl });
  await dataSource.destroy();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const rows = emptyCounts();
  const started = performance.now();
  try {
    await client.query(TRUNCATE);
    const { templates } = seedTemplates();
    for (const batch of generate(scale, templates, seed)) {
      await client.query('BEGIN');
      for (const table of TABLES) {
        if (batch[table].length === 0) continue;
        await copyInto(client, table, batch);
        rows[table] += batch[table].length;
      }
      await client.query('COMMIT');
    }
    const loaded = performance.now();
    await client.query('VACUUM ANALYZE');
    return {
      engine: 'postgres',
      scale: scale.name,
      rows,
      seconds: { generateAndLoad: (loaded - started) / 1000, analyze: (performance.now() - loaded) / 1000 },
    };
  } finally {
    await client.end();
  }
}

function copyInto(client: pg.Client, table: Table, batch: Batch): Promise<void> {
  const columns = COLUMNS[table].map((c) => `"${c}"`).join(', ');
  const stream = client.query(copyFrom(`COPY "${table}" (${columns}) FROM STDIN`));
  return new Promise((resolve, reject) => {
    stream.on('error', reject);
    stream.on('finish', () => {
      resolve();
    });
    stream.end(copyText(batch[table]));
  });
}

/**
 * The same into an embedded PGlite in `dataDir` (a directory, or memory:// for a throwaway): migrated by
 * `openDatabase`, then filled with COPY FROM '/dev/blob' on the same directory, through the db package's
 * worker-thread PGlite (the engine the API uses), one transaction per jurisdiction.
 */
export async function loadPGlite(dataDir: string, scale: Scale, seed?: number): Promise<LoadReport> {
  const dataSource = await openDatabase({ dataDir });
  await dataSource.destroy();
  const db = await PGliteThread.open({ dataDir });
  const rows = emptyCounts();
  const started = performance.now();
  try {
    await db.exec(TRUNCATE);
    const { templates } = seedTemplates();
    for (const batch of generate(scale, templates, seed)) {
      await db.exec('BEGIN');
      try {
        for (const table of TABLES) {
          if (batch[table].length === 0) continue;
          const columns = COLUMNS[table].map((c) => `"${c}"`).join(', ');
          await db.query(`COPY "${table}" (${columns}) FROM '/dev/blob'`, [], {
            blob: new Blob([copyText(batch[table])]),
          });
          rows[table] += batch[table].length;
        }
        await db.exec('COMMIT');
      } catch (error) {
        await db.exec('ROLLBACK');
        throw error;
      }
    }
    const loaded = performance.now();
    await db.exec('VACUUM ANALYZE');
    return {
      engine: 'pglite',
      scale: scale.name,
      rows,
      seconds: { generateAndLoad: (loaded - started) / 1000, analyze: (performance.now() - loaded) / 1000 },
    };
  } finally {
    await db.close();
  }
}
