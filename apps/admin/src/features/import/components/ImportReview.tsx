import { useCallback, useMemo, useState } from 'react';
import type { AssignmentRole } from '../../../graphql/generated/graphql';
import {
  type DepartmentOption,
  editKey,
  isUnchanged,
  type ParseReport,
  type ReviewTask,
  reviewTasks,
  type ReviewUnit,
  type UnitEdit,
  type UnitTarget,
} from '../hooks/review';
import './import.css';
import { ReportSummary } from './ReportSummary';
import { ReviewTable, unitButtonId } from './ReviewTable';
import { SourceText, sourceTaskId, sourceWarningId } from './SourceText';
import { UnitEditor } from './UnitEditor';

/** Moves focus to an element of the review and brings it into view (the source and the table scroll). */
function focusOn(id: string) {
  const element = document.getElementById(id);
  if (!element) return;
  element.focus({ preventScroll: true });
  element.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

export interface ImportReviewProps {
  report: ParseReport;
  departments: readonly DepartmentOption[];
  departmentsLoading: boolean;
  departmentsUnavailable: string | null;
  edits: ReadonlyMap<string, UnitEdit>;
  onEditsChange: (edits: Map<string, UnitEdit>) => void;
}

let added = 0;

/**
 * 核对: the parse report, the source text with every task and unit marked, and the table of tasks × units where
 * the office corrects what the reader got wrong. The corrections stay here (`edits`) until 确认导入 sends them.
 */
export function ImportReview({
  report,
  departments,
  departmentsLoading,
  departmentsUnavailable,
  edits,
  onEditsChange,
}: ImportReviewProps) {
  const tasks = useMemo(() => reviewTasks(report, edits, departments), [report, edits, departments]);
  const [activeTask, setActiveTask] = useState<number | null>(null);
  const [editing, setEditing] = useState<{ task: ReviewTask; unit: ReviewUnit | null } | null>(null);

  const update = (change: (next: Map<string, UnitEdit>) => void) => {
    const next = new Map(edits);
    change(next);
    onEditsChange(next);
  };

  const onUnit = useCallback((task: number, unitKey: string) => {
    setActiveTask(task);
    focusOn(unitButtonId(unitKey));
  }, []);
  const onShowInSource = useCallback((task: ReviewTask) => {
    setActiveTask(task.index);
    focusOn(sourceTaskId(task.index));
  }, []);
  const onEdit = useCallback((task: ReviewTask, unit: ReviewUnit) => {
    setActiveTask(task.index);
    setEditing({ task, unit });
  }, []);
  const onAdd = useCallback((task: ReviewTask) => {
    setActiveTask(task.index);
    setEditing({ task, unit: null });
  }, []);
  const onRestore = useCallback(
    (_task: ReviewTask, unit: ReviewUnit) => {
      const next = new Map(edits);
      next.delete(unit.key);
      onEditsChange(next);
    },
    [edits, onEditsChange],
  );

  const save = (task: ReviewTask, unit: ReviewUnit | null, target: UnitTarget, role: AssignmentRole) => {
    update((next) => {
      if (unit === null) {
        added += 1;
        const edit: UnitEdit = { kind: 'add', taskKey: task.key, id: String(added), target, role };
        next.set(editKey(edit), edit);
      } else if (unit.original === null) {
        const previous = next.get(unit.key);
        if (previous?.kind === 'add') next.set(unit.key, { ...previous, target, role });
      } else if (isUnchanged(unit.original, target, role)) {
        next.delete(unit.key);
      } else {
        next.set(unit.key, { kind: 'change', taskKey: task.key, unit: unit.original.unit, target, role });
      }
    });
    setEditing(null);
  };
  const remove = (task: ReviewTask, unit: ReviewUnit) => {
    update((next) => {
      if (unit.original === null) next.delete(unit.key);
      else next.set(unit.key, { kind: 'remove', taskKey: task.key, unit: unit.original.unit });
    });
    setEditing(null);
  };
  const revert = (unit: ReviewUnit) => {
    update((next) => {
      next.delete(unit.key);
    });
    setEditing(null);
  };

  return (
    <>
      <ReportSummary
        report={report}
        onShowWarning={(index) => {
          focusOn(sourceWarningId(index));
        }}
      />
      <div className="review-grid">
        <section className="panel" aria-labelledby="source-title">
          <h2 id="source-title" className="card-title">
            原文
          </h2>
          <ul className="src-legend" aria-label="标记说明">
            <li>
              <span className="src-task-mark">〔二/(一)〕</span>任务起点
            </li>
            <li>
              <span className="src-unit" data-match="existing" aria-hidden>
                单位<span className="src-unit-tag">牵·已有</span>
              </span>
              已有部门
            </li>
            <li>
              <span className="src-unit" data-match="new" aria-hidden>
                单位<span className="src-unit-tag">配·新建</span>
              </span>
              将新建部门
            </li>
            <li>
              <span className="src-warning-mark">⚠1</span>警告所指之处
            </li>
          </ul>
          <p className="muted">点击文中的单位可在右侧表格中更正。</p>
          <SourceText report={report} tasks={tasks} activeTask={activeTask} onUnit={onUnit} />
        </section>
        <section className="panel" aria-labelledby="units-title">
          <h2 id="units-title" className="card-title">
            任务与责任单位
          </h2>
          <p className="muted">
            读错的单位可改为已有部门或填写正确名称,也可修改角色、移除或添加单位;更正随“确认导入”一起提交。
          </p>
          <ReviewTable
            tasks={tasks}
            activeTask={activeTask}
            onShowInSource={onShowInSource}
            onEdit={onEdit}
            onAdd={onAdd}
            onRestore={onRestore}
          />
        </section>
      </div>
      {editing && (
        <UnitEditor
          key={`${editing.task.key}:${editing.unit?.key ?? '+'}`}
          task={tasks.find((t) => t.key === editing.task.key) ?? editing.task}
          unit={editing.unit}
          departments={departments}
          departmentsLoading={departmentsLoading}
          departmentsUnavailable={departmentsUnavailable}
          onSave={(target, role) => {
            save(editing.task, editing.unit, target, role);
          }}
          onRemove={() => {
            if (editing.unit) remove(editing.task, editing.unit);
          }}
          onRevert={() => {
            if (editing.unit) revert(editing.unit);
          }}
          onCancel={() => {
            setEditing(null);
          }}
        />
      )}
    </>
  );
}
