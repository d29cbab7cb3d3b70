import type { Assignment, AssignmentRole, Department, Id, StatusLight, Task } from './model.js';
import { compareCodeUnits } from './order.js';
import { taskLight } from './status-light.js';
import { comparePaths, pathKey } from './task-path.js';

/**
 * 责任矩阵 — the departments × tasks of a document, each cell an assignment's role and light.
 *
 * Nothing is dropped and nothing throws: data that breaks an invariant is shown as it is and reported in
 * `violations`, so the office sees a mis-read clause and can fix it.
 *
 * - At most one LEAD per task ("列第一位为牵头单位"): two or more → MULTIPLE_LEADS, all kept.
 * - A task with assignments but no LEAD → NO_LEAD (a heading without assignments is fine).
 * - One department twice on a task → DUPLICATE_ASSIGNMENT, both kept.
 * - An assignment whose task or department is not in the input → UNKNOWN_TASK / UNKNOWN_DEPARTMENT; it has
 *   no row or column, so it is not a cell. The LEAD checks still count it: they are about the task's
 *   data, not about what is drawn.
 */

export type MatrixTask = Pick<Task, 'id' | 'path'>;
export type MatrixDepartment = Pick<Department, 'id' | 'name'>;
export type MatrixAssignment = Pick<Assignment, 'id' | 'taskId' | 'departmentId' | 'role'>;

export interface MatrixCell {
  taskId: Id;
  departmentId: Id;
  assignmentId: Id;
  role: AssignmentRole;
  /** The assignment's light when lights were given, else null. */
  light: StatusLight | null;
}

export type MatrixViolation =
  | { code: 'MULTIPLE_LEADS'; taskId: Id; assignmentIds: Id[]; message: string }
  | { code: 'NO_LEAD'; taskId: Id; assignmentIds: Id[]; message: string }
  | { code: 'DUPLICATE_ASSIGNMENT'; taskId: Id; departmentId: Id; assignmentIds: Id[]; message: string }
  | { code: 'UNKNOWN_TASK'; assignmentId: Id; taskId: Id; message: string }
  | { code: 'UNKNOWN_DEPARTMENT'; assignmentId: Id; departmentId: Id; message: string };

export type MatrixViolationCode = MatrixViolation['code'];

export type RoleCounts = Record<AssignmentRole, number>;

export interface TaskTotals {
  taskId: Id;
  byRole: RoleCounts;
  total: number;
  /** The worst light of the task's cells; null when it has none or no lights were given. */
  light: StatusLight | null;
}

export interface DepartmentTotals {
  departmentId: Id;
  byRole: RoleCounts;
  total: number;
  /** Counts of the department's cells by light (cells without a light are not counted). */
  byLight: Record<StatusLight, number>;
}

export interface ResponsibilityMatrix<
  T extends MatrixTask = MatrixTask,
  D extends MatrixDepartment = MatrixDepartment,
> {
  /** Document order (`comparePaths`, then id). */
  tasks: T[];
  /** Most LEAD roles first, then most assignments, then name (Chinese collation), then id. */
  departments: D[];
  /** One per assignment with a known task and department, by task order, then department order. */
  cells: MatrixCell[];
  /** Same order as `tasks`. */
  taskTotals: TaskTotals[];
  /** Same order as `departments`. */
  departmentTotals: DepartmentTotals[];
  /** Per task in task order, then the unknown references in input order. */
  violations: MatrixViolation[];
}

export interface MatrixInput<T extends MatrixTask, D extends MatrixDepartment> {
  tasks: readonly T[];
  /** The columns: every department given is shown, assigned or not. */
  departments: readonly D[];
  assignments: readonly MatrixAssignment[];
  /** Lights by assignment id (from `assignmentLight`). */
  lights?: ReadonlyMap<Id, StatusLight>;
}

const ROLE_LABELS: Readonly<Record<AssignmentRole, string>> = {
  LEAD: '牵头',
  SUPPORT: '配合',
  LOCAL: '属地',
};

/** LEAD → 牵头, SUPPORT → 配合, LOCAL → 属地. */
export function roleLabel(role: AssignmentRole): string {
  return ROLE_LABELS[role];
}

function zeroRoles(): RoleCounts {
  return { LEAD: 0, SUPPORT: 0, LOCAL: 0 };
}

const nameCollator = new Intl.Collator('zh-Hans-CN', { numeric: true });

function groupBy<V>(items: readonly V[], key: (item: V) => Id): Map<Id, V[]> {
  const groups = new Map<Id, V[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

export function buildResponsibilityMatrix<T extends MatrixTask, D extends MatrixDepartment>(
  input: MatrixInput<T, D>,
): ResponsibilityMatrix<T, D> {
  const taskById = new Map(input.tasks.map((task) => [task.id, task]));
  const departmentById = new Map(input.departments.map((department) => [department.id, department]));
  const departmentName = (id: Id): string => departmentById.get(id)?.name ?? id;

  const placed: MatrixAssignment[] = [];
  const unknown: MatrixViolation[] = [];
  for (const assignment of input.assignments) {
    const task = taskById.get(assignment.taskId);
    if (!task) {
      unknown.push({
        code: 'UNKNOWN_TASK',
        assignmentId: assignment.id,
        taskId: assignment.taskId,
        message: `责任分工指向不存在的任务（${assignment.taskId}）`,
      });
    } else if (!departmentById.has(assignment.departmentId)) {
      unknown.push({
        code: 'UNKNOWN_DEPARTMENT',
        assignmentId: assignment.id,
        departmentId: assignment.departmentId,
        message: `任务 ${pathKey(task.path)} 的责任分工指向不存在的部门（${assignment.departmentId}）`,
      });
    } else {
      placed.push(assignment);
    }
  }

  const tasks = [...input.tasks].sort((a, b) => comparePaths(a.path, b.path) || compareCodeUnits(a.id, b.id));

  const departmentCounts = new Map<Id, RoleCounts>(input.departments.map((d) => [d.id, zeroRoles()]));
  for (const { departmentId, role } of placed) {
    const counts = departmentCounts.get(departmentId);
    if (counts) counts[role]++;
  }
  const countsOf = (id: Id): RoleCounts => departmentCounts.get(id) ?? zeroRoles();
  const totalOf = (counts: RoleCounts): number => counts.LEAD + counts.SUPPORT + counts.LOCAL;
  const departments = [...input.departments].sort((a, b) => {
    const countsA = countsOf(a.id);
    const countsB = countsOf(b.id);
    return (
      countsB.LEAD - countsA.LEAD ||
      totalOf(countsB) - totalOf(countsA) ||
      nameCollator.compare(a.name, b.name) ||
      compareCodeUnits(a.name, b.name) ||
      compareCodeUnits(a.id, b.id)
    );
  });
  const departmentIndex = new Map(departments.map((department, index) => [department.id, index]));

  const placedByTask = groupBy(placed, (assignment) => assignment.taskId);
  const allByTask = groupBy(
    input.assignments.filter((assignment) => taskById.has(assignment.taskId)),
    (assignment) => assignment.taskId,
  );
  const lightOf = (assignmentId: Id): StatusLight | null => input.lights?.get(assignmentId) ?? null;

  const cells: MatrixCell[] = [];
  const taskTotals: TaskTotals[] = [];
  const violations: MatrixViolation[] = [];
  for (const task of tasks) {
    const key = pathKey(task.path);
    const taskCells = (placedByTask.get(task.id) ?? [])
      .map((assignment) => ({
        taskId: task.id,
        departmentId: assignment.departmentId,
        assignmentId: assignment.id,
        role: assignment.role,
        light: lightOf(assignment.id),
      }))
      .sort(
        (a, b) =>
          (departmentIndex.get(a.departmentId) ?? 0) - (departmentIndex.get(b.departmentId) ?? 0) ||
          compareCodeUnits(a.assignmentId, b.assignmentId),
      );
    cells.push(...taskCells);

    const byRole = zeroRoles();
    for (const cell of taskCells) byRole[cell.role]++;
    taskTotals.push({
      taskId: task.id,
      byRole,
      total: taskCells.length,
      light: taskLight(taskCells.flatMap((cell) => (cell.light === null ? [] : [cell.light]))),
    });

    const all = allByTask.get(task.id) ?? [];
    const leads = all.filter((assignment) => assignment.role === 'LEAD');
    if (leads.length > 1) {
      violations.push({
        code: 'MULTIPLE_LEADS',
        taskId: task.id,
        assignmentIds: leads.map((assignment) => assignment.id),
        message: `任务 ${key} 有${leads.length}个牵头单位：${leads.map((a) => departmentName(a.departmentId)).join('、')}`,
      });
    } else if (leads.length === 0 && all.length > 0) {
      violations.push({
        code: 'NO_LEAD',
        taskId: task.id,
        assignmentIds: all.map((assignment) => assignment.id),
        message: `任务 ${key} 没有牵头单位`,
      });
    }
    for (const [departmentId, same] of groupBy(taskCells, (cell) => cell.departmentId)) {
      if (same.length > 1) {
        violations.push({
          code: 'DUPLICATE_ASSIGNMENT',
          taskId: task.id,
          departmentId,
          assignmentIds: same.map((cell) => cell.assignmentId),
          message: `${departmentName(departmentId)}在任务 ${key} 中被重复列出${same.length}次`,
        });
      }
    }
  }

  const departmentTotals = departments.map((department): DepartmentTotals => {
    const byLight: Record<StatusLight, number> = { GREEN: 0, YELLOW: 0, RED: 0 };
    const byRole = countsOf(department.id);
    return { departmentId: department.id, byRole: { ...byRole }, total: totalOf(byRole), byLight };
  });
  const totalsIndex = new Map(departmentTotals.map((totals) => [totals.departmentId, totals]));
  for (const cell of cells) {
    const totals = totalsIndex.get(cell.departmentId);
    if (totals && cell.light !== null) totals.byLight[cell.light]++;
  }

  return { tasks, departments, cells, taskTotals, departmentTotals, violations: [...violations, ...unknown] };
}

/** A lookup by task × department over a matrix's cells (usually zero or one; more is a DUPLICATE_ASSIGNMENT). */
export function cellLookup(
  matrix: Pick<ResponsibilityMatrix, 'cells'>,
): (taskId: Id, departmentId: Id) => MatrixCell[] {
  const index = new Map<string, MatrixCell[]>();
  for (const cell of matrix.cells) {
    const key = `${cell.taskId}\u0000${cell.departmentId}`;
    const list = index.get(key);
    if (list) list.push(cell);
    else index.set(key, [cell]);
  }
  return (taskId, departmentId) => index.get(`${taskId}\u0000${departmentId}`) ?? [];
}
