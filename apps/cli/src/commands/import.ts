import { importPolicy, isDbError } from '@lianxi/db';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { CliError, type CommandModule } from '../command.js';
import { readCorrectionsFile } from '../corrections-file.js';
import { withDatabase } from '../database.js';
import { readEnv } from '../env.js';
import { formatImportReport } from '../format.js';
import { parsePolicyFile } from '../policy-file.js';

interface ImportOptions {
  dryRun?: boolean;
  corrections?: string;
  jurisdiction?: string;
  json?: boolean;
}

/** `lianxi import <file>` — parse a plan and write it into the database; prints the import report. */
export const importCommand: CommandModule = {
  register(program: Command) {
    program
      .command('import')
      .description('导入一份政策文件（.txt/.html/.docx）并输出导入报告 / import a plan and print the report')
      .argument('<file>', '文件路径 / the plan file')
      .option('--dry-run', '只生成报告，不写入数据库 / report only, write nothing')
      .option(
        '--jurisdiction <name>',
        '指定行政区划（覆盖文中识别的）/ the jurisdiction, overriding the text',
      )
      .option(
        '--corrections <file>',
        '导入前对识别结果的更正（JSON 数组，同导入审核的更正）/ corrections to apply, a JSON array as the import review sends',
      )
      .option('--json', '以 JSON 输出报告 / print the report as JSON')
      .action(async (file: string, options: ImportOptions) => {
        const env = readEnv();
        const parsed = await parsePolicyFile(resolve(env.cwd, file), options);
        const corrections =
          options.corrections === undefined
            ? undefined
            : await readCorrectionsFile(resolve(env.cwd, options.corrections));
        const report = await withDatabase(env, async (db) => {
          try {
            return await importPolicy(db, parsed, {
              ...(options.jurisdiction === undefined ? {} : { jurisdiction: options.jurisdiction }),
              dryRun: options.dryRun ?? false,
              ...(corrections === undefined ? {} : { corrections }),
            });
          } catch (error) {
            if (isDbError(error)) throw new CliError(`无法导入 ${file}：${error.message}`);
            throw error;
          }
        });
        process.stdout.write(
          options.json ? `${JSON.stringify(report, null, 2)}\n` : formatImportReport(report, file),
        );
      });
  },
};
