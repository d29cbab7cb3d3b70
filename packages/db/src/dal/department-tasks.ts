import type { Assignment, AssignmentRole, Id, ProgressReport, Task } from '@lianxi/domain';
import { type Db, reads, select } from '../db.js';
import { DbError } from '../errors.js';
import {
  containsPattern,
  LATEST_REPORT,
  REPORT_COLUMNS,
  ROLE_RANK,
  type ReportColumns,
  TASK_COLUMNS,
  type TaskColumns,
  toReport,
  toTask,
} from './rows.js';

/** Another unit on the same task. */
export interface TaskUnit {
  assignmentId: Id;
  departmentId: Id;
  name: string;
  role: AssignmentRole;
}

/** One of a department's assignments, with everything its task list shows. */
export interface DepartmentTask {
  assignment: Assignment;
  task: Task;
  document: { id: Id; title: string; docNumber: string | null };
  /** The other units on the task, LEAD first. */
  otherUnits: TaskUnit[];
  /** The task's lead: this department itself or one of `otherUnits`; null when the task has none. */
  lead: { departmentId: Id; name: string } | null;
  latestReport: ProgressReport | null;
}

export interface DepartmentTasksOptions {
  role?: AssignmentRole;
  /** Part of the task's text or heading (case-insensitive substring). */
  search?: string;
  /** Page size, 1–200 (default 50). */
  first?: number;
  /** The `endCursor` of the previous page. */
  after?: string;
}

export interface DepartmentTasksPage {
  nodes: DepartmentTask[];
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** The order of a department's list: its role (LEAD first), then document, then the task's place in it. */
type SortKey = [roleRank: number, documentTitle: string, sortOrder: number, assignmentId: string];

function encodeCursor(key: SortKey): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

function decodeCursor(cursor: string): SortKey {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(key) &&
      key.length === 4 &&
      typeof key[0] === 'number' &&
      typeof key[1] === 'string' &&
      typeof key[2] === 'number' &&
      typeof key[3] === 'string' &&
      /^[0-9a-f-]{36}$/i.test(key[3])
    ) {
      return key as SortKey;
    }
  } catch {
    // fall through
  }
  throw new DbError('BAD_USER_INPUT', '分页游标无效，请从第一页重新加载', { after: cursor });
}

interface Row extends TaskColumns, ReportColumns {
  assignmentId: string;
  role: AssignmentRole;
  departmentId: string;
  departmentName: string;
  documentTitle: string;
  docNumber: string | null;
  otherUnits: TaskUnit[];
  roleRank: number;
  sortOrder: number;
}

/**
 * 我的任务 — a department's active assignments with their task, document, the other units on the task and
 * the latest progress report of each: ONE statement for the page (a LATERAL join per assignment for the
 * latest report and for the other units), ONE for the total count. Keyset pagination on
 * (role, document title, task order, assignment id).
 */
export async function departmentTasks(
  db: Db,
  departmentId: Id,
  options: DepartmentTasksOptions = {},
): Promise<DepartmentTasksPage> {
  const first = options.first ?? 50;
  if (!Number.isInteger(first) || first < 1 || first > 200) {
    throw new DbError('BAD_USER_INPUT', '每页条数须为1到200之间的整数', { first });
  }
  const after = options.after === undefined ? null : decodeCursor(options.after);
  const search = options.search?.trim() ? containsPattern(options.search.trim()) : null;

  // $1 department, $2 role, $3 search pattern; the page query adds $4–$7 (cursor) and $8 (limit).
  const filters = `
    a.department_id = $1
    AND a.withdrawn_at IS NULL
    AND t.withdrawn_at IS NULL
    AND ($2::text IS NULL OR a.role = $2::text)
    AND ($3::text IS NULL OR t.text ILIKE $3::text OR t.heading ILIKE $3::text)`;
  const filterParameters = [departmentId, options.role ?? null, search];

  const [rows, [count]] = await reads(
    db,
    () =>
      select<Row>(
        db,
        `SELECT
         a.id AS "assignmentId", a.role, a.department_id AS "departmentId", dep.name AS "departmentName",
         ${TASK_COLUMNS('t')},
         d.title AS "documentTitle", d.doc_number AS "docNumber",
         others.units AS "otherUnits",
         ${REPORT_COLUMNS('latest')},
         ${ROLE_RANK('a.role')} AS "roleRank", t.sort_order AS "sortOrder"
       FROM assignment a
       JOIN department dep ON dep.id = a.department_id
       JOIN task t ON t.id = a.task_id
       JOIN policy_document d ON d.id = t.document_id
       ${LATEST_REPORT('a')}
       LEFT JOIN LATERAL (
         SELECT coalesce(jsonb_agg(jsonb_build_object(
                  'assignmentId', o.id, 'departmentId', o.department_id, 'name', od.name, 'role', o.role)
                  ORDER BY ${ROLE_RANK('o.role')}, od.name), '[]'::jsonb) AS units
         FROM assignment o
         JOIN department od ON od.id = o.department_id
         WHERE o.task_id = a.task_id AND o.id <> a.id AND o.withdrawn_at IS NULL
       ) others ON true
       WHERE ${filters}
         AND ($4::int IS NULL OR (${ROLE_RANK('a.role')}, d.title, t.sort_order, a.id) > ($4::int, $5::text, $6::int, $7::uuid))
       ORDER BY ${ROLE_RANK('a.role')}, d.title, t.sort_order, a.id
       LIMIT $8`,
        [...filterParameters, ...(after ?? [null, null, null, null]), first + 1],
      ),
    () =>
      select<{ count: number }>(
        db,
        `SELECT count(*) AS count
       FROM assignment a
       JOIN task t ON t.id = a.task_id
       WHERE ${filters}`,
        filterParameters,
      ),
  );

  const page = rows.slice(0, first);
  const nodes = page.map((row): DepartmentTask => {
    const lead =
      row.role === 'LEAD'
        ? { departmentId: row.departmentId, name: row.departmentName }
        : (row.otherUnits.find((unit) => unit.role === 'LEAD') ?? null);
    return {
      assignment: { id: row.assignmentId, taskId: row.id, departmentId: row.departmentId, role: row.role },
      task: toTask(row),
      document: { id: row.documentId, title: row.documentTitle, docNumber: row.docNumber },
      otherUnits: row.otherUnits,
      lead: lead && { departmentId: lead.departmentId, name: lead.name },
      latestReport: toReport(row),
    };
  });
  const last = page.at(-1);
  return {
    nodes,
    totalCount: count?.count ?? 0,
    pageInfo: {
      hasNextPage: rows.length > first,
      endCursor: last
        ? encodeCursor([last.roleRank, last.documentTitle, last.sortOrder, last.assignmentId])
        : null,
    },
  };
}
