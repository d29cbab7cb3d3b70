import { assignmentLight, buildResponsibilityMatrix, calendarDateOf } from '@lianxi/domain';
import type { Express } from 'express';
import type { DataSource } from 'typeorm';

/**
 * The hand-written baseline: the same answers as the GraphQL queries in queries.ts (in the API's order: role,
 * document title, task order, assignment id), each from ONE SQL
 * statement. Department tasks: PostgreSQL builds the whole JSON document and it is sent as is. The matrix:
 * one statement for its rows, then the same domain function the API uses to order rows and columns and
 * find violations (the domain's work is the product's, not overhead), then JSON.stringify.
 */

const ISO = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

export const DEPARTMENT_TASKS_SQL = `
WITH mine AS (
  SELECT a.id, a.role, a.task_id, t.path, t.heading, t.text, t.deadline, t.document_id,
         count(*) OVER () AS total,
         row_number() OVER (ORDER BY CASE a.role WHEN 'LEAD' THEN 0 WHEN 'SUPPORT' THEN 1 ELSE 2 END,
                                     d.title, t.sort_order, a.id) AS ord
  FROM assignment a JOIN task t ON t.id = a.task_id JOIN policy_document d ON d.id = t.document_id
  WHERE a.department_id = $1 AND a.withdrawn_at IS NULL AND t.withdrawn_at IS NULL
  ORDER BY ord
  LIMIT $2
)
SELECT json_build_object('data', json_build_object('department', json_build_object(
  'id', d.id, 'name', d.name,
  'tasks', json_build_object(
    'totalCount', coalesce((SELECT total FROM mine LIMIT 1), 0),
    'nodes', coalesce((
      SELECT json_agg(json_build_object(
        'id', m.id, 'role', m.role,
        'task', json_build_object(
          'id', m.task_id, 'path', m.path, 'heading', m.heading, 'text', m.text, 'deadline', m.deadline,
          'document', json_build_object('id', doc.id, 'title', doc.title),
          'assignments', (
            SELECT json_agg(json_build_object('id', o.id, 'role', o.role,
                                              'department', json_build_object('id', od.id, 'name', od.name)))
            FROM assignment o JOIN department od ON od.id = o.department_id
            WHERE o.task_id = m.task_id)),
        'latestReport', (
          SELECT json_build_object('id', p.id, 'period', p.period, 'status', p.status, 'percent', p.percent,
                                   'narrative', p.narrative,
                                   'reportedAt', to_char(p.reported_at AT TIME ZONE 'UTC', ${ISO}))
          FROM progress_report p WHERE p.assignment_id = m.id
          ORDER BY p.reported_at DESC, p.id DESC LIMIT 1)
      ) ORDER BY m.ord)
      FROM mine m JOIN policy_document doc ON doc.id = m.document_id), '[]'::json)))))::text AS body
FROM department d WHERE d.id = $1`;

export const MATRIX_SQL = `
SELECT json_build_object(
  'document', (SELECT json_build_object('id', id, 'title', title) FROM policy_document WHERE id = $1),
  'tasks', coalesce((SELECT json_agg(json_build_object('id', t.id, 'path', t.path, 'heading', t.heading,
                                                      'deadline', t.deadline, 'recurrence', t.recurrence))
                     FROM task t WHERE t.document_id = $1), '[]'::json),
  'assignments', coalesce((
    SELECT json_agg(json_build_object('id', a.id, 'taskId', a.task_id, 'departmentId', a.department_id,
                                      'role', a.role, 'name', dep.name, 'latest', latest.r))
    FROM task t
    JOIN assignment a ON a.task_id = t.id
    JOIN department dep ON dep.id = a.department_id
    LEFT JOIN LATERAL (
      SELECT json_build_object('status', p.status, 'percent', p.percent, 'period', p.period,
                               'reportedAt', p.reported_at) AS r
      FROM progress_report p WHERE p.assignment_id = a.id
      ORDER BY p.reported_at DESC, p.id DESC LIMIT 1) latest ON true
    WHERE t.document_id = $1), '[]'::json)) AS body`;

interface MatrixRows {
  document: { id: string; title: string } | null;
  tasks: {
    id: string;
    path: string[];
    heading: string | null;
    deadline: string | null;
    recurrence: string | null;
  }[];
  assignments: {
    id: string;
    taskId: string;
    departmentId: string;
    role: 'LEAD' | 'SUPPORT' | 'LOCAL';
    name: string;
    latest: { status: 'NOT_STARTED' | 'IN_PROGRESS' | 'COMPLETED' | 'BLOCKED'; percent: number; period: string; reportedAt: string } | null;
  }[];
}

const queryText = (value: unknown): string => (typeof value === 'string' ? value : '');

export function mountRawRoutes(app: Express, db: DataSource): void {
  app.get('/raw/department-tasks', async (req, res) => {
    const rows: { body: string }[] = await db.query(DEPARTMENT_TASKS_SQL, [
      queryText(req.query.id),
      Number(queryText(req.query.first) || 100),
    ]);
    res.type('application/json').send(rows[0]?.body ?? '{"data":{"department":null}}');
  });

  app.get('/raw/matrix', async (req, res) => {
    const rows: { body: MatrixRows }[] = await db.query(MATRIX_SQL, [queryText(req.query.id)]);
    const body = rows[0]?.body;
    if (!body?.document) {
      res.json({ data: { responsibilityMatrix: null } });
      return;
    }
    const today = calendarDateOf(new Date());
    const taskById = new Map(body.tasks.map((task) => [task.id, task]));
    const departments = new Map<string, { id: string; name: string }>();
    const lights = new Map<string, ReturnType<typeof assignmentLight>['light']>();
    for (const a of body.assignments) {
      departments.set(a.departmentId, { id: a.departmentId, name: a.name });
      const task = taskById.get(a.taskId);
      const latest = a.latest && { ...a.latest, reportedAt: new Date(a.latest.reportedAt) };
      lights.set(
        a.id,
        assignmentLight({
          deadline: task?.deadline ?? null,
          latestReport: latest,
          today,
          recurring: task?.recurrence != null,
        }).light,
      );
    }
    const matrix = buildResponsibilityMatrix({
      tasks: body.tasks,
      departments: [...departments.values()],
      assignments: body.assignments,
      lights,
    });
    const answer = {
      data: {
        responsibilityMatrix: {
          document: body.document,
          departments: matrix.departments.map((d) => ({ id: d.id, name: d.name })),
          tasks: matrix.tasks.map((t) => ({ id: t.id, path: t.path, heading: t.heading })),
          cells: matrix.cells.map((c) => ({
            taskId: c.taskId,
            departmentId: c.departmentId,
            assignmentId: c.assignmentId,
            role: c.role,
            light: c.light ?? 'GREEN',
          })),
          violations: matrix.violations.map((v) => ({
            code: v.code,
            message: v.message,
            taskId: 'taskId' in v ? v.taskId : null,
          })),
        },
      },
    };
    res.type('application/json').send(JSON.stringify(answer));
  });
}
