import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type openDatabase, select } from '@lianxi/db';
import type { Command } from 'commander';
import { CliError, type CommandModule } from '../command.js';
import { describeDatabase, withDatabase } from '../database.js';
import { readEnv } from '../env.js';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupHeader,
  backupLines,
  canonicalSession,
  migrationsOf,
  summarize,
  tablesInOrder,
} from './backup.js';

/**
 * Restores a `lianxi backup` file into a database with the same migrations, in ONE transaction: each table's
 * rows go in with one INSERT … SELECT FROM json_populate_recordset (so a table's references to itself are
 * checked at the end of the statement), parents before children. Afterwards every table's row count and
 * checksum must equal the file's header, or nothing is kept. The target must be empty unless --replace.
 */
export async function restoreDatabase(
  db: Awaited<ReturnType<typeof openDatabase>>, file: string, options: { replace: boolean }): Promise<BackupHeader> {
  const lines = backupLines(file)[Symbol.asyncIterator]();
  const first = await lines.next();
  let parsed: Partial<Record<keyof BackupHeader, unknown>> | null = null;
  try {
    parsed = JSON.parse(first.done ? '' : first.value) as Partial<Record<keyof BackupHeader, unknown>>;
  } catch {
    // reported below
  }
  if (parsed?.format !== BACKUP_FORMAT || parsed.version !== BACKUP_VERSION) {
    throw new CliError(`不是 Lianxi 备份文件或版本不支持 / not a supported Lianxi backup: ${file}`);
  }
  const header = parsed as BackupHeader;
  const migrations = await migrationsOf(db);
  if (JSON.stringify(migrations) !== JSON.stringify(header.migrations)) {
    throw new CliError(
      `备份与本程序的数据库结构版本不同,请用同一版本恢复 / the backup's migrations differ from this version's:\n` +
        `  backup: ${header.migrations.join(', ')}\n  here:   ${migrations.join(', ')}`,
    );
  }
  const rows = new Map<string, unknown[]>(header.tables.map((table) => [table.name, []]));
  for (let next = await lines.next(); !next.done; next = await lines.next()) {
    if (next.value.trim() === '') continue;
    const { table, row } = JSON.parse(next.value) as { table: string; row: unknown };
    const list = rows.get(table);
    if (!list) throw new CliError(`备份文件含有未知的表 / unknown table in the backup: ${table}`);
    list.push(row);
  }
  await db.transaction(async (tx) => {
    await canonicalSession(tx);
    const tables = await tablesInOrder(tx);
    const occupied = [];
    for (const table of tables) if ((await summarize(tx, table)).rows > 0) occupied.push(table);
    if (occupied.length > 0) {
      if (!options.replace) {
        throw new CliError(`目标数据库不是空的(${occupied.join(', ')});确认覆盖请加 --replace / the target is not empty; add --replace to overwrite it`);
      }
      await tx.query(`TRUNCATE ${tables.map((table) => `"${table}"`).join(', ')} CASCADE`);
    }
    for (const table of tables) {
      const list = rows.get(table) ?? [];
      if (list.length === 0) continue;
      await tx.query(`INSERT INTO "${table}" SELECT * FROM json_populate_recordset(NULL::"${table}", $1::json)`, [JSON.stringify(list)]);
    }
    for (const expected of header.tables) {
      const actual = await summarize(tx, expected.name);
      if (actual.rows !== expected.rows || actual.checksum !== expected.checksum) {
        throw new CliError(
          `恢复后表 ${expected.name} 与备份不一致(${actual.rows}/${expected.rows} 行),已全部撤销 / table ${expected.name} differs after restore; nothing was kept`,
        );
      }
    }
  });
  return header;
}

export const restoreCommand: CommandModule = {
  register(program: Command) {
    program
      .command('restore')
      .description('从备份文件恢复数据库(校验行数与校验和) / restore a backup, verified by row counts and checksums')
      .argument('<file>', '备份文件 / backup file')
      .option('--replace', '目标库非空时先清空 / empty a non-empty target first')
      .action(async (file: string, options: { replace?: boolean }) => {
        const env = readEnv();
        const path = resolve(env.cwd, file);
        if (!existsSync(path)) throw new CliError(`找不到备份文件 / no such file: ${path}`);
        const header = await withDatabase(env, (db) => restoreDatabase(db, path, { replace: options.replace ?? false }));
        const total = header.tables.reduce((sum, table) => sum + table.rows, 0);
        const [check] = await withDatabase(env, (db) => select<{ n: number }>(db, 'SELECT count(*)::int AS n FROM policy_document'));
        process.stdout.write(
          `已恢复到 ${describeDatabase(env)}：${header.tables.length} 张表，${total} 行，校验和一致（文件 ${header.createdAt}，${check?.n ?? 0} 份文件） / restored and verified ${total} rows\n`,
        );
      });
  },
};
