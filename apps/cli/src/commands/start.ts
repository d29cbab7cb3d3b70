import { databaseSummary, select } from '@lianxi/db';
import type { Command } from 'commander';
import type { CommandModule } from '../command.js';
import { describeDatabase, withDatabase } from '../database.js';
import { readEnv } from '../env.js';
import { formatSummary } from '../format.js';
import { importSeeds } from '../seeds.js';

/**
 * `lianxi start` — open the database (the embedded one in DATA_DIR, default .data/, or DATABASE_URL), bring
 * its schema up to date, import the five seed plans when it holds no document yet, and say what it holds.
 */
export const startCommand: CommandModule = {
  register(program: Command) {
    program
      .command('start')
      .description(
        '打开数据库并执行迁移；为空时导入示例文件；输出数据概况 / open, migrate, seed if empty, summarise',
      )
      .action(async () => {
        const env = readEnv();
        const output = await withDatabase(env, async (db) => {
          const [documents] = await select<{ count: number }>(
            db,
            `SELECT count(*) AS count FROM policy_document`,
          );
          const seeded = (documents?.count ?? 0) === 0 ? await importSeeds(db) : [];
          return { seeded, summary: await databaseSummary(db) };
        });
        process.stdout.write(`数据库：${describeDatabase(env)}，结构已是最新\n`);
        if (output.seeded.length) {
          process.stdout.write(
            `数据库为空，已导入示例文件 ${output.seeded.length} 份：${output.seeded.map(({ file }) => file).join('、')}\n`,
          );
        }
        process.stdout.write(formatSummary(output.summary));
      });
  },
};
