import { resolve } from 'node:path';
import type { AssignmentRole, Comparator, DocumentStatus, JurisdictionLevel } from '@lianxi/domain';
import { type ParsedPolicy, toCliJson } from '@lianxi/policy-parser';
import type { Command } from 'commander';
import type { CommandModule } from '../command.js';
import { readEnv } from '../env.js';
import { parsePolicyFile } from '../policy-file.js';

interface ParseOptions {
  json?: boolean;
  jurisdiction?: string;
}

const STATUS: Record<DocumentStatus, string> = { EFFECTIVE: '有效', REPEALED: '已废止', DRAFT: '征求意见稿' };
const LEVEL: Record<JurisdictionLevel, string> = {
  PROVINCE: '省级',
  CITY: '市级',
  COUNTY: '县级',
  TOWNSHIP: '乡镇级',
};
const ROLE: Record<AssignmentRole, string> = { LEAD: '牵头', SUPPORT: '配合', LOCAL: '属地' };
const COMPARATOR: Record<Comparator, string> = { GTE: '≥', LTE: '≤', EQ: '=' };

const list = (names: readonly string[], max = 10) =>
  names.length > max ? `${names.slice(0, max).join('、')} 等${names.length}个` : names.join('、');

/** A parse as the office reads it, in Chinese: what the document is, then the matrix, targets, meeting, duties. */
export function formatParseSummary(parsed: ParsedPolicy, file: string): string {
  const { document, jurisdiction, tasks, targets, jointMeeting, duties, units, cleaning, warnings } = parsed;
  const lines = [
    `解析：${file}`,
    `标题：${document.title || '（未识别）'}`,
    `文号：${document.docNumber ?? '（无）'}，发文机关：${document.issuer ?? '（未识别）'}，日期：${document.issuedOn ?? '（无）'}，状态：${STATUS[document.status]}`,
  ];
  if (document.validityNote) lines.push(`效力说明：${document.validityNote}`);
  if (jurisdiction) {
    lines.push(
      `行政区划：${jurisdiction.name}（${LEVEL[jurisdiction.level]}${jurisdiction.parentName ? `，上级 ${jurisdiction.parentName}` : ''}）`,
    );
  }
  if (document.cites.length) lines.push(`引用文件：${document.cites.join('、')}`);

  const assigned = tasks.filter((task) => task.assignments.length > 0);
  lines.push(
    `任务 ${tasks.length} 项，其中有责任单位的 ${assigned.length} 项，责任分工 ${tasks.reduce((sum, task) => sum + task.assignments.length, 0)} 条：`,
  );
  for (const task of tasks) {
    const byRole = (['LEAD', 'SUPPORT', 'LOCAL'] as const)
      .map((role) => {
        const names = task.assignments
          .filter((assignment) => assignment.role === role)
          .map((assignment) => assignment.unit);
        return names.length ? `${ROLE[role]}：${list(names)}` : '';
      })
      .filter(Boolean)
      .join('；');
    const deadline = task.deadline ? `（期限 ${task.deadline}）` : '';
    lines.push(
      `  ${task.path.join('/')} ${task.heading ?? `${Array.from(task.text).slice(0, 16).join('')}…`}${deadline}${byRole ? ` — ${byRole}` : ''}`,
    );
  }

  if (targets.length) {
    lines.push(`目标 ${targets.length} 个：`);
    for (const target of targets) {
      const baseline = target.baseline ? `，基线 ${target.baseline.value}${target.unit ?? ''}` : '';
      lines.push(
        `  ${target.indicator} ${COMPARATOR[target.comparator]} ${target.value}${target.unit ?? ''}${target.year ? `（${target.year}年）` : ''}${baseline}`,
      );
    }
  }
  if (jointMeeting) {
    lines.push(
      `联席会议：${jointMeeting.name}，成员单位 ${jointMeeting.members.length} 个：${list(jointMeeting.members, 30)}`,
    );
    if (jointMeeting.convenor) lines.push(`  召集人：${jointMeeting.convenor}`);
    if (jointMeeting.office) lines.push(`  办公室：${jointMeeting.office}`);
  }
  if (duties.length)
    lines.push(
      `职责分工 ${duties.length} 条：${list(
        duties.map((duty) => duty.unit),
        30,
      )}`,
    );
  const unknown = units.filter((unit) => !unit.known).length;
  lines.push(`单位 ${units.length} 个${unknown ? `（未识别 ${unknown} 个）` : ''}`);
  if (cleaning.removedChars > 0) lines.push(`清理：删除 ${cleaning.removedChars} 个字符`);
  if (warnings.length) {
    lines.push(`提示 ${warnings.length} 条：`);
    for (const warning of warnings) lines.push(`  - [${warning.code}] ${warning.message}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * `lianxi parse <file> [--json]` — read a plan and print what the reader finds, without a database. With --json,
 * one JSON object in the shape of `toCliJson` (the API returns the same).
 */
export const parseCommand: CommandModule = {
  register(program: Command) {
    program
      .command('parse')
      .description(
        '解析一份政策文件（.txt/.html/.docx）并输出结果，不写数据库 / parse a plan and print the result',
      )
      .argument('<file>', '文件路径 / the plan file')
      .option('--json', '输出一个 JSON 对象 / print one JSON object')
      .option(
        '--jurisdiction <name>',
        '指定行政区划（覆盖文中识别的）/ the jurisdiction, overriding the text',
      )
      .action(async (file: string, options: ParseOptions) => {
        const env = readEnv();
        const parsed = await parsePolicyFile(resolve(env.cwd, file), options);
        process.stdout.write(
          options.json ? `${JSON.stringify(toCliJson(parsed), null, 2)}\n` : formatParseSummary(parsed, file),
        );
      });
  },
};
