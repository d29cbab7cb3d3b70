import { reads, select } from '@lianxi/db';
import { can, type Assignment, type Department, type Task } from '@lianxi/domain';
import { requireAdmin, requireUser } from '../../auth/guards.js';
import { writeAudit } from '../../audit/audit.writer.js';
import type { Context } from '../../context.js';
import { badInput, forbidden, notFound, userError, type UserErrorData } from '../../errors.js';
import { present } from '../../loaders.js';
import type { Resolvers } from '../../generated/resolvers-types.js';
import { requireId } from '../ids.js';
import { lightOf } from '../lights.js';
import { keysetAfter, keysetConnection, pageSize } from '../pagination.js';

/** The jurisdiction a task belongs to: its document's (resolution tasks: their joint meeting's). */
export async function taskJurisdiction(context: Context, task: Task): Promise<string | null> {
  if (task.documentId)
    return (await context.loaders.documentHeader.load(task.documentId))?.jurisdictionId ?? null;
  const rows: { jurisdiction_id: string }[] = await context.services.db.query(
    `SELECT jm.jurisdiction_id FROM resolution r JOIN meeting m ON m.id = r.meeting_id
     JOIN joint_meeting jm ON jm.id = m.joint_meeting_id WHERE r.id = $1`,
    [task.resolutionId],
  );
  return rows[0]?.jurisdiction_id ?? null;
}

export async function readableTask(context: Context, id: string): Promise<Task | null> {
  const user = requireUser(context);
  const task = await context.loaders.task.load(id);
  if (!task) return null;
  return can(user, 'READ_DOCUMENT', { jurisdictionId: await taskJurisdiction(context, task) }) ? task : null;
}

/** An assignment with its scope, for permission checks on assignment-bound actions. */
export async function assignmentScope(context: Context, assignmentId: string) {
  const assignment = await context.loaders.assignment.load(assignmentId);
  if (!assignment) return null;
  const task = await context.loaders.task.load(assignment.taskId);
  if (!task) return null;
  return { assignment, task, jurisdictionId: await taskJurisdiction(context, task) };
}

async function editableAssignment(context: Context, assignmentId: string) {
  const user = requireAdmin(context);
  const scope = await assignmentScope(context, assignmentId);
  if (!scope || !can(user, 'EDIT_ASSIGNMENTS', { jurisdictionId: scope.jurisdictionId }))
    throw notFound('分工');
  return { user, ...scope };
}

/** The department a task of `jurisdictionId` may be given, or the expected failure that says why not. */
async function assignableDepartment(
  context: Context,
  departmentId: string,
  jurisdictionId: string | null,
  role: Assignment['role'],
): Promise<Department | { error: UserErrorData }> {
  const department = await context.loaders.department.load(departmentId);
  if (!department) throw notFound('部门');
  // LOCAL duty may lie with a lower government of another jurisdiction (各县区政府); lead and support may not.
  if (department.jurisdictionId !== jurisdictionId && role !== 'LOCAL') {
    return { error: userError('INVALID_INPUT', '部门不属于该文件的行政区划', 'input.departmentId') };
  }
  if (department.archivedAt) {
    return { error: userError('ARCHIVED', '部门已归档,不能接受新任务', 'input.departmentId') };
  }
  return department;
}

export const taskResolvers: Resolvers = {
  Query: {
    task: (_parent, { id }, context) => readableTask(context, id),
    /** As `task`: null both for a missing assignment and for one of a jurisdiction the user may not read. */
    assignment: async (_parent, { id }, context) => {
      const user = requireUser(context);
      const scope = await assignmentScope(context, requireId(id, 'id'));
      return scope && can(user, 'READ_DOCUMENT', { jurisdictionId: scope.jurisdictionId })
        ? scope.assignment
        : null;
    },
    /**
     * Tasks whose text contains `text`: `task.text ILIKE '%…%'`, served by the trigram index ix_task_text_trgm
     * (for three characters or more). Keyset pagination in SQL on (document title, task order, id); two
     * statements (the page and the total).
     */
    searchTasks: async (_parent, { text, first, after }, context) => {
      const user = requireUser(context);
      const size = pageSize(first);
      const key = keysetAfter(after, ['string', 'number', 'string']);
      const needle = text.trim();
      if (needle === '') throw badInput('请输入要搜索的内容', 'text');
      const scope = user.role === 'ADMIN' && user.jurisdictionId === null ? null : user.jurisdictionId;
      const filters = `t.text ILIKE $1 AND t.withdrawn_at IS NULL AND ($2::uuid IS NULL OR d.jurisdiction_id = $2::uuid)`;
      const parameters = [`%${needle.replace(/[\\%_]/g, (c) => `\\${c}`)}%`, scope];
      const db = context.services.db;
      const [rows, [count]] = await reads(
        db,
        () =>
          select<Task & { documentTitle: string; sortOrder: number }>(
            db,
            `SELECT t.id, t.document_id AS "documentId", t.path, t.heading, t.text, t.deadline, t.recurrence,
                    NULL AS span, t.resolution_id AS "resolutionId", d.title AS "documentTitle", t.sort_order AS "sortOrder"
             FROM task t JOIN policy_document d ON d.id = t.document_id
             WHERE ${filters} AND ($3::text IS NULL OR (d.title, t.sort_order, t.id) > ($3::text, $4::int, $5::uuid))
             ORDER BY d.title, t.sort_order, t.id LIMIT $6`,
            [...parameters, ...(key ?? [null, null, null]), size + 1],
          ),
        () =>
          select<{ n: number }>(
            db,
            `SELECT count(*)::int AS n FROM task t JOIN policy_document d ON d.id = t.document_id WHERE ${filters}`,
            parameters,
          ),
      );
      for (const row of rows) context.loaders.task.prime(row.id, row);
      return keysetConnection(rows, size, count?.n ?? 0, key !== null, (row) => [
        row.documentTitle,
        row.sortOrder,
        row.id,
      ]);
    },
  },
  Mutation: {
    assignUnit: async (_parent, { input }, context) => {
      const user = requireAdmin(context);
      const task = await readableTask(context, input.taskId);
      if (!task) throw notFound('任务');
      const jurisdictionId = await taskJurisdiction(context, task);
      if (!can(user, 'EDIT_ASSIGNMENTS', { jurisdictionId })) throw forbidden();
      const department = await assignableDepartment(context, input.departmentId, jurisdictionId, input.role);
      if ('error' in department) return { assignment: null, errors: [department.error] };
      return context.services.db.transaction(async (manager) => {
        const [existing] = await select<{ id: string; role: Assignment['role']; withdrawn: boolean }>(
          manager,
          `SELECT id, role, withdrawn_at IS NOT NULL AS withdrawn FROM assignment
           WHERE task_id = $1 AND department_id = $2 FOR UPDATE`,
          [task.id, department.id],
        );
        if (existing && !existing.withdrawn) {
          return {
            assignment: null,
            errors: [userError('ALREADY_EXISTS', '该部门已承担此任务', 'input.departmentId')],
          };
        }
        // A unit a revised plan or a merge withdrew comes back as the same assignment, its history with it.
        const [row] = existing
          ? await select<{ id: string }>(
              manager,
              'UPDATE assignment SET withdrawn_at = NULL, role = $2 WHERE id = $1 RETURNING id',
              [existing.id, input.role],
            )
          : await select<{ id: string }>(
              manager,
              'INSERT INTO assignment (task_id, department_id, role) VALUES ($1, $2, $3) RETURNING id',
              [task.id, department.id, input.role],
            );
        if (!row) throw new Error('assignUnit: no row');
        const assignment = { id: row.id, taskId: task.id, departmentId: department.id, role: input.role };
        await writeAudit(manager, {
          actorId: user.id,
          action: existing ? 'assignment.restore' : 'assignment.create',
          entity: 'assignment',
          entityId: row.id,
          before: existing ? { ...assignment, role: existing.role, withdrawn: true } : null,
          after: assignment,
          requestId: context.requestId,
        });
        return { assignment, errors: [] };
      });
    },
    unassignUnit: async (_parent, { input }, context) => {
      const { user, assignment } = await editableAssignment(context, input.assignmentId);
      return context.services.db.transaction(async (manager) => {
        const reports: unknown[] = await manager.query(
          'SELECT 1 FROM progress_report WHERE assignment_id = $1 LIMIT 1',
          [assignment.id],
        );
        if (reports.length > 0) {
          // Reports are history and are never deleted, so neither is the assignment they belong to.
          return {
            assignment,
            errors: [userError('INVALID_INPUT', '该分工已有进展填报,不能删除;可改变角色或归档部门')],
          };
        }
        await manager.query('DELETE FROM reminder WHERE assignment_id = $1', [assignment.id]);
        await manager.getRepository('assignment').delete({ id: assignment.id });
        await writeAudit(manager, {
          actorId: user.id,
          action: 'assignment.delete',
          entity: 'assignment',
          entityId: assignment.id,
          before: assignment,
          after: null,
          requestId: context.requestId,
        });
        return { assignment, errors: [] };
      });
    },
    /**
     * 更正责任单位: the reader (or a person) put the wrong department on a task. The assignment moves to the
     * right department in one statement, keeping its id, role and reminders, so the matrix cell moves column and
     * nothing is half done (an add-then-remove from the client could leave both). An assignment with progress
     * reports is history of the department that wrote them and is not moved (as unassignUnit refuses to delete it).
     */
    reassignUnit: async (_parent, { input }, context) => {
      const { user, assignment, jurisdictionId } = await editableAssignment(context, input.assignmentId);
      const department = await assignableDepartment(context, input.departmentId, jurisdictionId, assignment.role);
      if ('error' in department) return { assignment: null, errors: [department.error] };
      if (department.id === assignment.departmentId) return { assignment, errors: [] };
      return context.services.db.transaction(async (manager) => {
        // The row lock orders this against reportProgress, which locks the assignment before appending.
        const locked: { has_reports: boolean }[] = await manager.query(
          `SELECT EXISTS (SELECT 1 FROM progress_report WHERE assignment_id = a.id) AS has_reports
           FROM assignment a WHERE a.id = $1 FOR UPDATE`,
          [assignment.id],
        );
        if (locked[0]?.has_reports) {
          return {
            assignment,
            errors: [userError('INVALID_INPUT', '该分工已有进展填报,不能更正为其他部门;可为正确的部门增加分工', 'input.assignmentId')],
          };
        }
        const [taken] = await select<{ withdrawn: boolean }>(
          manager,
          'SELECT withdrawn_at IS NOT NULL AS withdrawn FROM assignment WHERE task_id = $1 AND department_id = $2',
          [assignment.taskId, department.id],
        );
        if (taken) {
          // One row per task and department (uq_assignment_task_department): a withdrawn one is history to keep.
          const message = taken.withdrawn
            ? '该部门曾承担此任务(分工已撤销);请移除本分工,再用“增加责任单位”恢复该部门'
            : '该部门已承担此任务;如需合并请移除本分工';
          return { assignment: null, errors: [userError('ALREADY_EXISTS', message, 'input.departmentId')] };
        }
        await manager.query('UPDATE assignment SET department_id = $2 WHERE id = $1', [assignment.id, department.id]);
        const after = { ...assignment, departmentId: department.id };
        await writeAudit(manager, {
          actorId: user.id,
          action: 'assignment.reassign',
          entity: 'assignment',
          entityId: assignment.id,
          before: assignment,
          after,
          requestId: context.requestId,
        });
        context.loaders.assignment.clear(assignment.id).prime(assignment.id, after);
        return { assignment: after, errors: [] };
      });
    },
    changeAssignmentRole: async (_parent, { input }, context) => {
      const { user, assignment } = await editableAssignment(context, input.assignmentId);
      return context.services.db.transaction(async (manager) => {
        await manager.getRepository('assignment').update({ id: assignment.id }, { role: input.role });
        const after = { ...assignment, role: input.role };
        await writeAudit(manager, {
          actorId: user.id,
          action: 'assignment.change_role',
          entity: 'assignment',
          entityId: assignment.id,
          before: assignment,
          after,
          requestId: context.requestId,
        });
        return { assignment: after, errors: [] };
      });
    },
  },
  // The hot lists prime the loaders these read: `peek` answers without a promise then (loaders.ts).
  Task: {
    document: (task, _args, context) =>
      task.documentId ? context.loaders.documentHeader.peek(task.documentId) : null,
    children: async (task, _args, context) => {
      if (!task.documentId) return [];
      const all = await context.loaders.tasksByDocument.load(task.documentId);
      const depth = task.path.length;
      return all.filter((t) => t.path.length === depth + 1 && task.path.every((p, i) => t.path[i] === p));
    },
    assignments: (task, _args, context) => context.loaders.assignmentsByTask.peek(task.id),
    /**
     * The task's document's indicators (the parser links no target to a task: see the field's description),
     * those whose name the task's text contains first, each group in name order.
     */
    indicators: async (task, _args, context) => {
      if (!task.documentId) return [];
      const all = await context.loaders.indicatorsOfDocument.load(task.documentId);
      const named = all.filter((indicator) => task.text.includes(indicator.name));
      return [...named, ...all.filter((indicator) => !named.includes(indicator))];
    },
  },
  Assignment: {
    task: (assignment, _args, context) => present(context.loaders.task.peek(assignment.taskId), 'task'),
    department: (assignment, _args, context) =>
      present(context.loaders.department.peek(assignment.departmentId), 'department'),
    light: (assignment, _args, context) => assignment.state?.light ?? lightOf(assignment, context),
    latestReport: (assignment, _args, context) =>
      assignment.state
        ? assignment.state.latestReport
        : context.loaders.reportsByAssignment.load(assignment.id).then((reports) => reports[0] ?? null),
    reports: (assignment, _args, context) => context.loaders.reportsByAssignment.load(assignment.id),
  },
};
