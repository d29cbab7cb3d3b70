import { entityJson, reads, reviveInstants, select, type Db } from '@lianxi/db';
import {
  assignmentLight,
  calendarDateOf,
  type Assignment,
  type AssignmentRole,
  type Department,
  type ProgressReport,
  type StatusLight,
  type Task,
} from '@lianxi/domain';
import { badInput } from '../../errors.js';
import { MAX_PAGE } from '../pagination.js';
import type { DocumentHeader } from '../../loaders.js';

/** An assignment with its light and latest report already computed, so resolving them costs no statement. */
export interface AssignmentWithState extends Assignment {
  state?: { light: StatusLight; latestReport: ProgressReport | null };
}

export interface DepartmentTasksArgs {
  role?: AssignmentRole | null;
  status?: StatusLight | null;
  overdue?: boolean | null;
  search?: string | null;
  first?: number | null;
  after?: string | null;
}

/** LEAD first, then document, then the task's place in it: the order of 我的任务. */
type SortKey = [roleRank: number, documentTitle: string, sortOrder: number, assignmentId: string];

const ROLE_RANK = `CASE a.role WHEN 'LEAD' THEN 0 WHEN 'SUPPORT' THEN 1 ELSE 2 END`;

const encodeCursor = (key: SortKey) => Buffer.from(JSON.stringify(key)).toString('base64url');

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
    // an unreadable cursor is bad input, below
  }
  throw badInput('分页游标无效,请从第一页重新加载', 'after');
}

const compareKeys = (a: SortKey, b: SortKey) =>
  a[0] - b[0] ||
  (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0) ||
  a[2] - b[2] ||
  (a[3] < b[3] ? -1 : a[3] > b[3] ? 1 : 0);

interface Row {
  assignmentId: string;
  taskId: string;
  documentId: string;
  /** All the filtered rows, whatever the page (count(*) OVER ()); read only for a first page. */
  totalCount: number;
  role: AssignmentRole;
  departmentId: string;
  roleRank: number;
  documentTitle: string;
  sortOrder: number;
  issuedOn: string | null;
  task: Task & { span: null };
  latest: (Omit<ProgressReport, 'reportedAt'> & { reportedAt: string }) | null;
}

/** A page row with what the task list shows of its task, for the DataLoaders (see `withNested`). */
interface NestedRow extends Row {
  /** The task's document, on the first row of each document in the page only. */
  document: Record<string, unknown> | null;
  /** Every assignment of the task (as `assignmentsByTask` reads them) with its department. */
  units: { assignment: Record<string, unknown>; department: Record<string, unknown> }[];
}

/** What the page's nested fields (task.document, task.assignments, assignment.department) will read. */
export interface PageNested {
  documents: DocumentHeader[];
  assignmentsByTask: Map<string, Assignment[]>;
  departments: Department[];
}

/**
 * 我的任务 — one department's assignments as a connection. The first page is ONE statement whatever the
 * number of rows: the rows with their task and latest report (a LATERAL join), the total (count(*) OVER ()),
 * and for the fields the task list shows, the task's document and its assignments with their departments
 * (returned as `nested`, for the resolver to prime the DataLoaders). A later page (`after`) adds a second
 * statement for the total, which the keyset condition would otherwise cut. Keyset pagination in SQL on
 * (role, document title, task order, assignment id); `search` is an ILIKE on task.text that the trigram
 * index ix_task_text_trgm serves. The light is the domain's `assignmentLight`, not SQL, so a `status`
 * filter reads the filtered rows' sort keys and lights in the first statement, pages them in memory and
 * fetches that page's rows in the second.
 */
export async function departmentTaskConnection(db: Db, departmentId: string, args: DepartmentTasksArgs) {
  const first = args.first ?? 20;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE) {
    throw badInput(`每页条数应在 0 到 ${MAX_PAGE} 之间`, 'first');
  }
  const after = args.after == null ? null : decodeCursor(args.after);
  const search = args.search?.trim() ? `%${args.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const today = calendarDateOf(new Date());

  // $1 department, $2 role, $3 search, $4 overdue, $5 today.
  const filters = `a.department_id = $1 AND a.withdrawn_at IS NULL AND t.withdrawn_at IS NULL
    AND ($2::text IS NULL OR a.role = $2::text)
    AND ($3::text IS NULL OR t.text ILIKE $3::text)
    AND ($4::boolean IS NULL OR $4::boolean = (t.deadline IS NOT NULL AND t.deadline < $5::date
                                               AND coalesce(latest.status, '') <> 'COMPLETED'))`;
  const filterParameters = [departmentId, args.role ?? null, search, args.overdue ?? null, today];
  const latestJoin = `LEFT JOIN LATERAL (
      SELECT p.id, p.assignment_id, p.period, p.status, p.percent, p.narrative, p.indicator_values, p.reported_by,
             p.reported_at, p.supersedes_id
      FROM progress_report p WHERE p.assignment_id = a.id ORDER BY p.reported_at DESC, p.id DESC LIMIT 1
    ) latest ON true`;
  const rowsQuery = (where: string, tail: string) => `
    SELECT a.id AS "assignmentId", t.id AS "taskId", d.id AS "documentId", count(*) OVER ()::int AS "totalCount",
           a.role, a.department_id AS "departmentId", ${ROLE_RANK} AS "roleRank",
           d.title AS "documentTitle", t.sort_order AS "sortOrder", d.issued_on AS "issuedOn",
           json_build_object('id', t.id, 'documentId', t.document_id, 'path', t.path, 'heading', t.heading,
             'text', t.text, 'deadline', t.deadline, 'recurrence', t.recurrence, 'span', NULL,
             'resolutionId', t.resolution_id) AS task,
           CASE WHEN latest.id IS NULL THEN NULL ELSE json_build_object('id', latest.id,
             'assignmentId', latest.assignment_id, 'period', latest.period, 'status', latest.status,
             'percent', latest.percent, 'narrative', latest.narrative, 'indicatorValues', latest.indicator_values,
             'reportedBy', latest.reported_by, 'reportedAt', latest.reported_at,
             'supersedesId', latest.supersedes_id) END AS latest
    FROM assignment a
    JOIN task t ON t.id = a.task_id
    JOIN policy_document d ON d.id = t.document_id
    ${latestJoin}
    WHERE ${where}
    ORDER BY ${ROLE_RANK}, d.title, t.sort_order, a.id
    ${tail}`;
  // Around the page only (after its LIMIT): each document once, and each task's units in the order of the
  // assignmentsByTask loader (role, then creation).
  const withNested = (page: string) => `
    SELECT page.*,
           CASE WHEN row_number() OVER (PARTITION BY page."documentId") = 1
                THEN ${entityJson(db, 'policy_document', 'doc', ['sourceText'])} END AS document,
           (SELECT coalesce(json_agg(json_build_object('assignment', ${entityJson(db, 'assignment', 'x')},
                                                       'department', ${entityJson(db, 'department', 'u')})
                                     ORDER BY x.role, x.created_at), '[]'::json)
            FROM assignment x JOIN department u ON u.id = x.department_id
            WHERE x.task_id = page."taskId") AS units
    FROM (${page}) page JOIN policy_document doc ON doc.id = page."documentId"
    ORDER BY page."roleRank", page."documentTitle", page."sortOrder", page."assignmentId"`;

  const stateOf = (row: Row) => {
    const latestReport = row.latest ? { ...row.latest, reportedAt: new Date(row.latest.reportedAt) } : null;
    const light = assignmentLight({
      deadline: row.task.deadline,
      latestReport,
      today,
      startedOn: row.issuedOn,
      recurring: row.task.recurrence != null,
    }).light;
    return { light, latestReport };
  };
  const keyOf = (row: Row): SortKey => [row.roleRank, row.documentTitle, row.sortOrder, row.assignmentId];

  let page: Row[];
  let totalCount: number;
  let hasNextPage: boolean;
  let nested: PageNested | null = null;
  if (args.status) {
    const all = (await select<Row>(db, rowsQuery(filters, ''), filterParameters)).filter(
      (row) => stateOf(row).light === args.status,
    );
    totalCount = all.length;
    const rest = after ? all.filter((row) => compareKeys(keyOf(row), after) > 0) : all;
    page = rest.slice(0, first);
    hasNextPage = rest.length > first;
  } else {
    const pageQuery = () =>
      select<NestedRow>(
        db,
        withNested(
          rowsQuery(
            `${filters} AND ($6::int IS NULL OR (${ROLE_RANK}, d.title, t.sort_order, a.id) > ($6::int, $7::text, $8::int, $9::uuid))`,
            'LIMIT $10',
          ),
        ),
        [...filterParameters, ...(after ?? [null, null, null, null]), first + 1],
      );
    let rows: NestedRow[];
    if (after === null) {
      // LIMIT is at least 1, so whenever a row matches, one comes back with the total.
      rows = await pageQuery();
      totalCount = rows[0]?.totalCount ?? 0;
    } else {
      const [pageRows, [count]] = await reads(db, pageQuery, () =>
        select<{ count: number }>(
          db,
          `SELECT count(*)::int AS count FROM assignment a JOIN task t ON t.id = a.task_id ${latestJoin}
           WHERE ${filters}`,
          filterParameters,
        ),
      );
      rows = pageRows;
      totalCount = count?.count ?? 0;
    }
    page = rows.slice(0, first);
    hasNextPage = rows.length > first;
    nested = nestedOf(db, rows);
  }

  const edges = page.map((row) => {
    const node: AssignmentWithState = {
      id: row.assignmentId,
      taskId: row.task.id,
      departmentId: row.departmentId,
      role: row.role,
      state: stateOf(row),
    };
    return { cursor: encodeCursor(keyOf(row)), node, task: row.task };
  });
  return {
    edges: edges.map(({ cursor, node }) => ({ cursor, node })),
    nodes: edges.map(({ node }) => node),
    tasks: edges.map(({ task }) => task),
    totalCount,
    nested,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: after !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** The documents, assignments and departments of a page's nested fields, hydrated as the loaders would. */
function nestedOf(db: Db, rows: readonly NestedRow[]): PageNested {
  const documents: DocumentHeader[] = [];
  const assignmentsByTask = new Map<string, Assignment[]>();
  const departments = new Map<string, Department>();
  for (const row of rows) {
    if (row.document) documents.push(reviveInstants<DocumentHeader>(db, 'policy_document', row.document));
    if (assignmentsByTask.has(row.taskId)) continue;
    assignmentsByTask.set(
      row.taskId,
      row.units.map(({ assignment, department }) => {
        const unit = reviveInstants<Department>(db, 'department', department);
        if (!departments.has(unit.id)) departments.set(unit.id, unit);
        return reviveInstants<Assignment>(db, 'assignment', assignment);
      }),
    );
  }
  return { documents, assignmentsByTask, departments: [...departments.values()] };
}
