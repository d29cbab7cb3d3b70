import { In } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { isDbError } from '../errors.js';
import type { DepartmentRow } from '../schema/department.schema.js';
import type { PolicyDocumentRow } from '../schema/policy-document.schema.js';
import {
  aParsedPolicy,
  importTestPlan,
  insertTestUser,
  testEngines,
  withTestDatabase,
} from '../testing/index.js';
import { responsibilityMatrix } from './matrix.js';
import { appendProgressReport } from './progress.js';

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

let places = 0;
const place = () => `矩阵测试${++places}市`;

describe.each(testEngines)('responsibilityMatrix on %s', (engine) => {
  const db = withTestDatabase(engine);

  it("builds the document's matrix with each assignment's latest report and light", async () => {
    const fixture = await importTestPlan(
      db(),
      aParsedPolicy({
        jurisdiction: place(),
        tasks: [
          { path: '一', heading: '总体要求', text: '坚持政府引导。' },
          {
            path: '二/(一)',
            text: '加强用地保障。',
            deadline: '2025-03-31',
            units: ['市自然资源局', '市发展改革委'],
          },
          { path: '二/(二)', text: '发展普惠托育。', units: ['市卫生健康委', '市自然资源局', '各县区政府'] },
          {
            path: '二/(三)',
            text: '两个牵头单位。',
            units: [
              ['市教育局', 'LEAD'],
              ['市卫生健康委', 'LEAD'],
            ],
          },
        ],
      }),
    );
    const reporter = await insertTestUser(db());
    const done = await appendProgressReport(
      db(),
      {
        assignmentId: fixture.assignment('二/(二)', '市卫生健康委'),
        period: '2025-Q2',
        status: 'COMPLETED',
        percent: 100,
        narrative: '已完成',
        reportedBy: reporter,
      },
      null,
    );

    const { document, assignments, matrix } = await responsibilityMatrix(db(), fixture.documentId, {
      today: '2025-06-30',
    });

    expect(document).toMatchObject({ id: fixture.documentId, revision: 1, issuedOn: '2020-09-30' });
    expect(matrix.tasks.map((task) => task.path.join('/'))).toEqual(['一', '二/(一)', '二/(二)', '二/(三)']);
    expect(matrix.departments.map((department) => department.name)).toContain('各县区政府');
    expect(matrix.cells).toHaveLength(7);
    const cell = (path: string, name: string) =>
      matrix.cells.find((c) => c.assignmentId === fixture.assignment(path, name));
    expect(cell('二/(一)', '市自然资源局')).toMatchObject({ role: 'LEAD', light: 'RED' });
    expect(cell('二/(二)', '市卫生健康委')).toMatchObject({ role: 'LEAD', light: 'GREEN' });
    expect(cell('二/(二)', '各县区政府')).toMatchObject({ role: 'LOCAL' });
    expect(assignments.find((a) => a.id === done.assignmentId)?.latestReport).toEqual({
      id: done.id,
      period: '2025-Q2',
      status: 'COMPLETED',
      percent: 100,
      reportedAt: done.reportedAt,
    });
    expect(matrix.violations.map((violation) => violation.code)).toEqual(['MULTIPLE_LEADS']);
    // Whole rows, as TypeORM reads them (but the document's source text), so a caller can prime its loaders.
    const { sourceText, ...stored } = await db()
      .getRepository<PolicyDocumentRow>('policy_document')
      .findOneByOrFail({ id: fixture.documentId });
    expect(sourceText.length).toBeGreaterThan(0);
    expect(document).toEqual(stored);
    const departments = await db()
      .getRepository<DepartmentRow>('department')
      .findBy({ id: In(matrix.departments.map((department) => department.id)) });
    expect(departments).toHaveLength(5);
    expect([...matrix.departments].sort(byId)).toEqual(departments.sort(byId));
  });

  it('has no lights without a date, and says NOT_FOUND for an unknown document', async () => {
    const fixture = await importTestPlan(
      db(),
      aParsedPolicy({ jurisdiction: place(), tasks: [{ path: '一', text: '任务。', units: ['市民政局'] }] }),
    );
    const { matrix } = await responsibilityMatrix(db(), fixture.documentId);
    expect(matrix.cells.map((c) => c.light)).toEqual([null]);

    const error: unknown = await responsibilityMatrix(db(), '00000000-0000-4000-8000-000000000000').catch(
      (caught: unknown) => caught,
    );
    expect(isDbError(error, 'NOT_FOUND')).toBe(true);
  });
});
