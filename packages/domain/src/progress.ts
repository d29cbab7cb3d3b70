import type { Id, IndicatorValue, ProgressReport, ProgressStatus } from './model.js';
import { compareCodeUnits } from './order.js';
import { parsePeriod } from './period.js';

/**
 * 进展 / 填报 — progress reports are never overwritten: a new report names the one it supersedes
 * (`supersedesId`), so an assignment's reports form a chain whose head is the current state.
 */

/** What `latestReport` reads; full ProgressReports fit. */
export type ChainedReport = Pick<ProgressReport, 'id' | 'reportedAt' | 'supersedesId'>;

function compareByTime(a: ChainedReport, b: ChainedReport): number {
  const byTime = a.reportedAt.getTime() - b.reportedAt.getTime();
  return Math.sign(byTime) || compareCodeUnits(a.id, b.id);
}

function latestByTime<R extends ChainedReport>(reports: readonly R[]): R | null {
  let latest: R | null = null;
  for (const report of reports) {
    if (latest === null || compareByTime(report, latest) > 0) latest = report;
  }
  return latest;
}

/**
 * The current report of one assignment: the head of the supersession chain, i.e. a report no other report
 * supersedes. The chain wins over the clock (a report that supersedes another is newer even if a skewed
 * clock stamped it earlier). Two heads (two people reported at once from the same previous report) are
 * decided by `reportedAt`, then by id, so every caller picks the same one; so is data with no head at all
 * (a cycle, which the API never writes). Null for no reports.
 */
export function latestReport<R extends ChainedReport>(reports: readonly R[]): R | null {
  const superseded = new Set<Id>();
  for (const report of reports) {
    if (report.supersedesId !== null) superseded.add(report.supersedesId);
  }
  const heads = reports.filter((report) => !superseded.has(report.id));
  return latestByTime(heads.length > 0 ? heads : reports);
}

/** `latestReport` for each assignment among reports of many. */
export function latestReportsByAssignment<R extends ChainedReport & Pick<ProgressReport, 'assignmentId'>>(
  reports: readonly R[],
): Map<Id, R> {
  const byAssignment = new Map<Id, R[]>();
  for (const report of reports) {
    const list = byAssignment.get(report.assignmentId);
    if (list) list.push(report);
    else byAssignment.set(report.assignmentId, [report]);
  }
  const latest = new Map<Id, R>();
  for (const [assignmentId, list] of byAssignment) {
    const head = latestReport(list);
    if (head) latest.set(assignmentId, head);
  }
  return latest;
}

export const NARRATIVE_MAX_LENGTH = 4000;

export type ProgressProblemCode =
  | 'PERCENT_NOT_INTEGER'
  | 'PERCENT_OUT_OF_RANGE'
  | 'COMPLETED_REQUIRES_FULL_PERCENT'
  | 'FULL_PERCENT_REQUIRES_COMPLETED'
  | 'NOT_STARTED_REQUIRES_ZERO_PERCENT'
  | 'NARRATIVE_REQUIRED'
  | 'NARRATIVE_TOO_LONG'
  | 'PERIOD_INVALID'
  | 'INDICATOR_VALUE_INVALID'
  | 'INDICATOR_DUPLICATE'
  | 'INDICATOR_UNKNOWN';

export interface ProgressProblem {
  code: ProgressProblemCode;
  /** The input field the form shows the message under. */
  field: 'status' | 'percent' | 'narrative' | 'period' | 'indicatorValues';
  /** For indicator problems: the indicator concerned. */
  indicatorId?: Id;
  /** A sentence in Chinese for the person filling in the form. */
  message: string;
}

export interface ProgressInput {
  status: ProgressStatus;
  percent: number;
  narrative: string;
  indicatorValues: readonly IndicatorValue[];
  /** Checked when given: `2025-Q3` or `2025`. */
  period?: string;
}

export interface ValidateProgressOptions {
  /** The indicators this assignment may report on; when given, values for others are a problem. */
  indicatorIds?: readonly Id[];
}

/** Characters as PostgreSQL counts them (code points: a CJK character is one), not UTF-16 units. */
function characterCount(text: string): number {
  return Array.from(text).length;
}

/**
 * Everything wrong with a progress input, in form order; an empty list means it may be saved. The API and
 * the admin form run the same rules, so a form that passes is never rejected by the server:
 *
 * - percent is a whole number from 0 to 100;
 * - COMPLETED means 100 and 100 means COMPLETED (a finished task is marked as such, so its light is right);
 *   NOT_STARTED means 0;
 * - the narrative (trimmed) says what was done: required except for NOT_STARTED, at most 4000 characters;
 * - the period, when given, is a valid period;
 * - each indicator value is a finite number, one per indicator, and (when the list is given) for an
 *   indicator of the assignment.
 */
export function validateProgressInput(
  input: ProgressInput,
  options: ValidateProgressOptions = {},
): ProgressProblem[] {
  const problems: ProgressProblem[] = [];
  const { status, percent } = input;

  if (!Number.isInteger(percent)) {
    problems.push({ code: 'PERCENT_NOT_INTEGER', field: 'percent', message: '完成进度须为整数百分比' });
  } else if (percent < 0 || percent > 100) {
    problems.push({ code: 'PERCENT_OUT_OF_RANGE', field: 'percent', message: '完成进度须在0到100之间' });
  } else if (status === 'COMPLETED' && percent !== 100) {
    problems.push({
      code: 'COMPLETED_REQUIRES_FULL_PERCENT',
      field: 'percent',
      message: '状态为“已完成”时，完成进度应为100%',
    });
  } else if (status !== 'COMPLETED' && percent === 100) {
    problems.push({
      code: 'FULL_PERCENT_REQUIRES_COMPLETED',
      field: 'status',
      message: '完成进度为100%时，请将状态设为“已完成”',
    });
  } else if (status === 'NOT_STARTED' && percent !== 0) {
    problems.push({
      code: 'NOT_STARTED_REQUIRES_ZERO_PERCENT',
      field: 'percent',
      message: '状态为“未启动”时，完成进度应为0%',
    });
  }

  const narrativeLength = characterCount(input.narrative.trim());
  if (narrativeLength === 0 && status !== 'NOT_STARTED') {
    problems.push({ code: 'NARRATIVE_REQUIRED', field: 'narrative', message: '请填写工作进展情况' });
  } else if (narrativeLength > NARRATIVE_MAX_LENGTH) {
    problems.push({
      code: 'NARRATIVE_TOO_LONG',
      field: 'narrative',
      message: `进展情况不能超过${NARRATIVE_MAX_LENGTH}字（当前${narrativeLength}字）`,
    });
  }

  if (input.period !== undefined && parsePeriod(input.period) === null) {
    problems.push({
      code: 'PERIOD_INVALID',
      field: 'period',
      message: '报送期间格式不正确，应为“2025-Q3”（季度）或“2025”（年度）',
    });
  }

  const allowed = options.indicatorIds === undefined ? null : new Set(options.indicatorIds);
  const seen = new Set<Id>();
  for (const { indicatorId, value } of input.indicatorValues) {
    if (allowed !== null && !allowed.has(indicatorId)) {
      problems.push({
        code: 'INDICATOR_UNKNOWN',
        field: 'indicatorValues',
        indicatorId,
        message: '该指标不属于本项任务',
      });
    } else if (seen.has(indicatorId)) {
      problems.push({
        code: 'INDICATOR_DUPLICATE',
        field: 'indicatorValues',
        indicatorId,
        message: '同一指标只能填报一个数值',
      });
    } else if (!Number.isFinite(value)) {
      problems.push({
        code: 'INDICATOR_VALUE_INVALID',
        field: 'indicatorValues',
        indicatorId,
        message: '指标数值须为有效数字',
      });
    }
    seen.add(indicatorId);
  }
  return problems;
}

const STATUS_LABELS: Readonly<Record<ProgressStatus, string>> = {
  NOT_STARTED: '未启动',
  IN_PROGRESS: '推进中',
  COMPLETED: '已完成',
  BLOCKED: '受阻',
};

/** NOT_STARTED → 未启动, IN_PROGRESS → 推进中, COMPLETED → 已完成, BLOCKED → 受阻. */
export function progressStatusLabel(status: ProgressStatus): string {
  return STATUS_LABELS[status];
}
