import { createHash } from 'node:crypto';
import {
  calendarDateOf,
  currentReportingPeriod,
  validateProgressInput,
  type IndicatorValue,
  type ProgressReport,
  type ProgressStatus,
  type User,
} from '@lianxi/domain';
import type { DataSource } from 'typeorm';
import { writeAudit } from '../../audit/audit.writer.js';
import { badInput, conflict, userError, type UserErrorData } from '../../errors.js';

export interface ReportProgressCommand {
  assignmentId: string;
  status: ProgressStatus;
  percent: number;
  narrative: string;
  indicatorValues: IndicatorValue[];
  /** undefined: not checked; null: "I saw no report yet". */
  expectedLatestReportId: string | null | undefined;
  idempotencyKey: string | null;
}

export type ReportProgressResult =
  { report: ProgressReport; errors: [] } | { report: null; errors: UserErrorData[] };

/**
 * Appends a progress report. The assignment row is locked first, so concurrent reports on one assignment
 * serialise: the second sees the first as the latest (→ CONFLICT when it expected otherwise) and the same
 * idempotency key finds the stored answer instead of writing a second row.
 */
export class ProgressService {
  constructor(private readonly db: DataSource) {}

  async report(user: User, command: ReportProgressCommand, requestId: string): Promise<ReportProgressResult> {
    const problems = validateProgressInput({
      status: command.status,
      percent: command.percent,
      narrative: command.narrative,
      indicatorValues: command.indicatorValues,
    });
    if (problems.length > 0) {
      return {
        report: null,
        errors: problems.map((p) => userError('INVALID_INPUT', p.message, `input.${p.field}`)),
      };
    }
    const scope = `${user.id}:reportProgress`;
    const { idempotencyKey, ...request } = command;
    const requestHash = createHash('sha256').update(JSON.stringify(request)).digest('hex');

    return this.db.transaction(async (manager) => {
      await manager.query('SELECT id FROM assignment WHERE id = $1 FOR UPDATE', [command.assignmentId]);
      if (idempotencyKey) {
        const stored: { request_hash: string; response: { reportId: string } }[] = await manager.query(
          'SELECT request_hash, response FROM idempotency_key WHERE scope = $1 AND key = $2',
          [scope, idempotencyKey],
        );
        const previous = stored[0];
        if (previous) {
          if (previous.request_hash !== requestHash) {
            throw badInput('该幂等键已用于另一份填报,请换一个键', 'input.idempotencyKey');
          }
          const report = await manager
            .getRepository<ProgressReport>('progress_report')
            .findOneByOrFail({ id: previous.response.reportId });
          return { report, errors: [] };
        }
      }
      const latest: { id: string }[] = await manager.query(
        'SELECT id FROM progress_report WHERE assignment_id = $1 ORDER BY reported_at DESC, id DESC LIMIT 1',
        [command.assignmentId],
      );
      const latestId = latest[0]?.id ?? null;
      if (command.expectedLatestReportId !== undefined && command.expectedLatestReportId !== latestId) {
        throw conflict('在您填写期间已有人提交了新的进展,请刷新查看后再提交', { latestReportId: latestId });
      }
      const report = await manager.getRepository<ProgressReport>('progress_report').save({
        assignmentId: command.assignmentId,
        // The period `currentPeriod` shows on the form: one domain function for both.
        period: currentReportingPeriod(calendarDateOf(new Date())).key,
        status: command.status,
        percent: command.percent,
        narrative: command.narrative.trim(),
        indicatorValues: command.indicatorValues,
        reportedBy: user.id,
        supersedesId: latestId,
      });
      const saved = await manager
        .getRepository<ProgressReport>('progress_report')
        .findOneByOrFail({ id: report.id });
      if (idempotencyKey) {
        await manager.getRepository('idempotency_key').insert({
          key: idempotencyKey,
          scope,
          requestHash,
          response: { reportId: saved.id },
        });
      }
      await writeAudit(manager, {
        actorId: user.id,
        action: 'progress.report',
        entity: 'progress_report',
        entityId: saved.id,
        before: latestId ? { latestReportId: latestId } : null,
        after: saved,
        requestId,
      });
      return { report: saved, errors: [] };
    });
  }
}
