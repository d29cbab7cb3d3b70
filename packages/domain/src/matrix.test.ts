import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { buildResponsibilityMatrix, cellLookup, roleLabel, type MatrixAssignment } from './matrix.js';
import type { AssignmentRole, StatusLight } from './model.js';
import { aDepartment, anAssignment, aTask, resetTestIds } from './testing/index.js';

beforeEach(resetTestIds);

/** 本溪市's task 三/(一)/1 and its neighbours, with the units its clauses name. */
function benxi() {
  const health = aDepartment({ name: '市卫生健康委' });
  const reform = aDepartment({ name: '市发展改革委' });
  const civil = aDepartment({ name: '市民政局' });
  const housing = aDepartment({ name: '市住房城乡建设局' });
  const counties = aDepartment({ name: '各县区政府', kind: 'GOVERNMENT' });
  const heading = aTask({ path: ['三', '(一)'], deadline: null });
  const t1 = aTask({ path: ['三', '(一)', '1'] });
  const t2 = aTask({ path: ['三', '(一)', '2'] });
  const t3 = aTask({ path: ['三', '(一)', '3'] });
  const t10 = aTask({ path: ['三', '(一)', '10'] });
  const assign = (taskId: string, departmentId: string, role: AssignmentRole) =>
    anAssignment({ taskId, departmentId, role });
  const assignments = [
    assign(t1.id, reform.id, 'LEAD'),
    assign(t1.id, civil.id, 'SUPPORT'),
    assign(t1.id, counties.id, 'LOCAL'),
    assign(t2.id, housing.id, 'LEAD'),
    assign(t2.id, health.id, 'SUPPORT'),
    assign(t3.id, housing.id, 'LEAD'),
    assign(t10.id, health.id, 'LEAD'),
    assign(t10.id, reform.id, 'SUPPORT'),
  ];
  return {
    departments: { health, reform, civil, housing, counties },
    tasks: { heading, t1, t2, t3, t10 },
    assignments,
  };
}

describe('buildResponsibilityMatrix', () => {
  it('puts tasks in document order and departments by leads, then assignments, then name', () => {
    const { tasks, departments, assignments } = benxi();
    const matrix = buildResponsibilityMatrix({
      tasks: [tasks.t10, tasks.t2, tasks.heading, tasks.t1, tasks.t3],
      departments: Object.values(departments),
      assignments,
    });
    expect(matrix.tasks.map((task) => task.path.join('/'))).toEqual([
      '三/(一)',
      '三/(一)/1',
      '三/(一)/2',
      '三/(一)/3',
      '三/(一)/10',
    ]);
    expect(matrix.departments.map((department) => department.name)).toEqual([
      '市住房城乡建设局', // 2 leads
      '市发展改革委', // 1 lead, 2 assignments
      '市卫生健康委', // 1 lead, 2 assignments: after 发 in pinyin (fā < wèi)
      '各县区政府', // 0 leads, 1 assignment: gè < mín
      '市民政局',
    ]);
    expect(matrix.violations).toEqual([]);
  });

  it('has one cell per assignment, in task then department order, with role and light', () => {
    const { tasks, departments, assignments } = benxi();
    const lights = new Map<string, StatusLight>([[assignments[0]?.id ?? '', 'RED']]);
    const matrix = buildResponsibilityMatrix({
      tasks: Object.values(tasks),
      departments: Object.values(departments),
      assignments,
      lights,
    });
    expect(matrix.cells).toHaveLength(assignments.length);
    expect(matrix.cells.slice(0, 3)).toEqual([
      {
        taskId: tasks.t1.id,
        departmentId: departments.reform.id,
        assignmentId: assignments[0]?.id,
        role: 'LEAD',
        light: 'RED',
      },
      {
        taskId: tasks.t1.id,
        departmentId: departments.counties.id,
        assignmentId: assignments[2]?.id,
        role: 'LOCAL',
        light: null,
      },
      {
        taskId: tasks.t1.id,
        departmentId: departments.civil.id,
        assignmentId: assignments[1]?.id,
        role: 'SUPPORT',
        light: null,
      },
    ]);
    const at = cellLookup(matrix);
    expect(at(tasks.t2.id, departments.health.id).map((cell) => cell.role)).toEqual(['SUPPORT']);
    expect(at(tasks.t2.id, departments.civil.id)).toEqual([]);
  });

  it('totals roles and lights per task and per department', () => {
    const { tasks, departments, assignments } = benxi();
    const lights = new Map<string, StatusLight>(
      assignments.map((assignment, index) => [assignment.id, index === 4 ? 'YELLOW' : 'GREEN']),
    );
    const matrix = buildResponsibilityMatrix({
      tasks: Object.values(tasks),
      departments: Object.values(departments),
      assignments,
      lights,
    });
    expect(matrix.taskTotals.map((totals) => totals.taskId)).toEqual(matrix.tasks.map((task) => task.id));
    expect(matrix.taskTotals[0]).toEqual({
      taskId: tasks.heading.id,
      byRole: { LEAD: 0, SUPPORT: 0, LOCAL: 0 },
      total: 0,
      light: null,
    });
    expect(matrix.taskTotals[1]).toEqual({
      taskId: tasks.t1.id,
      byRole: { LEAD: 1, SUPPORT: 1, LOCAL: 1 },
      total: 3,
      light: 'GREEN',
    });
    expect(matrix.taskTotals[2]?.light).toBe('YELLOW');

    expect(matrix.departmentTotals.map((totals) => totals.departmentId)).toEqual(
      matrix.departments.map((d) => d.id),
    );
    expect(matrix.departmentTotals[0]).toEqual({
      departmentId: departments.housing.id,
      byRole: { LEAD: 2, SUPPORT: 0, LOCAL: 0 },
      total: 2,
      byLight: { GREEN: 2, YELLOW: 0, RED: 0 },
    });
    const health = matrix.departmentTotals.find((totals) => totals.departmentId === departments.health.id);
    expect(health?.byLight).toEqual({ GREEN: 1, YELLOW: 1, RED: 0 });
  });

  it('keeps every LEAD of a task with two and reports MULTIPLE_LEADS', () => {
    const { tasks, departments } = benxi();
    const first = anAssignment({ taskId: tasks.t1.id, departmentId: departments.reform.id, role: 'LEAD' });
    const second = anAssignment({ taskId: tasks.t1.id, departmentId: departments.civil.id, role: 'LEAD' });
    const matrix = buildResponsibilityMatrix({
      tasks: [tasks.t1],
      departments: Object.values(departments),
      assignments: [first, second],
    });
    expect(matrix.cells.map((cell) => cell.assignmentId).sort()).toEqual([first.id, second.id].sort());
    expect(matrix.violations).toEqual([
      {
        code: 'MULTIPLE_LEADS',
        taskId: tasks.t1.id,
        assignmentIds: [first.id, second.id],
        message: '任务 三/(一)/1 有2个牵头单位：市发展改革委、市民政局',
      },
    ]);
  });

  it('reports NO_LEAD only for a task that has assignments', () => {
    const { tasks, departments } = benxi();
    const support = anAssignment({
      taskId: tasks.t2.id,
      departmentId: departments.health.id,
      role: 'SUPPORT',
    });
    const local = anAssignment({ taskId: tasks.t2.id, departmentId: departments.counties.id, role: 'LOCAL' });
    const matrix = buildResponsibilityMatrix({
      tasks: [tasks.heading, tasks.t2],
      departments: Object.values(departments),
      assignments: [support, local],
    });
    expect(matrix.violations).toEqual([
      {
        code: 'NO_LEAD',
        taskId: tasks.t2.id,
        assignmentIds: [support.id, local.id],
        message: '任务 三/(一)/2 没有牵头单位',
      },
    ]);
  });

  it('reports a department listed twice on a task, keeping both', () => {
    const { tasks, departments } = benxi();
    const lead = anAssignment({ taskId: tasks.t3.id, departmentId: departments.housing.id, role: 'LEAD' });
    const again = anAssignment({
      taskId: tasks.t3.id,
      departmentId: departments.housing.id,
      role: 'SUPPORT',
    });
    const matrix = buildResponsibilityMatrix({
      tasks: [tasks.t3],
      departments: [departments.housing],
      assignments: [lead, again],
    });
    expect(matrix.cells).toHaveLength(2);
    expect(matrix.violations).toMatchObject([
      {
        code: 'DUPLICATE_ASSIGNMENT',
        taskId: tasks.t3.id,
        departmentId: departments.housing.id,
        assignmentIds: [lead.id, again.id],
      },
    ]);
  });

  it('reports assignments to unknown tasks and departments instead of throwing', () => {
    const { tasks, departments } = benxi();
    const lost = anAssignment({ taskId: 'no-such-task', departmentId: departments.health.id });
    const stray = anAssignment({ taskId: tasks.t1.id, departmentId: 'no-such-department', role: 'LEAD' });
    const matrix = buildResponsibilityMatrix({
      tasks: [tasks.t1],
      departments: [departments.health],
      assignments: [lost, stray],
    });
    expect(matrix.cells).toEqual([]);
    expect(matrix.violations).toEqual([
      {
        code: 'UNKNOWN_TASK',
        assignmentId: lost.id,
        taskId: 'no-such-task',
        message: '责任分工指向不存在的任务（no-such-task）',
      },
      {
        code: 'UNKNOWN_DEPARTMENT',
        assignmentId: stray.id,
        departmentId: 'no-such-department',
        message: '任务 三/(一)/1 的责任分工指向不存在的部门（no-such-department）',
      },
    ]);
  });

  it('is empty for empty input', () => {
    expect(buildResponsibilityMatrix({ tasks: [], departments: [], assignments: [] })).toEqual({
      tasks: [],
      departments: [],
      cells: [],
      taskTotals: [],
      departmentTotals: [],
      violations: [],
    });
  });

  it('never loses an assignment and flags exactly the tasks with two or more leads', () => {
    const taskIds = ['t1', 't2', 't3'];
    const departmentIds = ['d1', 'd2', 'd3'];
    const assignment = fc.record({
      taskId: fc.constantFrom(...taskIds, 'tX'),
      departmentId: fc.constantFrom(...departmentIds, 'dX'),
      role: fc.constantFrom<AssignmentRole>('LEAD', 'SUPPORT', 'LOCAL'),
    });
    fc.assert(
      fc.property(fc.array(assignment, { maxLength: 12 }), (drafts) => {
        const assignments: MatrixAssignment[] = drafts.map((draft, index) => ({ id: `a${index}`, ...draft }));
        const matrix = buildResponsibilityMatrix({
          tasks: taskIds.map((id, index) => ({ id, path: [String(index + 1)] })),
          departments: departmentIds.map((id) => ({ id, name: id })),
          assignments,
        });
        const accounted = [
          ...matrix.cells.map((cell) => cell.assignmentId),
          ...matrix.violations.flatMap((v) =>
            v.code === 'UNKNOWN_TASK' || v.code === 'UNKNOWN_DEPARTMENT' ? [v.assignmentId] : [],
          ),
        ];
        expect(accounted.sort()).toEqual(assignments.map((a) => a.id).sort());
        for (const taskId of taskIds) {
          const leads = assignments.filter((a) => a.taskId === taskId && a.role === 'LEAD').length;
          const flagged = matrix.violations.some((v) => v.code === 'MULTIPLE_LEADS' && v.taskId === taskId);
          expect(flagged).toBe(leads >= 2);
        }
        const totals = matrix.departmentTotals.reduce((sum, t) => sum + t.total, 0);
        expect(totals).toBe(matrix.cells.length);
      }),
    );
  });
});

describe('roleLabel', () => {
  it('names roles in Chinese', () => {
    expect(roleLabel('LEAD')).toBe('牵头');
    expect(roleLabel('SUPPORT')).toBe('配合');
    expect(roleLabel('LOCAL')).toBe('属地');
  });
});
