import { once } from 'node:events';
import { createReadStream, createWriteStream, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';
import { type Db, engineOf, type openDatabase, select, type transaction } from '@lianxi/db';
import type { Command } from 'commander';
import { CliError, type CommandModule } from '../command.js';
import { describeDatabase, withDatabase } from '../database.js';
import { readEnv } from '../env.js';

/**
 * A logical backup written by the app itself, the same on PGlite and PostgreSQL (a fresh machine has only
 * Node, no pg_dump): one JSON line of header — format, migrations, and per table its row count and checksum —
 * then one JSON line per row. Everything is read in ONE repeatable-read transaction, so the file is a
 * consistent snapshot even while the API writes. A name ending in .gz is gzipped.
 */
export const BACKUP_FORMAT = 'lianxi-backup';
export const BACKUP_VERSION = 1;

export interface TableSummary {
  name: string;
  rows: number;
  /** md5 of the table's rows as text, sorted: equal checksums mean equal contents. */
  checksum: string;
}

export interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  createdAt: string;
  engine: string;
  migrations: string[];
  tables: TableSummary[];
}

type Database = Awaited<ReturnType<typeof openDatabase>>;
/** The entity manager of a transaction in progress. */
type Tx = Parameters<Parameters<typeof transaction>[1]>[0];

/** Same text for the same data on both engines: instants in UTC, ISO dates. */
export async function canonicalSession(tx: Tx): Promise<void> {
  await tx.query(`SET LOCAL TimeZone = 'UTC'`);
  await tx.query(`SET LOCAL DateStyle = 'ISO, YMD'`);
  await tx.query(`SET LOCAL IntervalStyle = 'iso_8601'`);
}

/** The application's tables (not the migrations' bookkeeping), parents before children (foreign keys). */
export async function tablesInOrder(db: Db): Promise<string[]> {
  const tables = (
    await select<{ name: string }>(
      db,
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> 'migration' ORDER BY c.relname`,
    )
  ).map((row) => row.name);
  const edges = await select<{ child: string; parent: string }>(
    db,
    `SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent
     FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
     WHERE c.contype = 'f' AND n.nspname = 'public' AND c.conrelid <> c.confrelid`,
  );
  const ordered: string[] = [];
  const pending = new Set(tables);
  while (pending.size > 0) {
    const ready = [...pending].filter((table) =>
      edges.every((edge) => edge.child !== table || !pending.has(edge.parent.replace(/"/g, ''))),
    );
    if (ready.length === 0) throw new Error(`foreign keys form a cycle among ${[...pending].join(', ')}`);
    for (const table of ready) {
      ordered.push(table);
      pending.delete(table);
    }
  }
  return ordered;
}

export async function summarize(db: Db, table: string): Promise<TableSummary> {
  const [row] = await select<{ rows: number; checksum: string }>(
    db,
    `SELECT count(*)::int AS rows, coalesce(md5(string_agg(t::text, E'\\n' ORDER BY t::text)), '') AS checksum
     FROM "${table}" t`,
  );
  return { name: table, rows: row?.rows ?? 0, checksum: row?.checksum ?? '' };
}

export async function migrationsOf(db: Db): Promise<string[]> {
  return (await select<{ name: string }>(db, `SELECT name FROM migration ORDER BY id`)).map((row) => row.name);
}

/** Writes the backup of `db` to `file` (through a temporary file, renamed when complete). */
export async function backupDatabase(db: Database, file: string, engine: string): Promise<BackupHeader> {
  const partial = `${file}.partial`;
  const out = createWriteStream(partial);
  const sink = file.endsWith('.gz') ? createGzip() : null;
  sink?.pipe(out);
  const target = sink ?? out;
  const write = async (line: string) => {
    if (!target.write(`${line}\n`)) await once(target, 'drain');
  };
  try {
    const header = await db.transaction('REPEATABLE READ', async (tx) => {
      await canonicalSession(tx);
      const tables = await tablesInOrder(tx);
      const summaries: TableSummary[] = [];
      for (const table of tables) summaries.push(await summarize(tx, table));
      const header: BackupHeader = {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        createdAt: new Date().toISOString(),
        engine,
        migrations: await migrationsOf(tx),
        tables: summaries,
      };
      await write(JSON.stringify(header));
      for (const table of tables) {
        const rows = await select<{ row: unknown }>(tx, `SELECT row_to_json(t) AS row FROM "${table}" t`);
        for (const { row } of rows) await write(JSON.stringify({ table, row }));
      }
      return header;
    });
    target.end();
    await once(out, 'close');
    renameSync(partial, file);
    return header;
  } catch (error) {
    out.destroy();
    rmSync(partial, { force: true });
    throw error;
  }
}

/** The lines of a backup file (gunzipped when the name ends in .gz). */
export function backupLines(file: string): AsyncIterable<string> {
  const input = createReadStream(file);
  return createInterface({ input: file.endsWith('.gz') ? input.pipe(createGunzip()) : input, crlfDelay: Infinity });
}

export const backupCommand: CommandModule = {
  register(program: Command) {
    program
      .command('backup')
      .description('备份数据库到文件(一致快照,两种引擎通用) / write a consistent logical backup of the database')
      .argument('<file>', '备份文件,以 .gz 结尾则压缩 / backup file (.gz: gzipped)')
      .action(async (file: string) => {
        const env = readEnv();
        const path = resolve(env.cwd, file);
        const header = await withDatabase(env, (db) =>
          backupDatabase(db, path, engineOf(env.databaseUrl ? { databaseUrl: env.databaseUrl } : {})).catch((error: unknown) => {
            throw new CliError(`备份失败 / backup failed: ${error instanceof Error ? error.message : String(error)}`);
          }),
        );
        const rows = header.tables.reduce((sum, table) => sum + table.rows, 0);
        process.stdout.write(
          `已备份 ${describeDatabase(env)} 到 ${path}：` +
            `${header.tables.length} 张表，${rows} 行 / backed up ${rows} rows of ${header.tables.length} tables\n`,
        );
      });
  },
};
