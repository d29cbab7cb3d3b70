import { describe, expect, it } from 'vitest';
import {
  correctionsOf,
  type DepartmentOption,
  editKey,
  isUnchanged,
  type ReportTask,
  reviewTasks,
  targetProblem,
  taskPathsOf,
  type UnitEdit,
  unitKey,
} from './review';

const span = { start: 0, end: 1 };
const assignment = (
  unit: string,
  role: 'LEAD' | 'SUPPORT' | 'LOCAL',
  departmentId: string | null = null,
) => ({
  unit,
  asWritten: unit.replace(/^区/, ''),
  role,
  departmentId,
  corrected: false,
  span,
});
const tasks: ReportTask[] = [
  { path: ['一'], heading: '总体要求', text: '总体要求', span, assignments: [] },
  {
    path: ['二', '(一)'],
    heading: null,
    text: '发展托育',
    span,
    assignments: [assignment('区民政局', 'LEAD', 'civil'), assignment('区卫健委', 'SUPPORT')],
  },
  {
    path: ['二', '(一)'],
    heading: null,
    text: '重复编号',
    span,
    assignments: [assignment('区民政局', 'LEAD', 'civil')],
  },
];
const departments: DepartmentOption[] = [
  { id: 'civil', name: '区民政局', aliases: [] },
  { id: 'health', name: '区卫生健康委员会', aliases: ['区卫健委员会'] },
  { id: 'market', name: '区市场监管局', aliases: ['区市场监督管理局'] },
];
const edits = (...list: UnitEdit[]) => new Map(list.map((edit) => [editKey(edit), edit]));

describe('taskPathsOf', () => {
  it('names a repeated number as the importer stores it', () => {
    expect(taskPathsOf(tasks)).toEqual([['一'], ['二', '(一)'], ['二', '(一)#2']]);
  });
});

describe('reviewTasks', () => {
  it('shows every unit with its department and marks what the office changed, removed or added', () => {
    const review = reviewTasks(
      { tasks },
      edits(
        {
          kind: 'change',
          taskKey: '二/(一)',
          unit: '区卫健委',
          target: { departmentId: 'health', name: '区卫生健康委员会' },
          role: 'SUPPORT',
        },
        { kind: 'remove', taskKey: '二/(一)#2', unit: '区民政局' },
        {
          kind: 'add',
          taskKey: '二/(一)',
          id: '1',
          target: { departmentId: null, name: '区市场监督管理局' },
          role: 'SUPPORT',
        },
        {
          kind: 'add',
          taskKey: '一',
          id: '2',
          target: { departmentId: null, name: '区托育中心' },
          role: 'LEAD',
        },
      ),
      departments,
    );
    expect(
      review[1]?.units.map(({ name, role, departmentId, match, edit }) => ({
        name,
        role,
        departmentId,
        match,
        edit,
      })),
    ).toEqual([
      { name: '区民政局', role: 'LEAD', departmentId: 'civil', match: 'existing', edit: null },
      {
        name: '区卫生健康委员会',
        role: 'SUPPORT',
        departmentId: 'health',
        match: 'existing',
        edit: 'changed',
      },
      // A typed name that is an alias of a department is that department.
      { name: '区市场监督管理局', role: 'SUPPORT', departmentId: 'market', match: 'existing', edit: 'added' },
    ]);
    expect(review[2]?.units[0]?.edit).toBe('removed');
    expect(review[2]?.leads).toBe(0);
    expect(review[0]?.units[0]).toMatchObject({ name: '区托育中心', match: 'new', edit: 'added' });
  });
});

describe('targetProblem', () => {
  const [, task] = reviewTasks({ tasks }, new Map(), departments);
  if (!task) throw new Error('no task');
  it('refuses an empty or short name and a unit the task already has', () => {
    expect(targetProblem(task, { departmentId: null, name: ' ' }, departments, null)).toBe('请填写单位名称');
    expect(targetProblem(task, { departmentId: null, name: '局' }, departments, null)).toBe(
      '请填写完整的单位名称',
    );
    expect(targetProblem(task, { departmentId: 'civil', name: '区民政局' }, departments, null)).toBe(
      '该任务已有单位“区民政局”',
    );
    expect(targetProblem(task, { departmentId: null, name: '区 卫健委' }, departments, null)).toBe(
      '该任务已有单位“区卫健委”',
    );
  });
  it('lets a unit keep its own name while it is edited', () => {
    expect(
      targetProblem(
        task,
        { departmentId: null, name: '区卫健委' },
        departments,
        unitKey('二/(一)', '区卫健委'),
      ),
    ).toBeNull();
    expect(
      targetProblem(task, { departmentId: 'market', name: '区市场监管局' }, departments, null),
    ).toBeNull();
  });
});

describe('correctionsOf', () => {
  it('sends changes and removals by the name the report read, then additions; leaves out what changes nothing', () => {
    const list = edits(
      {
        kind: 'add',
        taskKey: '一',
        id: '1',
        target: { departmentId: 'market', name: '区市场监管局' },
        role: 'LEAD',
      },
      {
        kind: 'change',
        taskKey: '二/(一)',
        unit: '区卫健委',
        target: { departmentId: null, name: ' 区卫生健康委 ' },
        role: 'SUPPORT',
      },
      {
        kind: 'change',
        taskKey: '二/(一)',
        unit: '区民政局',
        target: { departmentId: 'civil', name: '区民政局' },
        role: 'LEAD',
      },
      { kind: 'remove', taskKey: '二/(一)#2', unit: '区民政局' },
    );
    expect(correctionsOf(reviewTasks({ tasks }, list, departments), list)).toEqual([
      { action: 'CHANGE', taskPath: ['二', '(一)'], unitName: '区卫健委', newUnitName: '区卫生健康委' },
      { action: 'REMOVE', taskPath: ['二', '(一)#2'], unitName: '区民政局' },
      { action: 'ADD', taskPath: ['一'], unitName: '区市场监管局', departmentId: 'market', role: 'LEAD' },
    ]);
  });

  it('sends only the role when only the role changed', () => {
    const list = edits({
      kind: 'change',
      taskKey: '二/(一)',
      unit: '区民政局',
      target: { departmentId: 'civil', name: '区民政局' },
      role: 'SUPPORT',
    });
    expect(correctionsOf(reviewTasks({ tasks }, list, departments), list)).toEqual([
      { action: 'CHANGE', taskPath: ['二', '(一)'], unitName: '区民政局', role: 'SUPPORT' },
    ]);
  });

  it('knows an edit back to the reading is no correction', () => {
    const original = tasks[1]?.assignments[0];
    if (!original) throw new Error('no assignment');
    expect(isUnchanged(original, { departmentId: 'civil', name: '区民政局' }, 'LEAD')).toBe(true);
    expect(isUnchanged(original, { departmentId: null, name: '区民政局' }, 'LEAD')).toBe(true);
    expect(isUnchanged(original, { departmentId: 'market', name: '区市场监管局' }, 'LEAD')).toBe(false);
  });
});
