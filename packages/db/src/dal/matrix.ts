import {
  type AssignmentRole,
  assignmentLight,
  buildResponsibilityMatrix,
  type Id,
  type IsoDate,
  type ProgressStatus,
  type ResponsibilityMatrix,
  type StatusLight,
  type Task,
} from '@lianxi/domain';
import { type Db, select } from '../db.js';
import { DbError } from '../errors.js';
import type { DepartmentRow } from '../schema/department.schema.js';
import type { PolicyDocumentRow } from '../schema/policy-document.schema.js';
import { entityJson, reviveInstants } from './entity-rows.js';

/** The document: every column but its source text (the same row the API's document loader reads). */
export type MatrixDocument = Omit<PolicyDocumentRow, 'sourceText'>;

/** A column of the matrix: the department's whole row. */
export type MatrixDepartmentRow = DepartmentRow;

/** An assignment of the document with what its latest report says. */
export interface MatrixAssignmentRow {
  id: Id;
  taskId: Id;
  departmentId: Id;
  role: AssignmentRole;
  latestReport: { id: Id; period: string; status: ProgressStatus; percent: number; reportedAt: Date } | null;
}

export interface DocumentMatrix {
  document: MatrixDocument;
  assignments: MatrixAssignmentRow[];
  /** Cells carry lights when `today` was given. */
  matrix: ResponsibilityMatrix<Task, MatrixDepartmentRow>;
}

export interface ResponsibilityMatrixOptions {
  /** Compute each cell's status light as of this date (`calendarDateOf(new Date())`); no lights without it. */
  today?: IsoDate;
}

/** A task as the statement sends it: [id, path, heading, text, deadline, recurrence, spanStart, spanEnd, resolutionId]. */
type TaskTuple = [
  Id,
  string[],
  string | null,
  string,
  IsoDate | null,
  Task['recurrence'],
  number | null,
  number | null,
  Id | null,
];

/**
 * An assignment with its latest report: [id, taskId, departmentId, role, reportId, period, status, percent,
 * reportedAt (ISO text)], the report's five null when there is none.
 */
type AssignmentTuple = [Id, Id, Id, AssignmentRole, Id | null, string, ProgressStatus, number, string];

/** The statement's one value. */
interface MatrixJson {
  document: Record<string, unknown>;
  departments: Record<string, unknown>[];
  tasks: TaskTuple[];
  assignments: AssignmentTuple[];
}

/**
 * 责任矩阵 of one document in ONE statement whatever its size: the document with the whole rows of its
 * departments (those with an assignment in it), its tasks, and its assignments with their latest report,
 * as one JSON value (the driver decodes one text and V8 parses it at once, instead of a value per column and
 * row; tasks and assignments are arrays, without repeated keys). The document and department rows are
 * complete (`entityJson`), so a caller may prime its loaders with them. `buildResponsibilityMatrix`
 * (packages/domain) orders rows and columns and finds the violations (two leads, no lead, …).
 */
export async function responsibilityMatrix(
  db: Db,
  documentId: Id,
  options: ResponsibilityMatrixOptions = {},
): Promise<DocumentMatrix> {
  // The document's active assignments are read once (a CTE used twice is computed once): for the
  // departments (looked up by primary key: `= ANY (ARRAY(…))`, not a hash join over the whole table) and,
  // with their latest reports, for the cells.
  const [row] = await select<{ matrix: MatrixJson }>(
    db,
    `WITH active AS (
       SELECT a.id, a.task_id, a.department_id, a.role FROM assignment a JOIN task t ON t.id = a.task_id
       WHERE t.document_id = $1 AND t.withdrawn_at IS NULL AND a.withdrawn_at IS NULL
     )
     SELECT json_build_object(
       'document', ${entityJson(db, 'policy_document', 'doc', ['sourceText'])},
       'departments', (SELECT coalesce(json_agg(${entityJson(db, 'department', 'dep')}), '[]'::json)
                       FROM department dep WHERE dep.id = ANY (ARRAY(SELECT DISTINCT department_id FROM active))),
       'tasks', (SELECT coalesce(json_agg(json_build_array(t.id, t.path, t.heading, t.text, t.deadline, t.recurrence,
                                                           t.span_start, t.span_end, t.resolution_id)
                                          ORDER BY t.sort_order, t.id), '[]'::json)
                 FROM task t WHERE t.document_id = doc.id AND t.withdrawn_at IS NULL),
       'assignments', (SELECT coalesce(json_agg(json_build_array(a.id, a.task_id, a.department_id, a.role, latest.id,
                                                                 latest.period, latest.status, latest.percent,
                                                                 latest.reported_at)), '[]'::json)
                       FROM active a
                       LEFT JOIN LATERAL (
                         SELECT p.id, p.period, p.status, p.percent, p.reported_at FROM progress_report p
                         WHERE p.assignment_id = a.id
                         ORDER BY p.reported_at DESC, p.id DESC
                         LIMIT 1
                       ) latest ON true)
     ) AS matrix
     FROM policy_document doc WHERE doc.id = $1`,
    [documentId],
  );
  if (!row) throw new DbError('NOT_FOUND', '未找到该政策文件', { documentId });
  const json = row.matrix;
  const document = reviveInstants<MatrixDocument>(db, 'policy_document', json.document);
  const departments = json.departments.map((department) =>
    reviveInstants<DepartmentRow>(db, 'department', department),
  );
  const tasks = json.tasks.map(
    ([id, path, heading, text, deadline, recurrence, spanStart, spanEnd, resolutionId]): Task => ({
      id,
      documentId,
      path,
      heading,
      text,
      deadline,
      recurrence,
      span: spanStart === null || spanEnd === null ? null : { start: spanStart, end: spanEnd },
      resolutionId,
    }),
  );
  const assignments = json.assignments.map(
    ([
      id,
      taskId,
      departmentId,
      role,
      reportId,
      period,
      status,
      percent,
      reportedAt,
    ]): MatrixAssignmentRow => ({
      id,
      taskId,
      departmentId,
      role,
      latestReport:
        reportId === null
          ? null
          : { id: reportId, period, status, percent, reportedAt: new Date(reportedAt) },
    }),
  );

  let lights: Map<Id, StatusLight> | undefined;
  const today = options.today;
  if (today !== undefined) {
    const taskById = new Map(tasks.map((task) => [task.id, task]));
    lights = new Map(
      assignments.map((assignment) => {
        const task = taskById.get(assignment.taskId);
        const { light } = assignmentLight({
          deadline: task?.deadline ?? null,
          latestReport: assignment.latestReport,
          today,
          startedOn: document.issuedOn,
          recurring: task?.recurrence != null,
        });
        return [assignment.id, light];
      }),
    );
  }

  const matrix = buildResponsibilityMatrix({
    tasks,
    departments,
    assignments,
    ...(lights ? { lights } : {}),
  });
  return { document, assignments, matrix };
}
