import {
  calendarDateOf,
  type Id,
  type IndicatorValue,
  type ProgressReport,
  type ProgressStatus,
  validateProgressInput,
} from '@lianxi/domain';
import { type Db, select, transaction } from '../db.js';
import { DbError, SQLSTATE, sqlState } from '../errors.js';
import { PROGRESS_STATUSES } from '../schema/enums.js';
import { REPORT_COLUMNS, type ReportColumns, toReport } from './rows.js';

export interface ProgressReportInput {
  assignmentId: Id;
  /** `2025-Q3` or `2025`. */
  period: string;
  status: ProgressStatus;
  percent: number;
  narrative: string;
  indicatorValues?: IndicatorValue[];
  /** The app_user reporting. */
  reportedBy: Id;
}

/**
 * 填报 — appends a progress report. Reports are never updated or deleted (this module has no such path):
 * the new one supersedes the assignment's latest.
 *
 * `expectedLatestReportId` is the latest report the writer saw (null: none). Two writers who both saw X
 * must not both succeed, so inside one transaction:
 *  1. `SELECT … FOR UPDATE` locks the assignment row: appends to one assignment queue up here;
 *  2. one INSERT … WHERE the latest report is still the expected one, run after the lock was granted, so
 *     under READ COMMITTED its fresh snapshot sees a report the other writer just committed. Zero rows
 *     inserted means someone was first: CONFLICT, with the latest report's id in the details.
 * The table's unique constraints (one successor per report, one first report per assignment) make a fork
 * impossible even without the lock; their violation is reported as the same CONFLICT.
 * Indicator values are also written as measurements, dated the reporting day (China time).
 */
export async function appendProgressReport(
  db: Db,
  input: ProgressReportInput,
  expectedLatestReportId: Id | null,
): Promise<ProgressReport> {
  const indicatorValues = input.indicatorValues ?? [];
  // validateProgressInput trusts the type for the status; input from the wire need not match it.
  if (!PROGRESS_STATUSES.includes(input.status)) {
    throw new DbError('BAD_USER_INPUT', '进展状态不合法', { status: input.status });
  }
  const problems = validateProgressInput({ ...input, indicatorValues });
  if (problems.length > 0) {
    throw new DbError('BAD_USER_INPUT', problems.map((problem) => problem.message).join('；'), { problems });
  }
  try {
    return await transaction(db, async (tx) => {
      const [assignment] = await select<{ withdrawnAt: Date | null }>(
        tx,
        `SELECT withdrawn_at AS "withdrawnAt" FROM assignment WHERE id = $1 FOR UPDATE`,
        [input.assignmentId],
      );
      if (!assignment)
        throw new DbError('NOT_FOUND', '未找到该责任分工', { assignmentId: input.assignmentId });
      if (assignment.withdrawnAt !== null) {
        throw new DbError('BAD_USER_INPUT', '该责任分工已撤销，不能再填报进展', {
          assignmentId: input.assignmentId,
        });
      }
      const [row] = await select<ReportColumns & { latestId: string | null }>(
        tx,
        `WITH latest AS (
           SELECT id FROM progress_report WHERE assignment_id = $1
           ORDER BY reported_at DESC, id DESC LIMIT 1
         ), inserted AS (
           INSERT INTO progress_report
             (assignment_id, period, status, percent, narrative, indicator_values, reported_by, reported_at, supersedes_id)
           SELECT $1, $3, $4, $5, $6, $7::jsonb, $8, clock_timestamp(), $2::uuid
           WHERE (SELECT id FROM latest) IS NOT DISTINCT FROM $2::uuid
           RETURNING *
         ), measured AS (
           INSERT INTO measurement (indicator_id, value, measured_on, progress_report_id)
           SELECT v."indicatorId", v.value, $9::date, inserted.id
           FROM inserted, jsonb_to_recordset($7::jsonb) AS v("indicatorId" uuid, value numeric)
         )
         SELECT (SELECT id FROM latest) AS "latestId", ${REPORT_COLUMNS('inserted')}
         FROM (SELECT 1) one LEFT JOIN inserted ON true`,
        [
          input.assignmentId,
          expectedLatestReportId,
          input.period,
          input.status,
          input.percent,
          input.narrative.trim(),
          JSON.stringify(indicatorValues.map(({ indicatorId, value }) => ({ indicatorId, value }))),
          input.reportedBy,
          calendarDateOf(new Date()),
        ],
      );
      const report = row && toReport(row);
      if (!report) throw conflict(input.assignmentId, expectedLatestReportId, row?.latestId ?? null);
      return report;
    });
  } catch (error) {
    switch (sqlState(error)) {
      case SQLSTATE.UNIQUE_VIOLATION:
        throw conflict(input.assignmentId, expectedLatestReportId, undefined, error);
      case SQLSTATE.FOREIGN_KEY_VIOLATION:
        throw new DbError(
          'BAD_USER_INPUT',
          '填报人或指标不存在',
          { assignmentId: input.assignmentId },
          { cause: error },
        );
      case SQLSTATE.CHECK_VIOLATION:
        // What the checks above let through and the table's CHECKs refuse is still the caller's input.
        throw new DbError(
          'BAD_USER_INPUT',
          '进展内容不合法',
          { assignmentId: input.assignmentId },
          { cause: error },
        );
      default:
        throw error;
    }
  }
}

function conflict(
  assignmentId: Id,
  expected: Id | null,
  latest: Id | null | undefined,
  cause?: unknown,
): DbError {
  return new DbError(
    'CONFLICT',
    '该任务已有新的进展填报，请刷新后在最新进展基础上重新填报',
    {
      assignmentId,
      expectedLatestReportId: expected,
      ...(latest === undefined ? {} : { latestReportId: latest }),
    },
    { cause },
  );
}

/** An assignment's reports, newest first: one statement. */
export async function progressHistory(db: Db, assignmentId: Id): Promise<ProgressReport[]> {
  const rows = await select<ReportColumns>(
    db,
    `SELECT ${REPORT_COLUMNS('p')} FROM progress_report p
     WHERE p.assignment_id = $1 ORDER BY p.reported_at DESC, p.id DESC`,
    [assignmentId],
  );
  return rows.flatMap((row) => toReport(row) ?? []);
}
