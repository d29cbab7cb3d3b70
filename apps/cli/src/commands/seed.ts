import type { Command } from 'commander';
import type { CommandModule } from '../command.js';
import { describeDatabase, withDatabase } from '../database.js';
import { readEnv } from '../env.js';
import { importSeeds } from '../seeds.js';

const OUTCOME = { CREATED: '新建', REVISED: '新版本', UNCHANGED: '未变化' } as const;

/** `lianxi seed` — import the five seed plans of data/seeds/ (again: nothing changes). */
export const seedCommand: CommandModule = {
  register(program: Command) {
    program
      .command('seed')
      .description('导入 data/seeds 中的五份示例文件 / import the five seed plans')
      .action(async () => {
        const env = readEnv();
        const reports = await withDatabase(env, (db) => importSeeds(db));
        process.stdout.write(`数据库：${describeDatabase(env)}\n`);
        for (const { file, report } of reports) {
          const { document, counts, jurisdiction } = report;
          process.stdout.write(
            `${file}：${jurisdiction.name} ${OUTCOME[document.outcome]}（第${document.revision}版），任务 ${counts.tasks} 项，责任分工 ${counts.assignments} 条，提示 ${report.warnings.length} 条\n`,
          );
        }
      });
  },
};
