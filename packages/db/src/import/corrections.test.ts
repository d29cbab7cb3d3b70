import { describe, expect, it } from 'vitest';
import { select } from '../db.js';
import { isDbError } from '../errors.js';
import { aParsedPolicy, type PolicySketch, testEngines, withTestDatabase } from '../testing/index.js';
import type { ImportCorrection } from './corrections.js';
import { importPolicy, type ImportReport } from './import-policy.js';

let places = 0;
/** A jurisdiction of its own for each test: the tests of a file share one database. */
function place(): string {
  places++;
  return `更正${places}市`;
}

const plan = (jurisdiction: string, extra: PolicySketch = {}): PolicySketch => ({
  jurisdiction,
  docNumber: '更政办发〔2024〕7号',
  tasks: [
    { path: '一', heading: '总体要求', text: '坚持政府引导、社会参与。' },
    {
      path: '二/(一)',
      text: '加强用地保障，将托育服务设施建设纳入国土空间规划。',
      units: ['市自然资源局', '市发展改革委', '各县区政府'],
    },
    {
      path: '二/(二)',
      text: '开展托育从业人员培训。',
      units: ['市卫生健康委', '市人社局', '市妇联'],
    },
  ],
  duties: [{ unit: '市民政局', text: '市民政局负责社会服务性质托育机构法人的注册登记。' }],
  ...extra,
});

const unitsOf = (report: ImportReport, path: string) =>
  report.tasks
    .find((task) => task.pathKey === path)
    ?.assignments.map(({ unit, role, corrected }) => ({ unit, role, corrected }));

describe.each(testEngines)('import corrections on %s', (engine) => {
  const db = withTestDatabase(engine);

  async function stored(documentId: string) {
    return select<{ path: string; unit: string; role: string }>(
      db(),
      `SELECT t.path_key AS path, d.name AS unit, a.role
       FROM assignment a JOIN task t ON t.id = a.task_id JOIN department d ON d.id = a.department_id
       WHERE t.document_id = $1 AND a.withdrawn_at IS NULL ORDER BY t.sort_order, a.role, d.name`,
      [documentId],
    );
  }

  async function departmentsOf(jurisdiction: string) {
    const rows = await select<{ name: string }>(
      db(),
      `SELECT d.name FROM department d JOIN jurisdiction j ON j.id = d.jurisdiction_id WHERE j.name = $1 ORDER BY d.name`,
      [jurisdiction],
    );
    return rows.map((row) => row.name);
  }

  async function everything() {
    const [row] = await select<Record<string, number>>(
      db(),
      `SELECT (SELECT count(*) FROM jurisdiction) AS j, (SELECT count(*) FROM department) AS d,
              (SELECT count(*) FROM policy_document) AS p, (SELECT count(*) FROM task) AS t,
              (SELECT count(*) FROM assignment) AS a, (SELECT sum(revision) FROM policy_document) AS r`,
    );
    return row;
  }

  /** A jurisdiction that already has the departments of the plan (a first import), and one more. */
  async function known(): Promise<{ name: string; ids: Map<string, string> }> {
    const name = place();
    await importPolicy(
      db(),
      aParsedPolicy({
        jurisdiction: name,
        docNumber: '更政办发〔2023〕1号',
        tasks: [
          {
            path: '一',
            text: '先前的文件。',
            units: ['市卫生健康委', '市自然资源局', '市发展改革委', '市人社局', '市妇联', '市消防救援支队'],
          },
        ],
        units: [{ name: '市卫生健康委', aliases: ['市卫健委'] }],
      }),
    );
    const rows = await select<{ id: string; name: string }>(
      db(),
      `SELECT d.id, d.name FROM department d JOIN jurisdiction j ON j.id = d.jurisdiction_id WHERE j.name = $1`,
      [name],
    );
    return { name, ids: new Map(rows.map((row) => [row.name, row.id])) };
  }

  it('CHANGE to an existing department: the unit points at it, the misread name is not created', async () => {
    const { name, ids } = await known();
    const fire = ids.get('市消防救援支队');
    const corrections: ImportCorrection[] = [
      { action: 'CHANGE', taskPath: ['二', '(二)'], unitName: '市妇联', departmentId: fire },
    ];

    const report = await importPolicy(db(), aParsedPolicy(plan(name)), { corrections });

    expect(unitsOf(report, '二/(二)')).toEqual([
      { unit: '市卫生健康委', role: 'LEAD', corrected: false },
      { unit: '市人社局', role: 'SUPPORT', corrected: false },
      { unit: '市消防救援支队', role: 'SUPPORT', corrected: true },
    ]);
    const changed = report.tasks.find((task) => task.pathKey === '二/(二)')?.assignments[2];
    expect(changed).toMatchObject({ departmentId: fire, asWritten: '市妇联' });
    expect(report.departments.matched.map(({ unit }) => unit)).toContain('市消防救援支队');
    expect(await stored(report.document.id)).toContainEqual({
      path: '二/(二)',
      unit: '市消防救援支队',
      role: 'SUPPORT',
    });
    expect((await stored(report.document.id)).some((row) => row.unit === '市妇联')).toBe(false);
    expect(report.corrections).toEqual([
      {
        index: 0,
        action: 'CHANGE',
        taskKey: '二/(二)',
        unitName: '市妇联',
        departmentId: fire,
        newUnitName: null,
        role: null,
      },
    ]);
  });

  it('CHANGE to a new name: a department is created with it (kind and sector from the name), or matched by alias', async () => {
    const name = place();
    const corrections: ImportCorrection[] = [
      {
        action: 'CHANGE',
        taskPath: ['二', '(二)'],
        unitName: '市人社局',
        newUnitName: '市人力资源和社会保障局',
      },
    ];

    const report = await importPolicy(db(), aParsedPolicy(plan(name)), { corrections });

    expect(report.departments.created.map((department) => department.name)).toContain(
      '市人力资源和社会保障局',
    );
    expect(report.departments.created.map((department) => department.name)).not.toContain('市人社局');
    expect(
      report.departments.created.find((department) => department.name === '市人力资源和社会保障局'),
    ).toMatchObject({
      kind: 'DEPARTMENT',
      sector: 'HUMAN_RESOURCES_SOCIAL_SECURITY',
      collective: false,
    });
    expect(unitsOf(report, '二/(二)')?.[1]).toEqual({
      unit: '市人力资源和社会保障局',
      role: 'SUPPORT',
      corrected: true,
    });
    expect(await stored(report.document.id)).toContainEqual({
      path: '二/(二)',
      unit: '市人力资源和社会保障局',
      role: 'SUPPORT',
    });

    // In a jurisdiction that knows the department under another name, the new name matches its alias.
    const other = await known();
    const matched = await importPolicy(db(), aParsedPolicy(plan(other.name)), {
      corrections: [
        { action: 'CHANGE', taskPath: ['二', '(二)'], unitName: '市妇联', newUnitName: '市卫健委' },
      ],
    });
    expect(matched.tasks.find((task) => task.pathKey === '二/(二)')?.assignments[2]).toMatchObject({
      unit: '市卫健委',
      departmentId: other.ids.get('市卫生健康委'),
    });
    // 市卫生健康委 leads the task and is now named again as 市卫健委: one assignment, the stronger role.
    expect(matched.warnings.map((warning) => warning.code)).toContain('DUPLICATE_ASSIGNMENT');
    expect((await stored(matched.document.id)).filter((row) => row.path === '二/(二)')).toEqual([
      { path: '二/(二)', unit: '市卫生健康委', role: 'LEAD' },
      { path: '二/(二)', unit: '市人社局', role: 'SUPPORT' },
    ]);
  });

  it('CHANGE of a role, and corrections applied in order (a later one names the unit as corrected)', async () => {
    const name = place();
    const report = await importPolicy(db(), aParsedPolicy(plan(name)), {
      corrections: [
        { action: 'CHANGE', taskPath: ['二', '(一)'], unitName: '市自然资源局', role: 'SUPPORT' },
        {
          action: 'CHANGE',
          taskPath: ['二', '(一)'],
          unitName: '市发展改革委',
          newUnitName: '市发展和改革委员会',
        },
        { action: 'CHANGE', taskPath: ['二', '(一)'], unitName: '市发展和改革委员会', role: 'LEAD' },
      ],
    });

    expect(unitsOf(report, '二/(一)')).toEqual([
      { unit: '市自然资源局', role: 'SUPPORT', corrected: true },
      { unit: '市发展和改革委员会', role: 'LEAD', corrected: true },
      { unit: '各县区政府', role: 'LOCAL', corrected: false },
    ]);
    expect(await stored(report.document.id)).toEqual([
      { path: '二/(一)', unit: '市发展和改革委员会', role: 'LEAD' },
      { path: '二/(一)', unit: '各县区政府', role: 'LOCAL' },
      { path: '二/(一)', unit: '市自然资源局', role: 'SUPPORT' },
      { path: '二/(二)', unit: '市卫生健康委', role: 'LEAD' },
      { path: '二/(二)', unit: '市人社局', role: 'SUPPORT' },
      { path: '二/(二)', unit: '市妇联', role: 'SUPPORT' },
    ]);
  });

  it('REMOVE: the unit leaves the task; a unit on no task, duty or meeting any more is not created', async () => {
    const name = place();
    const report = await importPolicy(db(), aParsedPolicy(plan(name)), {
      corrections: [
        { action: 'REMOVE', taskPath: ['二', '(二)'], unitName: '市妇联' },
        { action: 'REMOVE', taskPath: ['二', '(一)'], unitName: '各县区政府' },
      ],
    });

    expect(unitsOf(report, '二/(二)')?.map(({ unit }) => unit)).toEqual(['市卫生健康委', '市人社局']);
    expect(report.counts.assignments).toBe(4);
    expect(await departmentsOf(name)).toEqual(
      ['市人社局', '市卫生健康委', '市发展改革委', '市民政局', '市自然资源局'].sort(),
    );
  });

  it('ADD a unit the reader missed: by name (created, or matched) and by department', async () => {
    const { name, ids } = await known();
    const report = await importPolicy(db(), aParsedPolicy(plan(name)), {
      corrections: [
        { action: 'ADD', taskPath: ['一'], unitName: '市教育局', role: 'LEAD' },
        {
          action: 'ADD',
          taskPath: ['一'],
          unitName: '消防',
          departmentId: ids.get('市消防救援支队'),
          role: 'SUPPORT',
        },
        { action: 'ADD', taskPath: ['二', '(二)'], unitName: '各乡镇人民政府', role: 'LOCAL' },
      ],
    });

    expect(report.tasks[0]?.assignments).toEqual([
      {
        unit: '市教育局',
        asWritten: '市教育局',
        role: 'LEAD',
        span: null,
        departmentId: null,
        corrected: true,
      },
      {
        unit: '市消防救援支队',
        asWritten: '消防',
        role: 'SUPPORT',
        span: null,
        departmentId: ids.get('市消防救援支队'),
        corrected: true,
      },
    ]);
    expect(report.departments.created.map((department) => department.name).sort()).toEqual(
      ['市教育局', '市民政局', '各县区政府', '各乡镇人民政府'].sort(),
    );
    expect(
      report.departments.created.find((department) => department.name === '各乡镇人民政府'),
    ).toMatchObject({
      kind: 'GOVERNMENT',
      collective: true,
    });
    const rows = await stored(report.document.id);
    expect(rows.filter((row) => row.path === '一')).toEqual([
      { path: '一', unit: '市教育局', role: 'LEAD' },
      { path: '一', unit: '市消防救援支队', role: 'SUPPORT' },
    ]);
    expect(rows).toContainEqual({ path: '二/(二)', unit: '各乡镇人民政府', role: 'LOCAL' });
  });

  it('a dry run with corrections reports the corrected plan and writes nothing', async () => {
    const name = place();
    const corrections: ImportCorrection[] = [
      { action: 'CHANGE', taskPath: ['二', '(二)'], unitName: '市妇联', role: 'LEAD' },
    ];
    const before = await everything();
    const dry = await importPolicy(db(), aParsedPolicy(plan(name)), { corrections, dryRun: true });
    expect(await everything()).toEqual(before);
    expect(unitsOf(dry, '二/(二)')?.[2]).toEqual({ unit: '市妇联', role: 'LEAD', corrected: true });
    // Two leads after the correction: the importer judges the corrected task again.
    expect(dry.warnings).toContainEqual(
      expect.objectContaining({
        code: 'TWO_LEADS',
        message: expect.stringContaining('市卫生健康委、市妇联') as unknown,
      }),
    );
    const real = await importPolicy(db(), aParsedPolicy(plan(name)), { corrections });
    expect(real.tasks).toEqual(dry.tasks);
    expect(real.counts).toEqual(dry.counts);
  });

  it('is idempotent: the same text with the same corrections is UNCHANGED, other corrections a new revision', async () => {
    const name = place();
    const parsed = aParsedPolicy(plan(name));
    const corrections: ImportCorrection[] = [
      {
        action: 'CHANGE',
        taskPath: ['二', '(二)'],
        unitName: '市人社局',
        newUnitName: '市人力资源社会保障局',
      },
    ];
    const first = await importPolicy(db(), parsed, { corrections });
    const before = await everything();

    const again = await importPolicy(db(), parsed, { corrections: [...corrections] });
    expect(again.document).toEqual({ ...first.document, outcome: 'UNCHANGED' });
    expect(await everything()).toEqual(before);
    expect(again.tasks).toEqual(
      first.tasks.map((task) => ({
        ...task,
        // The department created by the first import exists now.
        assignments: task.assignments.map((assignment) => ({
          ...assignment,
          departmentId: again.tasks
            .find((other) => other.pathKey === task.pathKey)
            ?.assignments.find((other) => other.unit === assignment.unit)?.departmentId,
        })),
      })),
    );
    expect(again.tasks.flatMap((task) => task.assignments).every((a) => a.departmentId !== null)).toBe(true);

    // The text without the corrections is what the plan says: a new revision, the reading restored.
    const plain = await importPolicy(db(), parsed);
    expect(plain.document).toMatchObject({ id: first.document.id, outcome: 'REVISED', revision: 2 });
    expect(
      (await stored(first.document.id)).filter((row) => row.path === '二/(二)').map((row) => row.unit),
    ).toEqual(['市卫生健康委', '市人社局', '市妇联']);
    // Without corrections the hash is the text's alone, as before corrections existed.
    expect((await importPolicy(db(), parsed)).document.outcome).toBe('UNCHANGED');
  });

  it('rejects a correction that matches nothing, or is malformed, with a Chinese message and writes nothing', async () => {
    const { name, ids } = await known();
    const elsewhere = await known();
    const archived = ids.get('市妇联');
    await select(db(), `UPDATE department SET archived_at = now() WHERE id = $1`, [archived]);
    const before = await everything();
    const cases: [ImportCorrection, RegExp][] = [
      [{ action: 'CHANGE', taskPath: ['九'], unitName: '市妇联', role: 'LEAD' }, /没有编号为“九”的任务/],
      [
        { action: 'CHANGE', taskPath: ['二', '(二)'], unitName: '市公安局', role: 'LEAD' },
        /任务 二\/\(二\) 中没有单位“市公安局”/,
      ],
      [{ action: 'REMOVE', taskPath: ['一'], unitName: '市妇联' }, /任务 一 中没有单位/],
      [
        {
          action: 'CHANGE',
          taskPath: ['二', '(二)'],
          unitName: '市妇联',
          departmentId: elsewhere.ids.get('市妇联'),
        },
        /所选部门不存在、已归档或不属于该行政区划/,
      ],
      [
        { action: 'CHANGE', taskPath: ['二', '(二)'], unitName: '市人社局', departmentId: archived },
        /已归档/,
      ],
      [
        { action: 'CHANGE', taskPath: ['二', '(二)'], unitName: '市妇联', departmentId: 'not-a-uuid' },
        /部门标识无效/,
      ],
      [{ action: 'CHANGE', taskPath: ['二', '(二)'], unitName: '市妇联' }, /请说明改为哪个部门/],
      [
        {
          action: 'CHANGE',
          taskPath: ['二', '(二)'],
          unitName: '市妇联',
          newUnitName: '市妇女联合会',
          departmentId: ids.get('市卫生健康委'),
        },
        /只能选一个/,
      ],
      [
        { action: 'REMOVE', taskPath: ['二', '(二)'], unitName: '市妇联', role: 'LEAD' },
        /移除单位时不能同时/,
      ],
      [{ action: 'ADD', taskPath: ['一'], unitName: '市教育局' }, /新增单位需要指定角色/],
      [
        { action: 'ADD', taskPath: ['二', '(二)'], unitName: '市人社局', role: 'SUPPORT' },
        /已有单位“市人社局”/,
      ],
      [{ action: 'ADD', taskPath: ['一'], unitName: '  局 ', role: 'SUPPORT' }, /单位名称“局”无效/],
      [{ action: 'CHANGE', taskPath: [], unitName: '市妇联', role: 'LEAD' }, /请指明任务编号/],
      [{ action: 'ADD', taskPath: ['一'], unitName: '市教育局\u0000', role: 'LEAD' }, /不能含控制字符/],
      [
        { action: 'MOVE', taskPath: ['一'], unitName: '市妇联' } as unknown as ImportCorrection,
        /未知的更正类型/,
      ],
    ];
    for (const [correction, message] of cases) {
      const error: unknown = await importPolicy(db(), aParsedPolicy(plan(name)), {
        // A valid correction first: the second is the one at fault, and nothing of the first is written either.
        corrections: [
          { action: 'CHANGE', taskPath: ['二', '(一)'], unitName: '市发展改革委', role: 'LEAD' },
          correction,
        ],
      }).catch((caught: unknown) => caught);
      expect(isDbError(error, 'BAD_USER_INPUT'), JSON.stringify(correction)).toBe(true);
      expect((error as Error).message, JSON.stringify(correction)).toMatch(/^第2条更正：/);
      expect((error as Error).message, JSON.stringify(correction)).toMatch(message);
      expect((error as { details: unknown }).details).toMatchObject({ correction: 1 });
    }
    expect(await everything()).toEqual(before);
  });

  it('addresses a repeated task number by its stored key', async () => {
    const name = place();
    const report = await importPolicy(
      db(),
      aParsedPolicy({
        jurisdiction: name,
        tasks: [
          { path: '一', text: '第一项。', units: ['市民政局'] },
          { path: '一', text: '重复编号的一项。', units: ['市民政局'] },
        ],
      }),
      {
        corrections: [
          { action: 'CHANGE', taskPath: ['一#2'], unitName: '市民政局', newUnitName: '市财政局' },
        ],
      },
    );
    expect(report.tasks.map((task) => [task.pathKey, task.assignments.map((a) => a.unit)])).toEqual([
      ['一', ['市民政局']],
      ['一#2', ['市财政局']],
    ]);
  });
});
