import { readFile } from 'node:fs/promises';
import type { ImportCorrection } from '@lianxi/db';
import { z } from 'zod';
import { zhCN } from 'zod/locales';
import { CliError } from './command.js';

/**
 * The file `pnpm cli import --corrections` reads: a JSON array of the corrections the import review sends —
 *
 *   [{ "action": "CHANGE", "taskPath": ["二", "(一)", "1"], "unitName": "市卫健局", "newUnitName": "市卫生健康委员会" },
 *    { "action": "REMOVE", "taskPath": ["三"], "unitName": "市财政局" },
 *    { "action": "ADD", "taskPath": ["三"], "unitName": "市消防救援支队", "role": "SUPPORT" }]
 *
 * Only the shape is checked here; what a correction means against the plan (a task or a unit that is not
 * there) is the importer's check, inside its transaction, so that nothing is written when one is wrong.
 */
const correction = z.strictObject({
  action: z.enum(['CHANGE', 'REMOVE', 'ADD']),
  taskPath: z.array(z.string()).min(1),
  unitName: z.string(),
  departmentId: z.string().nullish(),
  newUnitName: z.string().nullish(),
  role: z.enum(['LEAD', 'SUPPORT', 'LOCAL']).nullish(),
});
const correctionsFile = z.array(correction);
/** zod's own messages, in Chinese for the office. */
const { localeError } = zhCN();

/** Where in the file a problem is, as the office counts: 第 2 条更正的 role. */
function place(path: readonly PropertyKey[]): string {
  const [index, field] = path;
  if (typeof index !== 'number') return '文件整体应是更正的数组 / the file must hold a JSON array';
  return `第 ${index + 1} 条更正${field === undefined ? '' : `的 ${String(field)}`}`;
}

/** Reads and checks a corrections file; a missing file, bad JSON or a wrong shape is bad input. */
export async function readCorrectionsFile(path: string): Promise<ImportCorrection[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new CliError(
      code === 'ENOENT'
        ? `更正文件不存在 / no such corrections file: ${path}`
        : `无法读取更正文件 / cannot read ${path}: ${String(code ?? error)}`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new CliError(`更正文件不是有效的 JSON / not JSON: ${path}: ${(error as Error).message}`);
  }
  const result = correctionsFile.safeParse(json, { error: localeError });
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new CliError(
      `更正文件格式有误 / bad corrections file: ${path}: ${issue ? `${place(issue.path)}：${issue.message}` : ''}`,
    );
  }
  return result.data;
}
