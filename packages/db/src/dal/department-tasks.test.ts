import { describe, expect, it } from 'vitest';
import { isDbError } from '../errors.js';
import { recordStatements } from '../statement-log.js';
import {
  aLargeParsedPolicy,
  aParsedPolicy,
  importTestPlan,
  insertTestUser,
  testEngines,
  withTestDatabase,
} from '../testing/index.js';
import { departmentTasks } from './department-tasks.js';
import { appendProgressReport } from './progress.js';
import { responsibilityMatrix } from './matrix.js';

let places = 0;
const place = () => `任务测试${++places}区`;

describe.each(testEngines)('departmentTasks on %s', (engine) => {
  const db = withTestDatabase(engine);

  async function plan() {
    return importTestPlan(
      db(),
      aParsedPolicy({
        jurisdiction: place(),
        tasks: [
          {
            path: '一/(一)',
            text: '完善托育服务用地保障。',
            deadline: '2025-12-31',
            units: ['区自然资源局', '区卫健委'],
          },
          { path: '一/(二)', text: '发展普惠托育服务。', units: ['区卫健委', '区发改委', '各乡镇人民政府'] },
          { path: '二/(一)', text: '加强托育从业人员培训。', units: ['区人社局', '区卫健委'] },
        ],
      }),
    );
  }

  it("lists a department's tasks: LEAD first, with the document, the other units, the lead and the latest report", async () => {
    const fixture = await plan();
    const health = fixture.department('区卫健委');
    const reporter = await insertTestUser(db(), { departmentId: health });
    const assignment = fixture.assignment('一/(二)', '区卫健委');
    const first = await appendProgressReport(
      db(),
      {
        assignmentId: assignment,
        period: '2025-Q1',
        status: 'IN_PROGRESS',
        percent: 30,
        narrative: '已摸底',
        reportedBy: reporter,
      },
      null,
    );
    const second = await appendProgressReport(
      db(),
      {
        assignmentId: assignment,
        period: '2025-Q2',
        status: 'IN_PROGRESS',
        percent: 60,
        narrative: '新增托位200个',
        reportedBy: reporter,
      },
      first.id,
    );

    const page = await departmentTasks(db(), health);

    expect(page.totalCount).toBe(3);
    expect(page.pageInfo.hasNextPage).toBe(false);
    expect(page.nodes.map((node) => [node.task.path.join('/'), node.assignment.role])).toEqual([
      ['一/(二)', 'LEAD'],
      ['一/(一)', 'SUPPORT'],
      ['二/(一)', 'SUPPORT'],
    ]);
    const [lead, support] = page.nodes;
    expect(lead?.document).toEqual({
      id: fixture.documentId,
      title: fixture.report.document.title,
      docNumber: '本政办发〔2020〕33号',
    });
    expect(lead?.lead).toEqual({ departmentId: health, name: '区卫健委' });
    expect(lead?.otherUnits.map((unit) => [unit.name, unit.role])).toEqual([
      ['区发改委', 'SUPPORT'],
      ['各乡镇人民政府', 'LOCAL'],
    ]);
    expect(lead?.latestReport).toEqual(second);
    expect(lead?.task).toMatchObject({
      text: '发展普惠托育服务。',
      deadline: null,
      documentId: fixture.documentId,
    });
    expect(support?.lead).toEqual({ departmentId: fixture.department('区自然资源局'), name: '区自然资源局' });
    expect(support?.task.deadline).toBe('2025-12-31');
    expect(support?.latestReport).toBeNull();
  });

  it('filters by role and by text, and pages with a cursor', async () => {
    const fixture = await plan();
    const health = fixture.department('区卫健委');

    const supporting = await departmentTasks(db(), health, { role: 'SUPPORT' });
    expect(supporting.totalCount).toBe(2);
    expect(supporting.nodes.every((node) => node.assignment.role === 'SUPPORT')).toBe(true);

    const training = await departmentTasks(db(), health, { search: '从业人员' });
    expect(training.nodes.map((node) => node.task.text)).toEqual(['加强托育从业人员培训。']);
    expect(training.totalCount).toBe(1);
    expect((await departmentTasks(db(), health, { search: '100%' })).totalCount).toBe(0);

    const one = await departmentTasks(db(), health, { first: 2 });
    expect(one.nodes).toHaveLength(2);
    expect(one.pageInfo.hasNextPage).toBe(true);
    const two = await departmentTasks(db(), health, { first: 2, after: one.pageInfo.endCursor ?? '' });
    expect(two.nodes).toHaveLength(1);
    expect(two.pageInfo.hasNextPage).toBe(false);
    expect([...one.nodes, ...two.nodes].map((node) => node.assignment.id)).toEqual(
      (await departmentTasks(db(), health)).nodes.map((node) => node.assignment.id),
    );

    const error: unknown = await departmentTasks(db(), health, { after: 'not-a-cursor' }).catch(
      (caught: unknown) => caught,
    );
    expect(isDbError(error, 'BAD_USER_INPUT')).toBe(true);
  });

  it('uses the same number of statements for 10 and for 200 tasks (department tasks and matrix)', async () => {
    const measure = async (count: number) => {
      const fixture = await importTestPlan(db(), aLargeParsedPolicy(count, { jurisdiction: place() }));
      const department = fixture.department('市卫生健康委');
      const reporter = await insertTestUser(db());
      // Some reports, so the latest-report join has rows to pick from.
      for (const path of ['一/1', '二/1']) {
        const assignment = fixture.assignment(path, '各县区政府');
        await appendProgressReport(
          db(),
          {
            assignmentId: assignment,
            period: '2025-Q1',
            status: 'IN_PROGRESS',
            percent: 10,
            narrative: '推进中',
            reportedBy: reporter,
          },
          null,
        );
      }
      const tasks = await recordStatements(() => departmentTasks(db(), department, { first: 200 }));
      const matrix = await recordStatements(() =>
        responsibilityMatrix(db(), fixture.documentId, { today: '2025-06-30' }),
      );
      return { tasks, matrix };
    };
    const small = await measure(10);
    const large = await measure(200);

    expect(small.tasks.result.totalCount).toBe(2);
    expect(large.tasks.result.totalCount).toBe(40);
    expect(large.matrix.result.matrix.tasks).toHaveLength(200);
    expect(small.tasks.statements).toHaveLength(2);
    expect(large.tasks.statements).toHaveLength(2);
    expect(small.matrix.statements).toHaveLength(1);
    expect(large.matrix.statements).toHaveLength(1);
  });
});
