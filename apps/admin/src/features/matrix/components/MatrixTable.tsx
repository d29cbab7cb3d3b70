import { memo } from 'react';
import { LightIcon, lightColors, roleShortLabel } from '../../../components/badges';
import { lightLabel, roleLabel } from '../../../lib/domain';
import type { MatrixDepartment, MatrixRow } from '../hooks/matrix-rows';

interface MatrixTableProps {
  rows: readonly MatrixRow[];
  departments: readonly MatrixDepartment[];
  /** A cell (a task and one unit's assignment) or a task's heading (the task alone) was chosen. */
  onSelect: (selection: { taskId: string; assignmentId: string | null }) => void;
}

/**
 * Tasks down, departments across, as a real <table> so screen readers announce row and column headers.
 * Headers stick (CSS position: sticky). 100 × 40 is 4 000 cells, of which only assigned ones hold a button,
 * so React renders it without virtualisation; the rows are memoised so opening the drawer re-renders nothing.
 */
export const MatrixTable = memo(function MatrixTable({ rows, departments, onSelect }: MatrixTableProps) {
  return (
    <div className="matrix-scroll" tabIndex={0} role="region" aria-label="责任矩阵表格,可横向滚动">
      <table className="matrix-table">
        <thead>
          <tr>
            <th scope="col" className="sticky-col col-path">
              序号
            </th>
            <th scope="col" className="sticky-col col-task">
              任务
            </th>
            {departments.map((d) => (
              <th key={d.id} scope="col" className="col-dept">
                <span>{d.name}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.task.id}>
              <th scope="row" className="sticky-col col-path">
                {row.task.path.join('/')}
              </th>
              <td className="sticky-col col-task" title={row.task.text}>
                <button
                  type="button"
                  className="matrix-task-button"
                  onClick={() => {
                    onSelect({ taskId: row.task.id, assignmentId: null });
                  }}
                >
                  {row.task.heading ?? row.task.text.slice(0, 40)}
                  <span className="visually-hidden">(查看全文与全部责任单位)</span>
                </button>
              </td>
              {departments.map((d) => {
                const cell = row.cells.get(d.id);
                if (!cell) return <td key={d.id} className="matrix-cell empty" />;
                const colors = lightColors[cell.light];
                return (
                  <td key={d.id} className="matrix-cell" style={{ background: colors.bg }}>
                    <button
                      type="button"
                      className="matrix-cell-button"
                      style={{ color: colors.fg, borderColor: colors.border }}
                      aria-label={`${d.name} 在 ${row.task.path.join('/')} 中${roleLabel(cell.role)},${lightLabel(cell.light)},查看进展记录`}
                      data-role={cell.role}
                      data-light={cell.light}
                      onClick={() => {
                        onSelect({ taskId: cell.taskId, assignmentId: cell.assignmentId });
                      }}
                    >
                      <span aria-hidden>{roleShortLabel(cell.role)}</span>
                      <LightIcon light={cell.light} />
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});
