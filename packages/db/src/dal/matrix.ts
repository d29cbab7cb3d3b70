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
import { type Db, reads, select } from '../db.js';
import { DbError } from '../errors.js';
import type { DepartmentRow } from '../schema/department.schema.js';
import type { PolicyDocumentRow } from '../schema/policy-document.schema.js';
import { entityColumns, entityJson, reviveInstants } from './entity-rows.js';
import { TASK_COLUMNS, type TaskColumns, toTask } from './rows.js';

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

interface DocumentRowColumns extends MatrixDocument {
  /** The departments with an assignment in the document, as `entityJson` rows. */
  departments: Record<string, unknown>[];
}

interface AssignmentRowColumns {
  id: string;
  taskId: string;
  departmentId: string;
  role: AssignmentRole;
  reportId: string | null;
  period: string;
  status: ProgressStatus;
  percent: number;
  reportedAt: Date;
}

/**
 * 责任矩阵 of one document in three statements whatever its size, run side by side: the document with the
 * whole rows of its departments (those with an assignment in it), its tasks, and its assignments with
 * their latest report. The document and department rows are complete, so a caller may prime its loaders
 * with them. `buildResponsibilityMatrix` (packages/domain) orders rows and columns and
 * finds the violations (two leads, no lead, …).
 */
export async function responsibilityMatrix(
  db: Db,
  documentId: Id,
  options: ResponsibilityMatrixOptions = {},
): Promise<DocumentMatrix> {
  const [documents, taskRows, assignmentRows] = await reads(
    db,
    () =>
      select<DocumentRowColumns>(
        db,
        `SELECT ${entityColumns(db, 'policy_document', 'doc', ['sourceText'])},
                (SELECT coalesce(json_agg(${entityJson(db, 'department', 'dep')}), '[]'::json)
                 FROM department dep
                 WHERE dep.id IN (SELECT a.department_id FROM assignment a JOIN task t ON t.id = a.task_id
                                  WHERE t.document_id = doc.id AND t.withdrawn_at IS NULL AND a.withdrawn_at IS NULL)
                ) AS departments
         FROM policy_document doc WHERE doc.id = $1`,
        [documentId],
      ),
    () =>
      select<TaskColumns>(
        db,
        `SELECT ${TASK_COLUMNS('t')} FROM task t
       WHERE t.document_id = $1 AND t.withdrawn_at IS NULL
       ORDER BY t.sort_order, t.id`,
        [documentId],
      ),
    () =>
      select<AssignmentRowColumns>(
        db,
        `SELECT a.id, a.task_id AS "taskId", a.department_id AS "departmentId", a.role,
              latest.id AS "reportId", latest.period, latest.status, latest.percent,
              latest.reported_at AS "reportedAt"
       FROM assignment a
       JOIN task t ON t.id = a.task_id
       LEFT JOIN LATERAL (
         SELECT p.id, p.period, p.status, p.percent, p.reported_at FROM progress_report p
         WHERE p.assignment_id = a.id
         ORDER BY p.reported_at DESC, p.id DESC
         LIMIT 1
       ) latest ON true
       WHERE t.document_id = $1 AND t.withdrawn_at IS NULL AND a.withdrawn_at IS NULL`,
        [documentId],
      ),
  );
  const row = documents[0];
  if (!row) throw new DbError('NOT_FOUND', '未找到该政策文件', { documentId });
  const { departments: departmentJson, ...document } = row;
  const departments = departmentJson.map((json) => reviveInstants<DepartmentRow>(db, 'department', json));

  const tasks = taskRows.map(toTask);
  const assignments = assignmentRows.map(
    (row): MatrixAssignmentRow => ({
      id: row.id,
      taskId: row.taskId,
      departmentId: row.departmentId,
      role: row.role,
      latestReport:
        row.reportId === null
          ? null
          : {
              id: row.reportId,
              period: row.period,
              status: row.status,
              percent: row.percent,
              reportedAt: row.reportedAt,
            },
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
