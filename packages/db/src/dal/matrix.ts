import {
  type AssignmentRole,
  assignmentLight,
  buildResponsibilityMatrix,
  type Id,
  type InstitutionKind,
  type IsoDate,
  type ProgressStatus,
  type ResponsibilityMatrix,
  type StatusLight,
  type Task,
} from '@lianxi/domain';
import { type Db, reads, select } from '../db.js';
import { DbError } from '../errors.js';
import { TASK_COLUMNS, type TaskColumns, toTask } from './rows.js';

export interface MatrixDocument {
  id: Id;
  jurisdictionId: Id;
  title: string;
  docNumber: string | null;
  issuedOn: IsoDate | null;
  revision: number;
}

export interface MatrixDepartmentRow {
  id: Id;
  name: string;
  sector: string | null;
  kind: InstitutionKind;
  collective: boolean;
}

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

interface AssignmentRowColumns {
  id: string;
  taskId: string;
  departmentId: string;
  role: AssignmentRole;
  departmentName: string;
  sector: string | null;
  kind: InstitutionKind;
  collective: boolean;
  reportId: string | null;
  period: string;
  status: ProgressStatus;
  percent: number;
  reportedAt: Date;
}

/**
 * 责任矩阵 of one document in three statements whatever its size: the document, its tasks, and its
 * assignments joined with their department and latest report. The departments are those with an
 * assignment in the document. `buildResponsibilityMatrix` (packages/domain) orders rows and columns and
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
      select<MatrixDocument>(
        db,
        `SELECT id, jurisdiction_id AS "jurisdictionId", title, doc_number AS "docNumber",
              issued_on AS "issuedOn", revision
       FROM policy_document WHERE id = $1`,
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
              dep.name AS "departmentName", dep.sector, dep.kind, dep.collective,
              latest.id AS "reportId", latest.period, latest.status, latest.percent,
              latest.reported_at AS "reportedAt"
       FROM assignment a
       JOIN task t ON t.id = a.task_id
       JOIN department dep ON dep.id = a.department_id
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
  const document = documents[0];
  if (!document) throw new DbError('NOT_FOUND', '未找到该政策文件', { documentId });

  const tasks = taskRows.map(toTask);
  const departments = new Map<Id, MatrixDepartmentRow>();
  const assignments = assignmentRows.map((row): MatrixAssignmentRow => {
    if (!departments.has(row.departmentId)) {
      departments.set(row.departmentId, {
        id: row.departmentId,
        name: row.departmentName,
        sector: row.sector,
        kind: row.kind,
        collective: row.collective,
      });
    }
    return {
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
    };
  });

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
    departments: [...departments.values()],
    assignments,
    ...(lights ? { lights } : {}),
  });
  return { document, assignments, matrix };
}
