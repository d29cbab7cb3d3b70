import type { CheckedCorrection, DatabaseSummary, DocumentOutcome, ImportReport } from '@lianxi/db';
import { roleLabel } from '@lianxi/domain';

const OUTCOME: Record<DocumentOutcome, string> = { CREATED: '新建', REVISED: '新版本', UNCHANGED: '未变化' };

const list = (names: readonly string[], max = 12) =>
  names.length > max ? `${names.slice(0, max).join('、')} 等${names.length}个` : names.join('、');

/** One applied correction: 任务 二/(一)/1：市卫健局 → 市卫生健康委员会，改为牵头. */
function correctionLine(correction: CheckedCorrection): string {
  const { action, taskKey, unitName, departmentId, newUnitName, role } = correction;
  const task = `任务 ${taskKey}：`;
  const asRole = role ? `，${action === 'ADD' ? '' : '改为'}${roleLabel(role)}` : '';
  if (action === 'REMOVE') return `${task}移除 ${unitName}`;
  if (action === 'ADD')
    return `${task}新增 ${unitName}${departmentId ? `（部门 ${departmentId}）` : ''}${asRole}`;
  const target = newUnitName ?? (departmentId ? `部门 ${departmentId}` : null);
  return `${task}${unitName}${target ? ` → ${target}` : ''}${asRole}`;
}

/** An import report as the office reads it, in Chinese. */
export function formatImportReport(report: ImportReport, file?: string): string {
  const { jurisdiction, document, departments, counts, changes, warnings } = report;
  const lines = [
    `${report.dryRun ? '试导入（未写入数据库）' : '导入'}${file ? `：${file}` : ''}`,
    `行政区划：${jurisdiction.name}${jurisdiction.created ? '（新建）' : ''}`,
    `政策文件：${document.title}${document.docNumber ? ` ${document.docNumber}` : ''} — ${OUTCOME[document.outcome]}，第${document.revision}版`,
    `部门：匹配已有 ${departments.matched.length} 个，新建 ${departments.created.length} 个`,
  ];
  const renamed = departments.matched.filter(({ unit, department }) => unit !== department.name);
  if (renamed.length) {
    lines.push(`  按别称匹配：${list(renamed.map(({ unit, department }) => `${unit}→${department.name}`))}`);
  }
  if (departments.created.length)
    lines.push(`  新建：${list(departments.created.map((department) => department.name))}`);
  lines.push(
    `内容：任务 ${counts.tasks} 项，责任分工 ${counts.assignments} 条，职责 ${counts.duties} 条，指标 ${counts.indicators} 个，目标 ${counts.targets} 个，联席会议成员 ${counts.members} 个`,
  );
  if (report.corrections.length) {
    lines.push(`更正 ${report.corrections.length} 条：`);
    for (const correction of report.corrections) lines.push(`  - ${correctionLine(correction)}`);
  }
  if (changes) {
    lines.push(
      `修订：新增任务 ${changes.tasksAdded} 项，保留 ${changes.tasksKept} 项，撤销 ${changes.tasksWithdrawn} 项；撤销责任分工 ${changes.assignmentsWithdrawn} 条（进展记录保留）`,
    );
  }
  if (warnings.length) {
    lines.push(`提示 ${warnings.length} 条：`);
    for (const warning of warnings) lines.push(`  - [${warning.code}] ${warning.message}`);
  }
  return `${lines.join('\n')}\n`;
}

/** What the database holds, in Chinese. */
export function formatSummary(summary: DatabaseSummary): string {
  const { totals } = summary;
  const lines = [
    `共有行政区划 ${totals.jurisdictions} 个、政策文件 ${totals.documents} 份、任务 ${totals.tasks} 项、责任分工 ${totals.assignments} 条、部门 ${totals.departments} 个`,
    ...summary.jurisdictions.map(
      (row) =>
        `  ${row.name}：政策文件 ${row.documents} 份，任务 ${row.tasks} 项，责任分工 ${row.assignments} 条，部门 ${row.departments} 个`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}
