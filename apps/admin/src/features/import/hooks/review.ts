import type {
  AssignmentRole,
  ImportCorrectionInput,
  ImportDocumentMutation,
} from '../../../graphql/generated/graphql';
import { pathKey } from '../../../lib/domain';

export type ParseReport = NonNullable<ImportDocumentMutation['importDocument']['report']>;
export type ReportTask = ParseReport['tasks'][number];
export type ReportAssignment = ReportTask['assignments'][number];
export type ReportWarning = ParseReport['warnings'][number];

export interface DepartmentOption {
  id: string;
  name: string;
  aliases: readonly string[];
}

/** What the office wants a unit to be: an existing department, or a name (matched by the server, else created). */
export type UnitTarget = { departmentId: string; name: string } | { departmentId: null; name: string };

/**
 * One correction as the review holds it. A change or removal is keyed by the task and the unit's name in the
 * report, so editing a unit twice replaces its correction instead of stacking two; an added unit has its own key.
 */
export type UnitEdit =
  | { kind: 'change'; taskKey: string; unit: string; target: UnitTarget; role: AssignmentRole }
  | { kind: 'remove'; taskKey: string; unit: string }
  | { kind: 'add'; taskKey: string; id: string; target: UnitTarget; role: AssignmentRole };

/** Where a unit's department stands: an existing one, or one the import will create. */
export type UnitMatch = 'existing' | 'new';

export interface ReviewUnit {
  /** Stable key: the edit key of the unit. */
  key: string;
  /** The unit as the report read it; null for a unit the office added. */
  original: ReportAssignment | null;
  name: string;
  role: AssignmentRole;
  departmentId: string | null;
  match: UnitMatch;
  edit: 'changed' | 'removed' | 'added' | null;
}

export interface ReviewTask {
  /** Index in the report's tasks (and in the source text's task marks). */
  index: number;
  /** The path the server addresses the task by: the report's path, a repeated number's n-th as `1#n`. */
  taskPath: string[];
  key: string;
  label: string;
  heading: string | null;
  text: string;
  units: ReviewUnit[];
  /** Units that lead after the corrections (more than one is worth a look). */
  leads: number;
}

export const unitKey = (taskKey: string, unit: string) => `${taskKey}\u0000${unit}`;
export const editKey = (edit: UnitEdit) =>
  edit.kind === 'add' ? `${edit.taskKey}\u0000+${edit.id}` : unitKey(edit.taskKey, edit.unit);

/**
 * The task paths as the importer keys them: the importer stores the second task numbered like an earlier one as
 * `<path>#2` (and warns), so a correction of that task must name it so.
 */
export function taskPathsOf(tasks: readonly Pick<ReportTask, 'path'>[]): string[][] {
  const seen = new Map<string, number>();
  return tasks.map((task) => {
    const key = pathKey(task.path);
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    if (occurrence === 1) return [...task.path];
    return [...task.path.slice(0, -1), `${task.path.at(-1) ?? ''}#${String(occurrence)}`];
  });
}

/** Names compare as the server's normalisation would for what an office types: no spaces, half-width. */
export const sameName = (a: string, b: string) =>
  a.normalize('NFKC').replace(/\s+/g, '') === b.normalize('NFKC').replace(/\s+/g, '');

/** The department a typed name denotes among the jurisdiction's departments (by name or alias), if any. */
export function departmentNamed(
  name: string,
  departments: readonly DepartmentOption[],
): DepartmentOption | undefined {
  return (
    departments.find((d) => sameName(d.name, name)) ??
    departments.find((d) => d.aliases.some((a) => sameName(a, name)))
  );
}

function targetMatch(
  target: UnitTarget,
  departments: readonly DepartmentOption[],
): { id: string | null; match: UnitMatch } {
  if (target.departmentId !== null) return { id: target.departmentId, match: 'existing' };
  const found = departmentNamed(target.name, departments);
  return found ? { id: found.id, match: 'existing' } : { id: null, match: 'new' };
}

/** The review's tasks: the report's reading with the office's edits applied, every change visible. */
export function reviewTasks(
  report: Pick<ParseReport, 'tasks'>,
  edits: ReadonlyMap<string, UnitEdit>,
  departments: readonly DepartmentOption[],
): ReviewTask[] {
  const paths = taskPathsOf(report.tasks);
  return report.tasks.map((task, index) => {
    const taskPath = paths[index] ?? task.path;
    const key = pathKey(taskPath);
    const units: ReviewUnit[] = task.assignments.map((assignment) => {
      const k = unitKey(key, assignment.unit);
      const edit = edits.get(k);
      const base = {
        key: k,
        original: assignment,
        name: assignment.unit,
        role: assignment.role,
        departmentId: assignment.departmentId ?? null,
        match: assignment.departmentId ? ('existing' as const) : ('new' as const),
      };
      if (edit?.kind === 'remove') return { ...base, edit: 'removed' };
      if (edit?.kind === 'change') {
        const { id, match } = targetMatch(edit.target, departments);
        return { ...base, name: edit.target.name, role: edit.role, departmentId: id, match, edit: 'changed' };
      }
      return { ...base, edit: null };
    });
    for (const edit of edits.values()) {
      if (edit.kind !== 'add' || edit.taskKey !== key) continue;
      const { id, match } = targetMatch(edit.target, departments);
      units.push({
        key: editKey(edit),
        original: null,
        name: edit.target.name,
        role: edit.role,
        departmentId: id,
        match,
        edit: 'added',
      });
    }
    return {
      index,
      taskPath,
      key,
      label: task.path.join('/'),
      heading: task.heading ?? null,
      text: task.text,
      units,
      leads: units.filter((unit) => unit.edit !== 'removed' && unit.role === 'LEAD').length,
    };
  });
}

/**
 * Why a unit cannot be what the office entered, or null. Checked before the correction is kept, so what is sent
 * is what the server accepts: a name of sensible length, and no unit twice on a task.
 */
export function targetProblem(
  task: ReviewTask,
  target: UnitTarget,
  departments: readonly DepartmentOption[],
  editing: string | null,
): string | null {
  const name = target.name.trim();
  if (target.departmentId === null) {
    if (name === '') return '请填写单位名称';
    if (name.length < 2) return '请填写完整的单位名称';
    if (name.length > 60) return '单位名称不能超过60个字';
  }
  const { id } = targetMatch(target, departments);
  const clash = task.units.find(
    (unit) =>
      unit.key !== editing &&
      unit.edit !== 'removed' &&
      (sameName(unit.name, name) || (id !== null && unit.departmentId === id)),
  );
  return clash ? `该任务已有单位“${clash.name}”` : null;
}

/** True when a unit edited back to what the report read needs no correction at all. */
export function isUnchanged(original: ReportAssignment, target: UnitTarget, role: AssignmentRole): boolean {
  const sameTarget =
    target.departmentId !== null
      ? target.departmentId === original.departmentId
      : sameName(target.name, original.unit);
  return sameTarget && role === original.role;
}

/**
 * The corrections to send with 确认导入, in an order the importer applies without surprises: changes and
 * removals name units as the report read them, then additions. An edit that changes nothing is left out.
 */
export function correctionsOf(
  tasks: readonly ReviewTask[],
  edits: ReadonlyMap<string, UnitEdit>,
): ImportCorrectionInput[] {
  const pathOf = new Map(tasks.map((task) => [task.key, task.taskPath]));
  const changes: ImportCorrectionInput[] = [];
  const additions: ImportCorrectionInput[] = [];
  const originals = new Map(
    tasks.flatMap((task) =>
      task.units.flatMap((unit) => (unit.original ? [[unit.key, unit.original] as const] : [])),
    ),
  );
  for (const edit of edits.values()) {
    const taskPath = pathOf.get(edit.taskKey);
    if (!taskPath) continue;
    if (edit.kind === 'remove') {
      changes.push({ action: 'REMOVE', taskPath, unitName: edit.unit });
    } else if (edit.kind === 'change') {
      const original = originals.get(editKey(edit));
      if (!original) continue;
      const sameTarget =
        edit.target.departmentId !== null
          ? edit.target.departmentId === original.departmentId
          : sameName(edit.target.name, original.unit);
      const role = edit.role === original.role ? null : edit.role;
      if (sameTarget && role === null) continue;
      changes.push({
        action: 'CHANGE',
        taskPath,
        unitName: edit.unit,
        ...(sameTarget
          ? {}
          : edit.target.departmentId !== null
            ? { departmentId: edit.target.departmentId }
            : { newUnitName: edit.target.name.trim() }),
        ...(role ? { role } : {}),
      });
    } else {
      additions.push({
        action: 'ADD',
        taskPath,
        unitName: edit.target.name.trim(),
        ...(edit.target.departmentId !== null ? { departmentId: edit.target.departmentId } : {}),
        role: edit.role,
      });
    }
  }
  return [...changes, ...additions];
}
