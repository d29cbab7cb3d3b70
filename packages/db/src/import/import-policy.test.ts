import { describe, expect, it } from 'vitest';
import { select } from '../db.js';
import { appendProgressReport } from '../dal/progress.js';
import { isDbError } from '../errors.js';
import { recordStatements } from '../statement-log.js';
import {
  aLargeParsedPolicy,
  aParsedPolicy,
  insertTestUser,
  type PolicySketch,
  testEngines,
  withTestDatabase,
} from '../testing/index.js';
import { importPolicy } from './import-policy.js';

const TABLES = [
  'jurisdiction',
  'department',
  'policy_document',
  'task',
  'assignment',
  'duty',
  'indicator',
  'target',
  'joint_meeting',
  'member',
] as const;

let places = 0;
/** A jurisdiction name of its own for each test: the tests of a file share one database. */
function place(): string {
  places++;
  return `测试${places}市`;
}

const benxi = (jurisdiction: string, extra: PolicySketch = {}): PolicySketch => ({
  jurisdiction,
  tasks: [
    { path: '一', heading: '总体要求', text: '坚持政府引导、社会参与。' },
    {
      path: '二/(一)',
      text: '加强用地保障，将托育服务设施建设纳入国土空间规划。',
      deadline: '2025-12-31',
      units: ['市自然资源局', '市发展改革委', '各县区政府'],
    },
    {
      path: '二/(二)',
      text: '推进托育服务人才队伍建设，开展托育从业人员培训。',
      units: ['市卫生健康委', '市人力资源社会保障局', '市妇联'],
    },
  ],
  units: [
    { name: '市卫生健康委', aliases: ['市卫健委'], sector: 'HEALTH' },
    { name: '各县区政府', kind: 'GOVERNMENT', collective: true },
  ],
  duties: [{ unit: '市民政局', text: '市民政局负责社会服务性质托育机构法人的注册登记。' }],
  targets: [
    {
      indicator: '每千人口拥有3岁以下婴幼儿托位数',
      value: 4.5,
      year: 2025,
      baseline: { value: 0.9, year: 2021 },
    },
    { indicator: '每千人口拥有3岁以下婴幼儿托位数', value: 3, year: 2023 },
    { indicator: '普惠托位占比', comparator: 'GTE', value: 60, unit: '%', year: 2025 },
  ],
  jointMeeting: {
    name: '3岁以下婴幼儿照护服务工作联席会议',
    members: ['市卫生健康委', '市发展改革委', '市民政局'],
    convenor: '市卫生健康委',
    office: '市卫生健康委',
  },
  ...extra,
});

describe.each(testEngines)('importPolicy on %s', (engine) => {
  const db = withTestDatabase(engine);

  async function tableCounts(): Promise<Record<string, number>> {
    const [counts] = await select<Record<string, number>>(
      db(),
      `SELECT ${TABLES.map((table) => `(SELECT count(*) FROM ${table}) AS ${table}`).join(', ')}`,
    );
    return counts ?? {};
  }

  it('writes the jurisdiction, departments, document, tasks, assignments, duties, targets and members', async () => {
    const name = place();
    const report = await importPolicy(db(), aParsedPolicy(benxi(name, { parentJurisdiction: '测试省' })));

    expect(report.dryRun).toBe(false);
    expect(report.jurisdiction).toMatchObject({ name, level: 'CITY', created: true });
    expect(report.document).toMatchObject({
      outcome: 'CREATED',
      revision: 1,
      documentKey: '文号:本政办发〔2020〕33号',
    });
    expect(report.departments.matched).toEqual([]);
    expect(report.departments.created.map((department) => department.name).sort()).toEqual(
      [
        '市人力资源社会保障局',
        '市卫生健康委',
        '市发展改革委',
        '市妇联',
        '市民政局',
        '市自然资源局',
        '各县区政府',
      ].sort(),
    );
    expect(report.counts).toEqual({
      tasks: 3,
      assignments: 6,
      duties: 1,
      indicators: 2,
      targets: 3,
      members: 3,
    });
    expect(report.changes).toBeNull();

    const [parent] = await select<{ parent: string | null }>(
      db(),
      `SELECT p.name AS parent FROM jurisdiction j LEFT JOIN jurisdiction p ON p.id = j.parent_id WHERE j.name = $1`,
      [name],
    );
    expect(parent?.parent).toBe('测试省');

    const assignments = await select<{ path: string; unit: string; role: string }>(
      db(),
      `SELECT t.path_key AS path, d.name AS unit, a.role
       FROM assignment a JOIN task t ON t.id = a.task_id JOIN department d ON d.id = a.department_id
       WHERE t.document_id = $1 ORDER BY t.sort_order, a.role, d.name`,
      [report.document.id],
    );
    expect(assignments).toEqual([
      { path: '二/(一)', unit: '市自然资源局', role: 'LEAD' },
      { path: '二/(一)', unit: '各县区政府', role: 'LOCAL' },
      { path: '二/(一)', unit: '市发展改革委', role: 'SUPPORT' },
      { path: '二/(二)', unit: '市卫生健康委', role: 'LEAD' },
      { path: '二/(二)', unit: '市人力资源社会保障局', role: 'SUPPORT' },
      { path: '二/(二)', unit: '市妇联', role: 'SUPPORT' },
    ]);

    const [health] = await select<{ aliases: string[]; sector: string | null; kind: string }>(
      db(),
      `SELECT d.aliases, d.sector, d.kind FROM department d JOIN jurisdiction j ON j.id = d.jurisdiction_id
       WHERE j.name = $1 AND d.name = '市卫生健康委'`,
      [name],
    );
    expect(health).toEqual({ aliases: ['市卫健委'], sector: 'HEALTH', kind: 'DEPARTMENT' });
    // 各县区政府: a department-like institution, so LOCAL assignments point at a column of the matrix.
    const collective = report.departments.created.find((department) => department.name === '各县区政府');
    expect(collective).toMatchObject({ kind: 'GOVERNMENT', collective: true });

    const targets = await select<{ name: string; baseline: number | null; value: number; year: number }>(
      db(),
      `SELECT i.name, i.baseline_value AS baseline, t.value, t.year FROM target t
       JOIN indicator i ON i.id = t.indicator_id WHERE i.document_id = $1 ORDER BY i.name, t.year`,
      [report.document.id],
    );
    expect(targets).toEqual([
      { name: '普惠托位占比', baseline: null, value: 60, year: 2025 },
      { name: '每千人口拥有3岁以下婴幼儿托位数', baseline: 0.9, value: 3, year: 2023 },
      { name: '每千人口拥有3岁以下婴幼儿托位数', baseline: 0.9, value: 4.5, year: 2025 },
    ]);

    const members = await select<{ name: string; position: string }>(
      db(),
      `SELECT d.name, m.position FROM member m JOIN department d ON d.id = m.department_id
       JOIN joint_meeting jm ON jm.id = m.joint_meeting_id WHERE jm.document_id = $1 ORDER BY m.sort_order`,
      [report.document.id],
    );
    expect(members).toEqual([
      { name: '市卫生健康委', position: 'CONVENOR' },
      { name: '市发展改革委', position: 'MEMBER' },
      { name: '市民政局', position: 'MEMBER' },
    ]);
  });

  it('changes nothing when the same document is imported again', async () => {
    const parsed = aParsedPolicy(benxi(place()));
    const first = await importPolicy(db(), parsed);
    const before = await tableCounts();

    const again = await importPolicy(db(), parsed);

    expect(await tableCounts()).toEqual(before);
    expect(again.document).toEqual({ ...first.document, outcome: 'UNCHANGED' });
    expect(again.jurisdiction.created).toBe(false);
    expect(again.departments.created).toEqual([]);
    expect(again.departments.matched).toHaveLength(first.departments.created.length);
    expect(again.counts).toEqual(first.counts);
  });

  it('makes a changed text revision n+1 of the same document: tasks matched by path keep their progress', async () => {
    const name = place();
    const first = await importPolicy(db(), aParsedPolicy(benxi(name)));
    const [kept] = await select<{ id: string; taskId: string }>(
      db(),
      `SELECT a.id, a.task_id AS "taskId" FROM assignment a JOIN task t ON t.id = a.task_id
       WHERE t.document_id = $1 AND t.path_key = '二/(二)' AND a.role = 'LEAD'`,
      [first.document.id],
    );
    if (!kept) throw new Error('no assignment');
    const reporter = await insertTestUser(db());
    const report = await appendProgressReport(
      db(),
      {
        assignmentId: kept.id,
        period: '2025-Q1',
        status: 'IN_PROGRESS',
        percent: 40,
        narrative: '已培训120人',
        reportedBy: reporter,
      },
      null,
    );

    const revised = benxi(name, { revisionNote: '（2021年修订）' });
    revised.tasks = [
      ...(revised.tasks ?? []).filter((task) => task.path !== '二/(一)'),
      { path: '二/(三)', text: '加强托育机构安全管理。', units: ['市市场监管局', '市卫生健康委'] },
    ];
    const second = await importPolicy(db(), aParsedPolicy(revised));

    expect(second.document).toMatchObject({ id: first.document.id, outcome: 'REVISED', revision: 2 });
    expect(second.changes).toEqual({
      tasksAdded: 1,
      tasksKept: 2,
      tasksWithdrawn: 1,
      assignmentsWithdrawn: 3,
    });
    const documents = await select(
      db(),
      `SELECT id FROM policy_document WHERE document_key = $1 AND jurisdiction_id = $2`,
      [first.document.documentKey, first.jurisdiction.id],
    );
    expect(documents).toHaveLength(1);

    const tasks = await select<{ path: string; withdrawn: boolean }>(
      db(),
      `SELECT path_key AS path, withdrawn_at IS NOT NULL AS withdrawn FROM task WHERE document_id = $1 ORDER BY path_key`,
      [first.document.id],
    );
    expect(tasks).toEqual([
      { path: '一', withdrawn: false },
      { path: '二/(一)', withdrawn: true },
      { path: '二/(三)', withdrawn: false },
      { path: '二/(二)', withdrawn: false },
    ]);
    const [stillThere] = await select<{ assignmentId: string; taskId: string }>(
      db(),
      `SELECT p.assignment_id AS "assignmentId", a.task_id AS "taskId" FROM progress_report p
       JOIN assignment a ON a.id = p.assignment_id WHERE p.id = $1 AND a.withdrawn_at IS NULL`,
      [report.id],
    );
    expect(stillThere).toEqual({ assignmentId: kept.id, taskId: kept.taskId });

    // The revision's text again: unchanged.
    const third = await importPolicy(db(), aParsedPolicy(revised));
    expect(third.document).toMatchObject({ outcome: 'UNCHANGED', revision: 2 });
  });

  it('keys a document without a 文号 by its title', async () => {
    const sketch = benxi(place(), { docNumber: null, title: '永安市促进3岁以下婴幼儿照护服务发展实施方案' });
    const first = await importPolicy(db(), aParsedPolicy(sketch));
    const second = await importPolicy(db(), aParsedPolicy({ ...sketch, revisionNote: '更正' }));
    expect(first.document.documentKey).toBe('标题:永安市促进3岁以下婴幼儿照护服务发展实施方案');
    expect(second.document).toMatchObject({ id: first.document.id, outcome: 'REVISED', revision: 2 });
  });

  it('matches departments through their aliases, and teaches them the names the plan uses', async () => {
    const name = place();
    await importPolicy(db(), aParsedPolicy(benxi(name)));
    const other = aParsedPolicy({
      jurisdiction: name,
      docNumber: '本政办发〔2021〕1号',
      tasks: [{ path: '一', text: '开展托育机构备案。', units: ['市卫健委', '市民政局'] }],
      units: [{ name: '市卫健委', aliases: ['卫健委'] }],
    });

    const report = await importPolicy(db(), other);

    expect(report.departments.created).toEqual([]);
    expect(report.departments.matched.map(({ unit, department }) => [unit, department.name])).toEqual([
      ['市卫健委', '市卫生健康委'],
      ['市民政局', '市民政局'],
    ]);
    const [health] = await select<{ aliases: string[] }>(
      db(),
      `SELECT d.aliases FROM department d JOIN jurisdiction j ON j.id = d.jurisdiction_id
       WHERE j.name = $1 AND d.name = '市卫生健康委'`,
      [name],
    );
    expect(health?.aliases.sort()).toEqual(['卫健委', '市卫健委']);
  });

  it('writes nothing on a dry run, and reports what a real run would', async () => {
    const parsed = aParsedPolicy(benxi(place()));
    const before = await tableCounts();

    const dry = await importPolicy(db(), parsed, { dryRun: true });

    expect(await tableCounts()).toEqual(before);
    expect(dry.dryRun).toBe(true);
    const real = await importPolicy(db(), parsed);
    const withoutIds = (report: typeof real) => ({
      ...report,
      dryRun: null,
      jurisdiction: { ...report.jurisdiction, id: null },
      document: { ...report.document, id: null },
      departments: {
        matched: report.departments.matched,
        created: report.departments.created.map((department) => ({ ...department, id: null })),
      },
    });
    expect(withoutIds(dry)).toEqual(withoutIds(real));
  });

  it('rolls everything back when a statement fails midway', async () => {
    const parsed = aParsedPolicy(benxi(place()));
    const broken = {
      ...parsed,
      targets: [{ ...parsed.targets[0], comparator: 'ABOUT' } as unknown as (typeof parsed.targets)[number]],
    };
    const before = await tableCounts();

    await expect(importPolicy(db(), broken)).rejects.toThrow(/ck_target_comparator/);

    expect(await tableCounts()).toEqual(before);
  });

  it('needs a jurisdiction: from the text, or given', async () => {
    const parsed = aParsedPolicy({ ...benxi('x'), jurisdiction: null });
    const error: unknown = await importPolicy(db(), parsed).catch((caught: unknown) => caught);
    expect(isDbError(error, 'BAD_USER_INPUT')).toBe(true);

    const name = place();
    const report = await importPolicy(db(), parsed, { jurisdiction: name });
    expect(report.jurisdiction).toMatchObject({ name, created: true, level: 'CITY' });
  });

  it('imports a large plan in a constant number of statements', async () => {
    const small = await recordStatements(() =>
      importPolicy(db(), aLargeParsedPolicy(5, { jurisdiction: place() })),
    );
    const large = await recordStatements(() =>
      importPolicy(db(), aLargeParsedPolicy(150, { jurisdiction: place() })),
    );
    expect(large.result.counts.tasks).toBe(150);
    expect(large.statements).toHaveLength(small.statements.length);
  });
});
