import type { AssignmentRole, ResponsibilityMatrixQuery, StatusLight } from '../../../graphql/generated/graphql';
import { comparePaths, lightLabel, taskLight } from '../../../lib/domain';

type Matrix = NonNullable<ResponsibilityMatrixQuery['responsibilityMatrix']>;
export type MatrixTask = Matrix['tasks'][number];
export type MatrixDepartment = Matrix['departments'][number];
export type MatrixCellData = Matrix['cells'][number];

export interface MatrixRow {
  task: MatrixTask;
  /** Cells by department id. */
  cells: Map<string, MatrixCellData>;
  /** Names per role, in the department order, for the export and screen readers. */
  names: Record<AssignmentRole, string[]>;
  /** The task's light: the worst of its assignments' lights; null without assignments. */
  light: StatusLight | null;
}

/**
 * Rows in document order (三/(一)/1 before 三/(一)/2 before 四), departments in the order the server gives
 * (the matrix puts leads first); one lookup per cell so 100 × 40 renders without scanning.
 */
export function buildMatrixRows(matrix: Pick<Matrix, 'tasks' | 'departments' | 'cells'>): MatrixRow[] {
  const names = new Map(matrix.departments.map((d) => [d.id, d.name]));
  const order = new Map(matrix.departments.map((d, index) => [d.id, index]));
  const byTask = new Map<string, MatrixCellData[]>();
  for (const cell of matrix.cells) {
    const list = byTask.get(cell.taskId);
    if (list) list.push(cell);
    else byTask.set(cell.taskId, [cell]);
  }
  return [...matrix.tasks]
    .sort((a, b) => comparePaths(a.path, b.path))
    .map((task) => {
      const cells = [...(byTask.get(task.id) ?? [])].sort(
        (a, b) => (order.get(a.departmentId) ?? 0) - (order.get(b.departmentId) ?? 0),
      );
      const rowNames: Record<AssignmentRole, string[]> = { LEAD: [], SUPPORT: [], LOCAL: [] };
      for (const cell of cells) rowNames[cell.role].push(names.get(cell.departmentId) ?? '');
      return {
        task,
        cells: new Map(cells.map((c) => [c.departmentId, c])),
        names: rowNames,
        light: taskLight(cells.map((c) => c.light)),
      };
    });
}

/** The table offices already keep: 序号/任务路径, 任务, 牵头单位, 配合单位, 属地责任, 状态. */
export const exportHeader = ['序号/任务路径', '任务', '牵头单位', '配合单位', '属地责任', '状态'] as const;

export function exportRows(rows: readonly MatrixRow[]): string[][] {
  return rows.map((row) => [
    row.task.path.join('/'),
    [row.task.heading, row.task.text].filter(Boolean).join(':'),
    row.names.LEAD.join('、'),
    row.names.SUPPORT.join('、'),
    row.names.LOCAL.join('、'),
    row.light ? lightLabel(row.light) : '未分工',
  ]);
}
