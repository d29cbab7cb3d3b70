import { Button, Empty } from 'antd';
import { memo } from 'react';
import { RoleBadge } from '../../../components/badges';
import type { ReviewTask, ReviewUnit } from '../hooks/review';

/** Id of a unit's 更正 button, the target of a click on the unit in the source text. */
export const unitButtonId = (unitKey: string) => `unit-${unitKey.replace(/[^\p{L}\p{N}]+/gu, '-')}`;

function stateOf(unit: ReviewUnit): { state: string; word: string } {
  if (unit.edit === 'removed') return { state: 'removed', word: '已移除' };
  const match = unit.match === 'existing' ? '已有部门' : '将新建';
  if (unit.edit === 'added') return { state: 'edited', word: `新增·${match}` };
  if (unit.edit === 'changed') return { state: 'edited', word: `已更正·${match}` };
  return { state: unit.match, word: match };
}

interface ReviewTableProps {
  tasks: readonly ReviewTask[];
  activeTask: number | null;
  onShowInSource: (task: ReviewTask) => void;
  onEdit: (task: ReviewTask, unit: ReviewUnit) => void;
  onAdd: (task: ReviewTask) => void;
  onRestore: (task: ReviewTask, unit: ReviewUnit) => void;
}

/**
 * Tasks down, their units across in one cell: each unit with its role and whether it is an existing department or
 * will be created, and a button to correct it; each task a button to add a unit the reader missed. A real <table>
 * so screen readers announce the task with each unit.
 */
export const ReviewTable = memo(function ReviewTable({
  tasks,
  activeTask,
  onShowInSource,
  onEdit,
  onAdd,
  onRestore,
}: ReviewTableProps) {
  if (tasks.length === 0) return <Empty description="未识别出任务:请检查文件是否完整,或返回重新粘贴" />;
  return (
    <div className="review-table-scroll" tabIndex={0} role="region" aria-label="任务与责任单位,可滚动">
      <table className="review-table">
        <thead>
          <tr>
            <th scope="col">序号</th>
            <th scope="col">任务</th>
            <th scope="col">责任单位(角色 · 部门)</th>
          </tr>
        </thead>
        <tbody>
          {tasks.map((task) => (
            <tr
              key={task.key}
              data-task={task.label}
              className={task.index === activeTask ? 'is-active' : undefined}
            >
              <th scope="row">
                <button
                  type="button"
                  className="review-path"
                  aria-label={`在原文中查看任务 ${task.label}`}
                  onClick={() => {
                    onShowInSource(task);
                  }}
                >
                  {task.label}
                </button>
              </th>
              <td>{task.heading ?? (task.text.length > 30 ? `${task.text.slice(0, 30)}…` : task.text)}</td>
              <td>
                {task.units.length === 0 ? (
                  <span className="muted">无责任单位</span>
                ) : (
                  <ul className="review-units">
                    {task.units.map((unit) => {
                      const { state, word } = stateOf(unit);
                      const written =
                        unit.original && unit.original.asWritten !== unit.original.unit
                          ? `(原文:${unit.original.asWritten})`
                          : '';
                      return (
                        <li key={unit.key} data-unit={unit.name}>
                          <span className="review-unit-name" data-edit={unit.edit ?? undefined}>
                            {unit.edit === 'changed' && unit.original && unit.original.unit !== unit.name
                              ? `${unit.original.unit} → ${unit.name}`
                              : unit.name}
                            {written}
                          </span>
                          {unit.edit !== 'removed' && <RoleBadge role={unit.role} />}
                          <span className="review-state" data-state={state}>
                            {word}
                          </span>
                          {unit.edit === 'removed' ? (
                            <Button
                              size="small"
                              id={unitButtonId(unit.key)}
                              aria-label={`撤销移除 ${unit.name}(${task.label})`}
                              onClick={() => {
                                onRestore(task, unit);
                              }}
                            >
                              撤销移除
                            </Button>
                          ) : (
                            <Button
                              size="small"
                              id={unitButtonId(unit.key)}
                              aria-label={`更正 ${unit.name}(${task.label})`}
                              onClick={() => {
                                onEdit(task, unit);
                              }}
                            >
                              更正
                            </Button>
                          )}
                        </li>
                      );
                    })}
                  </ul>
                )}
                {task.leads > 1 && (
                  <p className="review-note" role="note">
                    此任务有 {task.leads} 个牵头单位,通常只应有一个
                  </p>
                )}
                {task.leads === 0 && task.units.some((u) => u.edit !== 'removed' && u.role === 'SUPPORT') && (
                  <p className="review-note" role="note">
                    此任务没有牵头单位
                  </p>
                )}
                <Button
                  size="small"
                  type="dashed"
                  className="review-add"
                  aria-label={`添加单位(任务 ${task.label})`}
                  onClick={() => {
                    onAdd(task);
                  }}
                >
                  添加单位
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
});
