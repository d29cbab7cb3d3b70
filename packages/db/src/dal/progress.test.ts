import { describe, expect, it } from 'vitest';
import { select } from '../db.js';
import { type DbError, isDbError } from '../errors.js';
import {
  aParsedPolicy,
  importTestPlan,
  insertTestUser,
  testEngines,
  withTestDatabase,
} from '../testing/index.js';
import { appendProgressReport, type ProgressReportInput, progressHistory } from './progress.js';

let places = 0;
const place = () => `进展测试${++places}市`;

describe.each(testEngines)('appendProgressReport on %s', (engine) => {
  const db = withTestDatabase(engine);

  async function setUp() {
    const fixture = await importTestPlan(
      db(),
      aParsedPolicy({
        jurisdiction: place(),
        tasks: [{ path: '一', text: '发展普惠托育服务。', units: ['市卫生健康委', '市民政局'] }],
        targets: [{ indicator: '普惠托位数', value: 2000, unit: '个' }],
      }),
    );
    const assignmentId = fixture.assignment('一', '市卫生健康委');
    const reportedBy = await insertTestUser(db(), { departmentId: fixture.department('市卫生健康委') });
    const input = (percent: number, narrative = `进度${percent}%`): ProgressReportInput => ({
      assignmentId,
      period: '2025-Q3',
      status: percent === 100 ? 'COMPLETED' : 'IN_PROGRESS',
      percent,
      narrative,
      reportedBy,
    });
    return { fixture, assignmentId, input };
  }

  const failure = (promise: Promise<unknown>) =>
    promise.then(
      () => null,
      (error: unknown) => error as DbError,
    );

  it('appends reports as a chain: each supersedes the latest, none is overwritten', async () => {
    const { assignmentId, input } = await setUp();
    const first = await appendProgressReport(db(), input(20), null);
    const second = await appendProgressReport(db(), input(50), first.id);
    const third = await appendProgressReport(db(), input(100, '全部完成'), second.id);

    expect(first.supersedesId).toBeNull();
    expect(second.supersedesId).toBe(first.id);
    expect(third).toMatchObject({
      supersedesId: second.id,
      status: 'COMPLETED',
      percent: 100,
      narrative: '全部完成',
    });
    expect(third.reportedAt.getTime()).toBeGreaterThanOrEqual(second.reportedAt.getTime());
    expect((await progressHistory(db(), assignmentId)).map((report) => report.id)).toEqual([
      third.id,
      second.id,
      first.id,
    ]);
  });

  it('refuses a report written against a stale latest report: CONFLICT naming the latest', async () => {
    const { input } = await setUp();
    const first = await appendProgressReport(db(), input(20), null);
    const second = await appendProgressReport(db(), input(50), first.id);

    const stale = await failure(appendProgressReport(db(), input(60), first.id));
    expect(isDbError(stale, 'CONFLICT')).toBe(true);
    expect(stale?.details).toMatchObject({ expectedLatestReportId: first.id, latestReportId: second.id });
    const none = await failure(appendProgressReport(db(), input(60), null));
    expect(isDbError(none, 'CONFLICT')).toBe(true);
  });

  it('lets exactly one of two concurrent writers with the same expectation win', async () => {
    const { assignmentId, input } = await setUp();
    // The first report of an assignment, then a report on top of it: both races.
    for (const expected of [null, 'previous'] as const) {
      const [latest] = await progressHistory(db(), assignmentId);
      const expectedId = expected === null ? null : (latest?.id ?? null);
      const results = await Promise.allSettled([
        appendProgressReport(db(), input(30, '甲'), expectedId),
        appendProgressReport(db(), input(40, '乙'), expectedId),
      ]);
      const won = results.filter((result) => result.status === 'fulfilled');
      const lost = results.flatMap((result) =>
        result.status === 'rejected' ? [result.reason as unknown] : [],
      );
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(isDbError(lost[0], 'CONFLICT')).toBe(true);
    }
    expect(await progressHistory(db(), assignmentId)).toHaveLength(2);
  });

  it('keeps the chain linear in the database itself (no second successor, no second first report)', async () => {
    const { assignmentId, input } = await setUp();
    const first = await appendProgressReport(db(), input(20), null);
    const row = input(30);
    const insert = (supersedes: string | null) =>
      select(
        db(),
        `INSERT INTO progress_report (assignment_id, period, status, percent, narrative, reported_by, supersedes_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [assignmentId, row.period, row.status, row.percent, row.narrative, row.reportedBy, supersedes],
      );
    await expect(insert(null)).rejects.toThrow(/uq_progress_report_first/);
    await appendProgressReport(db(), input(40), first.id);
    await expect(insert(first.id)).rejects.toThrow(/uq_progress_report_supersedes/);
  });

  it('rejects invalid input, unknown and withdrawn assignments', async () => {
    const { assignmentId, input } = await setUp();
    const invalid = await failure(
      appendProgressReport(db(), { ...input(50), percent: 100, status: 'IN_PROGRESS' }, null),
    );
    expect(isDbError(invalid, 'BAD_USER_INPUT')).toBe(true);
    expect(invalid?.details.problems).toEqual([
      expect.objectContaining({ code: 'FULL_PERCENT_REQUIRES_COMPLETED' }),
    ]);

    const status = await failure(
      appendProgressReport(
        db(),
        { ...input(50), status: 'DONE' as unknown as ProgressReportInput['status'] },
        null,
      ),
    );
    expect(isDbError(status, 'BAD_USER_INPUT')).toBe(true);

    const unknown = await failure(
      appendProgressReport(
        db(),
        { ...input(10), assignmentId: '00000000-0000-4000-8000-000000000000' },
        null,
      ),
    );
    expect(isDbError(unknown, 'NOT_FOUND')).toBe(true);

    await select(db(), `UPDATE assignment SET withdrawn_at = now() WHERE id = $1`, [assignmentId]);
    const withdrawn = await failure(appendProgressReport(db(), input(10), null));
    expect(isDbError(withdrawn, 'BAD_USER_INPUT')).toBe(true);
  });

  it('records indicator values as measurements of the report', async () => {
    const { fixture, input } = await setUp();
    const [indicator] = await select<{ id: string }>(
      db(),
      `SELECT id FROM indicator WHERE document_id = $1`,
      [fixture.documentId],
    );
    if (!indicator) throw new Error('no indicator');
    const report = await appendProgressReport(
      db(),
      { ...input(50), indicatorValues: [{ indicatorId: indicator.id, value: 1200 }] },
      null,
    );
    expect(report.indicatorValues).toEqual([{ indicatorId: indicator.id, value: 1200 }]);
    const measurements = await select<{ value: number; reportId: string }>(
      db(),
      `SELECT value, progress_report_id AS "reportId" FROM measurement WHERE indicator_id = $1`,
      [indicator.id],
    );
    expect(measurements).toEqual([{ value: 1200, reportId: report.id }]);

    const unknownIndicator = await failure(
      appendProgressReport(
        db(),
        {
          ...input(60),
          indicatorValues: [{ indicatorId: '00000000-0000-4000-8000-000000000000', value: 1 }],
        },
        report.id,
      ),
    );
    expect(isDbError(unknownIndicator, 'BAD_USER_INPUT')).toBe(true);
  });
});
