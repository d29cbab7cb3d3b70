import type { ProgressReport } from '@lianxi/domain';
import { defineTable, id, oneOf, reference, text } from './columns.js';
import { PROGRESS_STATUSES } from './enums.js';

export type ProgressReportRow = ProgressReport;

/**
 * 进展 — APPEND-ONLY: the code has no UPDATE or DELETE path for this table (dal/progress.ts only inserts).
 * Each report names the report it supersedes, so an assignment's reports form one chain, and the database
 * keeps it a chain whatever the code does:
 *  - `uq_progress_report_supersedes`: a report is superseded at most once (no fork);
 *  - `uq_progress_report_first` (partial, created by the migration): one first report per assignment.
 * `ix_progress_report_latest` on (assignment_id, reported_at DESC, id DESC) serves "latest report per
 * assignment"; TypeORM cannot express the sort order, so the migration creates it.
 */
export const ProgressReportSchema = defineTable<ProgressReportRow>({
  name: 'progress_report',
  columns: {
    id,
    assignmentId: reference('assignment_id', 'assignment'),
    period: text('period'),
    status: text('status'),
    percent: { name: 'percent', type: 'int' },
    narrative: text('narrative', { default: '' }),
    indicatorValues: { name: 'indicator_values', type: 'jsonb', default: () => "'[]'" },
    reportedBy: reference('reported_by', 'app_user'),
    reportedAt: { name: 'reported_at', type: 'timestamptz', default: () => 'now()' },
    supersedesId: reference('supersedes_id', 'progress_report', { nullable: true }),
  },
  uniques: [{ name: 'uq_progress_report_supersedes', columns: ['supersedesId'] }],
  indices: [
    { name: 'ix_progress_report_latest', columns: ['assignmentId', 'reportedAt', 'id'], synchronize: false },
    { name: 'uq_progress_report_first', columns: ['assignmentId'], synchronize: false },
  ],
  checks: [
    { name: 'ck_progress_report_status', expression: oneOf('status', PROGRESS_STATUSES) },
    { name: 'ck_progress_report_percent', expression: '"percent" BETWEEN 0 AND 100' },
  ],
});
