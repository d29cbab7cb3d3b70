/**
 * The office's corrections to what the reader found, applied by the importer before it writes anything.
 *
 * The reader is good but not perfect: it may read 区消防大队 where the plan means the fire brigade of the
 * higher level, make the second of two listed units the lead, or miss a unit written outside the clause. In the
 * import review the office points a unit at an existing department, renames a unit that will be created, changes
 * a role, drops a unit or adds one, and sends those corrections with the confirming import. They are applied to
 * the parsed tasks in the order given (a later correction sees the result of an earlier one), inside the
 * importer's one transaction; one that matches nothing is BAD_USER_INPUT and nothing is written.
 */
import {
  type AssignmentRole,
  type Id,
  institutionKindOf,
  isCollectiveLocalGovernment,
  normalizeDepartmentName,
  pathKey,
  sectorOf,
  type Span,
} from '@lianxi/domain';
import type { ParsedUnit } from '@lianxi/policy-parser';
import { DbError } from '../errors.js';

/**
 * CHANGE: point the unit at another department, rename it, and/or change its role. REMOVE: the unit is not
 * responsible for the task after all. ADD: a unit the reader missed.
 */
export type ImportCorrectionAction = 'CHANGE' | 'REMOVE' | 'ADD';

/** One correction of one unit on one task. */
export interface ImportCorrection {
  action: ImportCorrectionAction;
  /** The task as the parse numbers it, e.g. ["二", "(一)", "1"]; a repeated number is addressed as `1#2`. */
  taskPath: readonly string[];
  /**
   * CHANGE / REMOVE: the unit on the task, by its name in the report or as the plan writes it.
   * ADD: the name of the unit to add (matched to a department by name or alias, else created).
   */
  unitName: string;
  /** CHANGE / ADD: an active department of the jurisdiction that the unit is. Not with `newUnitName`. */
  departmentId?: Id | null;
  /** CHANGE: the unit's right name, matched to a department by name or alias, else created with it. */
  newUnitName?: string | null;
  /** CHANGE: the new role. ADD: the role (required). */
  role?: AssignmentRole | null;
}

/** A correction whose shape has been checked: names normalised, the task as its path key. */
export interface CheckedCorrection {
  /** Position in the list as sent (0-based), for messages and the API's `field`. */
  index: number;
  action: ImportCorrectionAction;
  taskKey: string;
  unitName: string;
  departmentId: Id | null;
  newUnitName: string | null;
  role: AssignmentRole | null;
}

/** One unit on one task as the importer plans it: the parse's reading with the corrections applied. */
export interface PlanAssignment {
  /** The unit's canonical name; for a unit pointed at a department, that department's name. */
  unit: string;
  /** As the plan writes it (for an added unit: the name the office gave). */
  asWritten: string;
  role: AssignmentRole;
  /** Where the plan writes the unit; null for a unit the office added. */
  span: Span | null;
  /** The department a correction chose; the unit is then not matched by name. */
  departmentId: Id | null;
  /** The name came from a correction (renamed or added), not from the parse. */
  namedByCorrection: boolean;
  corrected: boolean;
}

/** The least a correction needs to know of a task of the plan. */
export interface CorrectableTask {
  path_key: string;
  span_start: number;
  span_end: number;
  assignments: PlanAssignment[];
}

/** The department a correction chose, as the importer loaded it. */
export interface ChosenDepartment {
  id: Id;
  name: string;
}

export const MAX_CORRECTIONS = 2000;
const MAX_UNIT_NAME = 60;
const ROLES: readonly AssignmentRole[] = ['LEAD', 'SUPPORT', 'LOCAL'];
const ACTIONS: readonly ImportCorrectionAction[] = ['CHANGE', 'REMOVE', 'ADD'];
// eslint-disable-next-line no-control-regex -- PostgreSQL text holds no NUL: such names are refused, not stored.
const CONTROL = /[\u0000-\u001f\u007f]/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function invalid(index: number, field: string, message: string): DbError {
  return new DbError('BAD_USER_INPUT', `第${index + 1}条更正：${message}`, { correction: index, field });
}

/** A name the office typed: normalised like every department name, and of a sensible length. */
function unitNameOf(raw: string, index: number, field: string): string {
  if (CONTROL.test(raw)) throw invalid(index, field, '单位名称不能含控制字符');
  const name = normalizeDepartmentName(raw);
  if (name.length < 2) throw invalid(index, field, `单位名称“${raw.trim()}”无效，请填写完整的名称`);
  if (name.length > MAX_UNIT_NAME) throw invalid(index, field, `单位名称不能超过${MAX_UNIT_NAME}个字`);
  return name;
}

/** A text field as given, trimmed; empty means not given. */
function given(value: string | null | undefined): string | null {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/** Checks each correction's shape (not yet against the plan or the database). Throws BAD_USER_INPUT. */
export function checkCorrections(corrections: readonly ImportCorrection[]): CheckedCorrection[] {
  if (corrections.length > MAX_CORRECTIONS) {
    throw new DbError('BAD_USER_INPUT', `一次最多提交${MAX_CORRECTIONS}条更正`, { field: 'corrections' });
  }
  return corrections.map((correction, index): CheckedCorrection => {
    const { action } = correction;
    if (!ACTIONS.includes(action)) throw invalid(index, 'action', `未知的更正类型“${action}”`);
    const path: readonly unknown[] = Array.isArray(correction.taskPath) ? correction.taskPath : [];
    const texts = [correction.unitName, correction.newUnitName, correction.departmentId, ...path];
    if (texts.some((text) => typeof text === 'string' && CONTROL.test(text))) {
      throw invalid(index, 'unitName', '不能含控制字符');
    }
    const taskKey =
      path.length > 0 && path.every((segment) => typeof segment === 'string') ? pathKey(path) : '';
    if (taskKey.replace(/\//g, '') === '') throw invalid(index, 'taskPath', '请指明任务编号');
    const role = correction.role ?? null;
    if (role !== null && !ROLES.includes(role)) throw invalid(index, 'role', `未知的角色“${role}”`);
    const departmentId = given(correction.departmentId);
    if (departmentId !== null && !UUID.test(departmentId)) {
      throw invalid(index, 'departmentId', '部门标识无效');
    }
    const rawNewName = given(correction.newUnitName);
    const unitName = given(typeof correction.unitName === 'string' ? correction.unitName : null);
    if (unitName === null) throw invalid(index, 'unitName', '请填写单位名称');

    switch (action) {
      case 'CHANGE': {
        if (departmentId !== null && rawNewName !== null) {
          throw invalid(index, 'newUnitName', '“改为已有部门”和“改为新名称”只能选一个');
        }
        if (departmentId === null && rawNewName === null && role === null) {
          throw invalid(index, 'role', '请说明改为哪个部门、什么名称或什么角色');
        }
        return {
          index,
          action,
          taskKey,
          unitName: normalizeDepartmentName(unitName) || unitName,
          departmentId,
          newUnitName: rawNewName === null ? null : unitNameOf(rawNewName, index, 'newUnitName'),
          role,
        };
      }
      case 'REMOVE': {
        if (departmentId !== null || rawNewName !== null || role !== null) {
          throw invalid(index, 'action', '移除单位时不能同时修改部门、名称或角色');
        }
        return {
          index,
          action,
          taskKey,
          unitName: normalizeDepartmentName(unitName) || unitName,
          departmentId,
          newUnitName: null,
          role,
        };
      }
      case 'ADD': {
        if (rawNewName !== null) throw invalid(index, 'newUnitName', '新增单位请用单位名称，不用“新名称”');
        if (role === null) throw invalid(index, 'role', '新增单位需要指定角色（牵头、配合或属地）');
        return {
          index,
          action,
          taskKey,
          unitName: departmentId === null ? unitNameOf(unitName, index, 'unitName') : unitName,
          departmentId,
          newUnitName: null,
          role,
        };
      }
    }
  });
}

/** The units on a task a correction names: by canonical name first, else as written. */
function unitsNamed(assignments: readonly PlanAssignment[], name: string): PlanAssignment[] {
  const byName = assignments.filter((assignment) => normalizeDepartmentName(assignment.unit) === name);
  if (byName.length > 0) return byName;
  return assignments.filter((assignment) => normalizeDepartmentName(assignment.asWritten) === name);
}

/**
 * Applies the checked corrections to the tasks' assignments, in order, and returns the keys of the tasks they
 * touched. `departments` holds every department a correction chose (already checked to be active departments of
 * the jurisdiction). Throws BAD_USER_INPUT for a correction that matches nothing.
 */
export function applyCorrections(
  tasks: readonly CorrectableTask[],
  corrections: readonly CheckedCorrection[],
  departments: ReadonlyMap<Id, ChosenDepartment>,
): Set<string> {
  const byKey = new Map(tasks.map((task) => [task.path_key, task]));
  const touched = new Set<string>();
  for (const correction of corrections) {
    const { index } = correction;
    const task = byKey.get(correction.taskKey);
    if (!task) throw invalid(index, 'taskPath', `没有编号为“${correction.taskKey}”的任务`);
    const department = correction.departmentId === null ? null : departments.get(correction.departmentId);
    if (department === undefined)
      throw invalid(index, 'departmentId', '所选部门不存在、已归档或不属于该行政区划');
    touched.add(task.path_key);

    if (correction.action === 'ADD') {
      const name = department?.name ?? correction.unitName;
      const present = task.assignments.some(
        (assignment) =>
          normalizeDepartmentName(assignment.unit) === normalizeDepartmentName(name) ||
          (department !== null && assignment.departmentId === department.id),
      );
      if (present) throw invalid(index, 'unitName', `任务 ${task.path_key} 中已有单位“${name}”`);
      task.assignments.push({
        unit: name,
        asWritten: correction.unitName,
        role: correction.role ?? 'SUPPORT',
        span: null,
        departmentId: department?.id ?? null,
        namedByCorrection: department === null,
        corrected: true,
      });
      continue;
    }

    const hits = unitsNamed(task.assignments, correction.unitName);
    if (hits.length === 0) {
      throw invalid(index, 'unitName', `任务 ${task.path_key} 中没有单位“${correction.unitName}”`);
    }
    if (correction.action === 'REMOVE') {
      task.assignments = task.assignments.filter((assignment) => !hits.includes(assignment));
      continue;
    }
    for (const assignment of hits) {
      if (department) {
        assignment.unit = department.name;
        assignment.departmentId = department.id;
        assignment.namedByCorrection = false;
      } else if (correction.newUnitName !== null) {
        assignment.unit = correction.newUnitName;
        assignment.departmentId = null;
        assignment.namedByCorrection = true;
      }
      if (correction.role !== null) assignment.role = correction.role;
      assignment.corrected = true;
    }
  }
  return touched;
}

/** What the importer needs to create a unit the office named: kind, sector and collectiveness from the name. */
export function unitOfName(
  name: string,
): Pick<ParsedUnit, 'name' | 'aliases' | 'sector' | 'kind' | 'collective'> {
  const collective = isCollectiveLocalGovernment(name);
  return {
    name,
    aliases: [],
    sector: collective ? null : sectorOf(name),
    kind: institutionKindOf(name),
    collective,
  };
}

/** The corrections in a stable form for the content hash and the audit trail. */
export function correctionsKey(corrections: readonly CheckedCorrection[]): string {
  return JSON.stringify(
    corrections.map(({ action, taskKey, unitName, departmentId, newUnitName, role }) => [
      action,
      taskKey,
      unitName,
      departmentId,
      newUnitName,
      role,
    ]),
  );
}
