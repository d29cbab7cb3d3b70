import type { AssignmentRole, Id, Task } from '@lianxi/domain';
import { type Db, select } from '../db.js';
import { DbError } from '../errors.js';
import { containsPattern, ROLE_RANK, TASK_COLUMNS, type TaskColumns, toTask } from './rows.js';

export interface TaskAssignment {
  assignmentId: Id;
  departmentId: Id;
  departmentName: string;
  role: AssignmentRole;
}

export interface DocumentTask extends Task {
  /** The units on the task, LEAD first. */
  assignments: TaskAssignment[];
}

/** A document's active tasks in document order, each with its units: one statement. */
export async function documentTasks(db: Db, documentId: Id): Promise<DocumentTask[]> {
  const rows = await select<TaskColumns & { assignments: TaskAssignment[] }>(
    db,
    `SELECT ${TASK_COLUMNS('t')}, units.assignments
     FROM task t
     LEFT JOIN LATERAL (
       SELECT coalesce(jsonb_agg(jsonb_build_object(
                'assignmentId', a.id, 'departmentId', a.department_id, 'departmentName', dep.name, 'role', a.role)
                ORDER BY ${ROLE_RANK('a.role')}, a.created_at, dep.name), '[]'::jsonb) AS assignments
       FROM assignment a
       JOIN department dep ON dep.id = a.department_id
       WHERE a.task_id = t.id AND a.withdrawn_at IS NULL
     ) units ON true
     WHERE t.document_id = $1 AND t.withdrawn_at IS NULL
     ORDER BY t.sort_order, t.id`,
    [documentId],
  );
  return rows.map((row) => ({ ...toTask(row), assignments: row.assignments }));
}

export interface SearchTasksOptions {
  /** Only tasks of documents of this jurisdiction. */
  jurisdictionId?: Id;
  /** At most this many (1–200, default 50). */
  first?: number;
}

export interface TaskSearchHit {
  task: Task;
  document: { id: Id; title: string; docNumber: string | null; jurisdictionId: Id };
}

/**
 * Tasks whose text contains `text` (case-insensitive), e.g. 托育服务: `task.text ILIKE '%…%'`, which the
 * trigram GIN index ix_task_text_trgm serves for patterns of three characters or more (pg_trgm extracts no
 * trigram from a shorter one, so 托育 alone scans). One statement.
 */
export async function searchTasks(
  db: Db,
  text: string,
  options: SearchTasksOptions = {},
): Promise<TaskSearchHit[]> {
  const needle = text.trim();
  if (needle === '') throw new DbError('BAD_USER_INPUT', '请输入要搜索的内容');
  const first = options.first ?? 50;
  if (!Number.isInteger(first) || first < 1 || first > 200) {
    throw new DbError('BAD_USER_INPUT', '每页条数须为1到200之间的整数', { first });
  }
  const rows = await select<
    TaskColumns & { documentTitle: string; docNumber: string | null; jurisdictionId: string }
  >(
    db,
    `SELECT ${TASK_COLUMNS('t')},
            d.title AS "documentTitle", d.doc_number AS "docNumber", d.jurisdiction_id AS "jurisdictionId"
     FROM task t
     JOIN policy_document d ON d.id = t.document_id
     WHERE t.text ILIKE $1 AND t.withdrawn_at IS NULL
       AND ($2::uuid IS NULL OR d.jurisdiction_id = $2::uuid)
     ORDER BY d.title, t.sort_order, t.id
     LIMIT $3`,
    [containsPattern(needle), options.jurisdictionId ?? null, first],
  );
  return rows.map((row) => ({
    task: toTask(row),
    document: {
      id: row.documentId,
      title: row.documentTitle,
      docNumber: row.docNumber,
      jurisdictionId: row.jurisdictionId,
    },
  }));
}
