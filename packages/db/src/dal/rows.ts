import type { AssignmentRole, ProgressReport, Task } from '@lianxi/domain';

/**
 * The SELECT lists and row mappers the queries share, so a Task or a ProgressReport is read the same way
 * everywhere. Aliases are quoted camelCase, so a row already has the domain's field names.
 */

export const TASK_COLUMNS = (t: string) => `
  ${t}.id,
  ${t}.document_id AS "documentId",
  ${t}.path,
  ${t}.heading,
  ${t}.text,
  ${t}.deadline,
  ${t}.recurrence,
  ${t}.span_start AS "spanStart",
  ${t}.span_end AS "spanEnd",
  ${t}.resolution_id AS "resolutionId"`;

export interface TaskColumns {
  id: string;
  documentId: string;
  path: string[];
  heading: string | null;
  text: string;
  deadline: string | null;
  recurrence: Task['recurrence'];
  spanStart: number | null;
  spanEnd: number | null;
  resolutionId: string | null;
}

export function toTask(row: TaskColumns): Task {
  return {
    id: row.id,
    documentId: row.documentId,
    path: row.path,
    heading: row.heading,
    text: row.text,
    deadline: row.deadline,
    recurrence: row.recurrence,
    span: row.spanStart === null || row.spanEnd === null ? null : { start: row.spanStart, end: row.spanEnd },
    resolutionId: row.resolutionId,
  };
}

/** The columns of a progress report, prefixed `report_` so they can sit beside others in one row. */
export const REPORT_COLUMNS = (p: string) => `
  ${p}.id AS "report_id",
  ${p}.assignment_id AS "report_assignmentId",
  ${p}.period AS "report_period",
  ${p}.status AS "report_status",
  ${p}.percent AS "report_percent",
  ${p}.narrative AS "report_narrative",
  ${p}.indicator_values AS "report_indicatorValues",
  ${p}.reported_by AS "report_reportedBy",
  ${p}.reported_at AS "report_reportedAt",
  ${p}.supersedes_id AS "report_supersedesId"`;

export interface ReportColumns {
  report_id: string | null;
  report_assignmentId: string;
  report_period: string;
  report_status: ProgressReport['status'];
  report_percent: number;
  report_narrative: string;
  report_indicatorValues: ProgressReport['indicatorValues'];
  report_reportedBy: string;
  report_reportedAt: Date;
  report_supersedesId: string | null;
}

/** The report of a row, or null when the (outer-joined) report columns are empty. */
export function toReport(row: ReportColumns): ProgressReport | null {
  if (row.report_id === null) return null;
  return {
    id: row.report_id,
    assignmentId: row.report_assignmentId,
    period: row.report_period,
    status: row.report_status,
    percent: row.report_percent,
    narrative: row.report_narrative,
    indicatorValues: row.report_indicatorValues,
    reportedBy: row.report_reportedBy,
    reportedAt: row.report_reportedAt,
    supersedesId: row.report_supersedesId,
  };
}

/** The latest report of assignment `a` (served by ix_progress_report_latest): a LATERAL subquery. */
export const LATEST_REPORT = (a: string) => `
  LEFT JOIN LATERAL (
    SELECT * FROM progress_report p
    WHERE p.assignment_id = ${a}.id
    ORDER BY p.reported_at DESC, p.id DESC
    LIMIT 1
  ) latest ON true`;

/** LEAD first, then SUPPORT, then LOCAL: the order units are listed in, and the strength of a role. */
export const ROLE_RANK = (role: string) => `CASE ${role} WHEN 'LEAD' THEN 0 WHEN 'SUPPORT' THEN 1 ELSE 2 END`;

export const ROLE_STRENGTH: Readonly<Record<AssignmentRole, number>> = { LEAD: 3, SUPPORT: 2, LOCAL: 1 };

/** `text` as an ILIKE pattern matching it anywhere, its wildcards escaped. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
