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

/** A task as the page statement sends it: [id, path, heading, text, deadline, recurrence, resolutionId]. */
type TaskTuple = [string, string[], string | null, string, string | null, Task['recurrence'], string | null];

/**
 * A latest report: [id, period, status, percent, narrative, indicatorValues, reportedBy, reportedAt (ISO text),
 * supersedesId].
 */
type ReportTuple = [
  string,
  string,
  ProgressReport['status'],
  number,
  string,
  ProgressReport['indicatorValues'],
  string,
  string,
  string | null,
];

/**
 * One row of the list: [assignmentId, role, roleRank, sortOrder, documentId, task, latest report, units], the
 * units (every assignment of the task, as [id, departmentId, role]) only when the statement read them.
 */
type RowTuple = [
  string,
  AssignmentRole,
  number,
  number,
  string,
  TaskTuple,
  ReportTuple | null,
  [id: string, departmentId: string, role: AssignmentRole][]?,
];

/**
 * What the list statement returns, as ONE JSON value in one row: the driver then decodes one text and V8
 * parses it at once, instead of a value per column and row, which cost the most CPU in this query; rows are
 * arrays (no repeated keys), and each document and department is sent once however many rows show it.
 */
interface PageJson {
  /** All the filtered rows, whatever the page; null when none matches. */
  totalCount: number | null;
  rows: RowTuple[];
  /** The rows' documents (every column but the source text). */
  documents: Record<string, unknown>[];
  /** The departments of the rows' units (whole rows); only with the units. */
  departments: Record<string, unknown>[] | null;
  /** The department's own row (null when there is none); only when asked for. */
  department?: Record<string, unknown> | null;
}

/** What the page's nested fields (task.document, task.assignments, assignment.department) will read. */
export interface PageNested {
  documents: DocumentHeader[];
  assignmentsByTask: Map<string, Assignment[]>;
  departments: Department[];
}

/** A row of the list as the resolvers use it. */
interface Row {
  key: SortKey;
  node: AssignmentWithState;
  task: Task;
}

/**
 * An edge computes its cursor only when asked for: most clients read `nodes`. Exported because the request's
 * loaders hold `DepartmentTaskPage`s, whose declaration names it.
 */
export class Edge {
  constructor(
    private readonly key: SortKey,
    readonly node: AssignmentWithState,
  ) {}

  get cursor(): string {
    return encodeCursor(this.key);
  }
}

/** The page size and the decoded cursor; BAD_USER_INPUT for a size out of range or an unreadable cursor. */
export function checkDepartmentTasksArgs(args: DepartmentTasksArgs): {
  first: number;
  after: SortKey | null;
} {
  const first = args.first ?? 20;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE) {
    throw badInput(`每页条数应在 0 到 ${MAX_PAGE} 之间`, 'first');
  }
  return { first, after: args.after == null ? null : decodeCursor(args.after) };
}

/** One key per department and arguments, for a page read ahead of its field (see `readDepartmentWithTasks`). */
export const departmentTasksKey = (departmentId: string, args: DepartmentTasksArgs) =>
  JSON.stringify([
    departmentId,
    args.role ?? null,
    args.status ?? null,
    args.overdue ?? null,
    args.search ?? null,
    args.first ?? null,
    args.after ?? null,
  ]);

export type DepartmentTaskPage = Awaited<ReturnType<typeof departmentTaskConnection>>;

/**
 * 我的任务 — one department's assignments as a connection. The first page is ONE statement whatever the
 * number of rows: the rows with their task and latest report (a LATERAL join), the total (count(*) OVER ()),
 * and for the fields the task list shows, the task's document and its assignments with their departments
 * (returned as `nested`, for the resolver to prime the DataLoaders). A later page (`after`) adds a second
 * statement for the total, which the keyset condition would otherwise cut. Keyset pagination in SQL on
 * (role, document title, task order, assignment id); `search` is an ILIKE on task.text that the trigram
 * index ix_task_text_trgm serves. The light is the domain's `assignmentLight`, not SQL, so a `status`
 * filter reads every filtered row (without units) in one statement and pages them in memory. With
 * `withDepartment` the same statement also returns the department's own row (`department`, null when there is
 * none), so that `department(id) { tasks }` reads the department and its page in one statement.
 */
export async function departmentTaskConnection(
  db: Db,
  departmentId: string,
  args: DepartmentTasksArgs,
  options: { withDepartment?: boolean } = {},
) {
  const { first, after } = checkDepartmentTasksArgs(args);
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
      SELECT p.id, p.period, p.status, p.percent, p.narrative, p.indicator_values, p.reported_by, p.reported_at,
             p.supersedes_id
      FROM progress_report p WHERE p.assignment_id = a.id ORDER BY p.reported_at DESC, p.id DESC LIMIT 1
    ) latest ON true`;
  // The filtered rows in list order, with what ordering needs.
  const rowsQuery = (where: string, tail: string) => `
    SELECT a.id AS "assignmentId", a.role, ${ROLE_RANK} AS "roleRank", t.sort_order AS "sortOrder",
           t.document_id AS "documentId", t.id AS "taskId", d.title AS "documentTitle",
           count(*) OVER ()::int AS "totalCount",
           json_build_array(t.id, t.path, t.heading, t.text, t.deadline, t.recurrence, t.resolution_id) AS task,
           CASE WHEN latest.id IS NULL THEN NULL ELSE json_build_array(latest.id, latest.period, latest.status,
             latest.percent, latest.narrative, latest.indicator_values, latest.reported_by, latest.reported_at,
             latest.supersedes_id) END AS latest
    FROM assignment a
    JOIN task t ON t.id = a.task_id
    JOIN policy_document d ON d.id = t.document_id
    ${latestJoin}
    WHERE ${where}
    ORDER BY ${ROLE_RANK}, d.title, t.sort_order, a.id
    ${tail}`;
  // Around the rows (after their LIMIT), each row as the array RowTuple describes. With `units`: each task's
  // active assignments in the order of the assignmentsByTask loader (role, then creation) as arrays of the fields
  // it reads (ASSIGNMENT_FIELDS), and the departments of those assignments; always the rows' documents.
  // `= ANY (ARRAY(…))` looks the few documents and departments up by primary key, where `IN (…)` let the
  // planner hash-join whole tables (3,209 departments at province scale: a third of the statement's time).
  const units = `(SELECT coalesce(json_agg(json_build_array(x.id, x.department_id, x.role) ORDER BY x.role, x.created_at),
                                   '[]'::json)
                  FROM assignment x WHERE x.task_id = page."taskId" AND x.withdrawn_at IS NULL)`;
  const ownRow = options.withDepartment
    ? `'department', (SELECT ${entityJson(db, 'department', 'own')} FROM department own WHERE own.id = $1),`
    : '';
  const pageJson = (rows: string, withUnits: boolean) => `
    WITH page AS (${rows})
    SELECT json_build_object(${ownRow}
      'totalCount', (SELECT "totalCount" FROM page LIMIT 1),
      'rows', (SELECT coalesce(json_agg(
                 json_build_array(page."assignmentId", page.role, page."roleRank", page."sortOrder", page."documentId",
                                  page.task, page.latest${withUnits ? `, ${units}` : ''})
                 ORDER BY page."roleRank", page."documentTitle", page."sortOrder", page."assignmentId"), '[]'::json)
               FROM page),
      'documents', (SELECT coalesce(json_agg(${entityJson(db, 'policy_document', 'doc', ['sourceText'])}), '[]'::json)
                    FROM policy_document doc WHERE doc.id = ANY (ARRAY(SELECT DISTINCT "documentId" FROM page))),
      'departments', ${
        withUnits
          ? `(SELECT coalesce(json_agg(${entityJson(db, 'department', 'u')}), '[]'::json) FROM department u
              WHERE u.id = ANY (ARRAY(SELECT DISTINCT x.department_id FROM assignment x JOIN page ON x.task_id = page."taskId")))`
          : 'NULL'
      }
    ) AS page`;
  const read = async (text: string, parameters: unknown[]) => {
    const [row] = await select<{ page: PageJson }>(db, text, parameters);
    if (!row) throw new Error('the list statement returned no row');
    return row.page;
  };

  let json: PageJson;
  let totalCount: number;
  if (args.status) {
    json = await read(pageJson(rowsQuery(filters, ''), false), filterParameters);
    totalCount = 0;
  } else {
    const pageQuery = () =>
      read(
        pageJson(
          rowsQuery(
            `${filters} AND ($6::int IS NULL OR (${ROLE_RANK}, d.title, t.sort_order, a.id) > ($6::int, $7::text, $8::int, $9::uuid))`,
            'LIMIT $10',
          ),
          true,
        ),
        [...filterParameters, ...(after ?? [null, null, null, null]), first + 1],
      );
    if (after === null) {
      // LIMIT is at least 1, so whenever a row matches, one comes back with the total.
      json = await pageQuery();
      totalCount = json.totalCount ?? 0;
    } else {
      const [pageRows, [count]] = await reads(db, pageQuery, () =>
        select<{ count: number }>(
          db,
          `SELECT count(*)::int AS count FROM assignment a JOIN task t ON t.id = a.task_id ${latestJoin}
           WHERE ${filters}`,
          filterParameters,
        ),
      );
      json = pageRows;
      totalCount = count?.count ?? 0;
    }
  }

  const documents = json.documents.map((doc) => reviveInstants<DocumentHeader>(db, 'policy_document', doc));
  const documentById = new Map(documents.map((document) => [document.id, document]));
  const rowOf = (tuple: RowTuple): Row => {
    const [assignmentId, role, roleRank, sortOrder, documentId, t, r] = tuple;
    const document = documentById.get(documentId);
    if (!document) throw new Error(`the list statement did not return document ${documentId}`);
    const task: Task = {
      id: t[0],
      documentId,
      path: t[1],
      heading: t[2],
      text: t[3],
      deadline: t[4],
      recurrence: t[5],
      span: null,
      resolutionId: t[6],
    };
    const latestReport: ProgressReport | null = r && {
      id: r[0],
      assignmentId,
      period: r[1],
      status: r[2],
      percent: r[3],
      narrative: r[4],
      indicatorValues: r[5],
      reportedBy: r[6],
      reportedAt: new Date(r[7]),
      supersedesId: r[8],
    };
    const light = assignmentLight({
      deadline: task.deadline,
      latestReport,
      today,
      startedOn: document.issuedOn,
      recurring: task.recurrence != null,
    }).light;
    return {
      key: [roleRank, document.title, sortOrder, assignmentId],
      node: { id: assignmentId, taskId: task.id, departmentId, role, state: { light, latestReport } },
      task,
    };
  };

  let page: Row[];
  let hasNextPage: boolean;
  let nested: PageNested | null = null;
  if (args.status) {
    const all = json.rows.map(rowOf).filter((row) => row.node.state?.light === args.status);
    totalCount = all.length;
    const rest = after ? all.filter((row) => compareKeys(row.key, after) > 0) : all;
    page = rest.slice(0, first);
    hasNextPage = rest.length > first;
  } else {
    page = json.rows.slice(0, first).map(rowOf);
    hasNextPage = json.rows.length > first;
    nested = nestedOf(db, json, documents);
  }

  const edges = page.map((row) => new Edge(row.key, row.node));
  return {
    department:
      json.department === undefined
        ? undefined
        : json.department && reviveInstants<Department>(db, 'department', json.department),
    edges,
    nodes: page.map((row) => row.node),
    tasks: page.map((row) => row.task),
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

/** The documents, assignments and departments of a page's nested fields, as the loaders would read them. */
function nestedOf(db: Db, json: PageJson, documents: DocumentHeader[]): PageNested {
  const assignmentsByTask = new Map<string, Assignment[]>();
  for (const [, , , , , task, , units] of json.rows) {
    const taskId = task[0];
    if (!units || assignmentsByTask.has(taskId)) continue;
    assignmentsByTask.set(
      taskId,
      units.map(([id, departmentId, role]): Assignment => ({ id, taskId, departmentId, role })),
    );
  }
  return {
    documents,
    assignmentsByTask,
    departments: (json.departments ?? []).map((department) =>
      reviveInstants<Department>(db, 'department', department),
    ),
  };
}
