import { memo, useMemo } from 'react';
import { roleShortLabel } from '../../../components/badges';
import { roleLabel } from '../../../lib/domain';
import type { ParseReport, ReviewTask, ReviewUnit } from '../hooks/review';
import { sourceSegments } from '../hooks/source-segments';

/** Ids of the places in the source text that the table and the warnings list jump to. */
export const sourceTaskId = (task: number) => `src-task-${String(task)}`;
export const sourceWarningId = (warning: number) => `src-warning-${String(warning)}`;

/** The unit's state in a word, so the marks never rely on colour: 牵·已有, 配·新建, 已更正, 已移除. */
export function unitTag(unit: Pick<ReviewUnit, 'role' | 'match' | 'edit'>): string {
  if (unit.edit === 'removed') return '已移除';
  const state = unit.edit === 'changed' ? '已更正' : unit.match === 'existing' ? '已有' : '新建';
  return `${roleShortLabel(unit.role)}·${state}`;
}

/**
 * What a screen reader hears after the unit as written and its tag: the name the reader gave it, role, department
 * and task. The button's name thus starts with its visible text (WCAG 2.5.3, axe's label-content-name-mismatch).
 */
export function unitDescription(unit: ReviewUnit, task: ReviewTask): string {
  if (unit.edit === 'removed') return `(已从任务 ${task.label} 移除,点击前往更正)`;
  const read = unit.original && unit.original.asWritten !== unit.name ? `读作${unit.name},` : '';
  const state = unit.match === 'existing' ? '已有部门' : '将新建部门';
  const edited = unit.edit === 'changed' ? `,已更正为${unit.name}` : '';
  return `(${read}${roleLabel(unit.role)},${state}${edited},任务 ${task.label},点击前往更正)`;
}

interface SourceTextProps {
  report: Pick<ParseReport, 'sourceText' | 'tasks' | 'warnings'>;
  tasks: readonly ReviewTask[];
  activeTask: number | null;
  onUnit: (task: number, unitKey: string) => void;
}

/**
 * The cleaned source text the reader worked on, with each task's stretch shaded and numbered at its start, each
 * unit a button (牵·已有 …) that leads to its row in the table, and a numbered ⚠ where each warning points.
 */
export const SourceText = memo(function SourceText({ report, tasks, activeTask, onUnit }: SourceTextProps) {
  const segments = useMemo(() => sourceSegments(report.sourceText, report), [report]);
  return (
    <div className="import-source" tabIndex={0} role="region" aria-label="原文(任务和责任单位已标出)">
      {segments.map((segment, i) => {
        switch (segment.kind) {
          case 'task-start': {
            const task = tasks[segment.task];
            return (
              <span
                key={`t${String(i)}`}
                id={sourceTaskId(segment.task)}
                tabIndex={-1}
                className={`src-task-mark${segment.task === activeTask ? ' is-active' : ''}`}
              >
                {`〔${task?.label ?? ''}〕`}
              </span>
            );
          }
          case 'warning-start':
            return (
              <span
                key={`w${String(i)}`}
                id={sourceWarningId(segment.warning)}
                tabIndex={-1}
                className="src-warning-mark"
                role="note"
                aria-label={`警告 ${String(segment.warning + 1)}:${report.warnings[segment.warning]?.message ?? ''}`}
              >
                {`⚠${String(segment.warning + 1)}`}
              </span>
            );
          case 'unit': {
            const task = tasks[segment.task];
            const original = report.tasks[segment.task]?.assignments[segment.unit];
            const unit = task?.units.find((u) => u.original === original);
            if (!task || !unit) return <span key={`u${String(i)}`}>{segment.text}</span>;
            return (
              <button
                key={`u${String(i)}`}
                type="button"
                className={`src-unit${segment.warned ? ' src-warned' : ''}`}
                data-match={unit.match}
                data-edit={unit.edit ?? undefined}
                onClick={() => {
                  onUnit(segment.task, unit.key);
                }}
              >
                {segment.text}
                <span className="src-unit-tag">{unitTag(unit)}</span>
                <span className="visually-hidden">{unitDescription(unit, task)}</span>
              </button>
            );
          }
          case 'text': {
            const classes = [
              segment.task !== null ? 'src-task-text' : '',
              segment.task !== null && segment.task === activeTask ? 'is-active' : '',
              segment.warned ? 'src-warned' : '',
            ]
              .filter(Boolean)
              .join(' ');
            return classes ? (
              <span key={`x${String(i)}`} className={classes}>
                {segment.text}
              </span>
            ) : (
              segment.text
            );
          }
        }
      })}
    </div>
  );
});
