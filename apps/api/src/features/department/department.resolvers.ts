import { can, sectorName, type Department, type User } from '@lianxi/domain';
import type { GraphQLResolveInfo } from 'graphql';
import { requireAdmin, requireUser } from '../../auth/guards.js';
import type { Context } from '../../context.js';
import { forbidden } from '../../errors.js';
import type { Resolvers } from '../../generated/resolvers-types.js';
import { requireId } from '../ids.js';
import {
  departmentTaskConnection,
  departmentTasksKey,
  type DepartmentTaskPage,
} from './department-tasks.query.js';
import { readDepartmentAhead } from './look-ahead.js';

/** A department the user may read, or null: "missing" and "not yours" look the same. */
export async function readableDepartment(context: Context, id: string): Promise<Department | null> {
  const user = requireUser(context);
  const department = await context.loaders.department.load(id);
  return department && can(user, 'READ_DEPARTMENT', { jurisdictionId: department.jurisdictionId })
    ? department
    : null;
}

/** `department(id)`: with the same permission check as `readableDepartment`, its page of tasks read ahead. */
async function readDepartmentWithTasks(
  context: Context,
  id: string,
  info: GraphQLResolveInfo,
): Promise<Department | null> {
  const user = requireUser(context);
  const ahead = await readDepartmentAhead(context, id, info, (department) =>
    can(user, 'READ_DEPARTMENT', { jurisdictionId: department.jurisdictionId }),
  );
  return ahead === undefined ? readableDepartment(context, id) : ahead;
}

/** Hands the page's rows to the DataLoaders of the fields the task list shows: no statement per nested field. */
function primeFromPage(context: Context, page: DepartmentTaskPage) {
  for (const task of page.tasks) context.loaders.task.prime(task.id, task);
  for (const node of page.nodes) context.loaders.assignment.prime(node.id, node);
  if (page.nested) {
    const { documents, assignmentsByTask, departments } = page.nested;
    for (const document of documents) context.loaders.documentHeader.prime(document.id, document);
    for (const [taskId, assignments] of assignmentsByTask) {
      context.loaders.assignmentsByTask.prime(taskId, assignments);
    }
    for (const department of departments) context.loaders.department.prime(department.id, department);
  }
}

function actor(context: Context) {
  return { user: requireAdmin(context), requestId: context.requestId };
}

async function adminFor(context: Context, departmentId: string) {
  const user = requireAdmin(context);
  const department = await context.loaders.department.load(departmentId);
  if (department && !can(user, 'EDIT_DEPARTMENT', { jurisdictionId: department.jurisdictionId }))
    throw forbidden();
  return { user, requestId: context.requestId };
}

export const departmentResolvers: Resolvers = {
  Query: {
    departments: async (_parent, { filter }, context) => {
      const user = requireUser(context);
      const query = context.services.db
        .getRepository<Department>('department')
        .createQueryBuilder('d')
        .orderBy('d.name', 'ASC');
      const jurisdictionId = filter?.jurisdictionId ?? (user.role === 'ADMIN' ? null : user.jurisdictionId);
      if (jurisdictionId) query.andWhere('d.jurisdiction_id = :jurisdictionId', { jurisdictionId });
      if (!filter?.includeArchived) query.andWhere('d.archived_at IS NULL');
      if (filter?.sector) query.andWhere('d.sector = :sector', { sector: filter.sector });
      if (filter?.search) {
        query.andWhere(`(d.name LIKE :like OR array_to_string(d.aliases, ' ') LIKE :like)`, {
          like: `%${filter.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
        });
      }
      const rows = await query.getMany();
      for (const row of rows) context.loaders.department.prime(row.id, row);
      return rows.filter((row) => can(user, 'READ_DEPARTMENT', { jurisdictionId: row.jurisdictionId }));
    },
    department: (_parent, { id }, context, info) => readDepartmentWithTasks(context, id, info),
    /** Runs the merge in a transaction that is rolled back (see `DepartmentService.preview`). */
    mergeDepartmentsPreview: async (_parent, { input }, context) => {
      requireAdmin(context);
      requireId(input.mergeId, 'input.mergeId');
      await adminFor(context, requireId(input.keepId, 'input.keepId'));
      return context.services.departments.preview(input.keepId, input.mergeId);
    },
  },
  Mutation: {
    createDepartment: async (_parent, { input }, context) => {
      const who = actor(context);
      if (!can(who.user, 'EDIT_DEPARTMENT', { jurisdictionId: input.jurisdictionId })) throw forbidden();
      return context.services.departments.create(who, {
        jurisdictionId: input.jurisdictionId,
        name: input.name,
        aliases: input.aliases ?? [],
        sector: input.sector ?? null,
        kind: input.kind ?? 'DEPARTMENT',
      });
    },
    renameDepartment: async (_parent, { input }, context) =>
      context.services.departments.rename(
        await adminFor(context, input.departmentId),
        input.departmentId,
        input.name,
        input.expectedVersion,
      ),
    addDepartmentAlias: async (_parent, { input }, context) =>
      context.services.departments.addAlias(
        await adminFor(context, input.departmentId),
        input.departmentId,
        input.alias,
        input.expectedVersion,
      ),
    mergeDepartments: async (_parent, { input }, context) =>
      context.services.departments.merge(
        await adminFor(context, input.keepId),
        input.keepId,
        input.mergeId,
        input.expectedVersion,
      ),
    archiveDepartment: async (_parent, { input }, context) =>
      context.services.departments.archive(
        await adminFor(context, input.departmentId),
        input.departmentId,
        input.expectedVersion,
      ),
  },
  Department: {
    sector: (department) =>
      department.sector ? { code: department.sector, name: sectorName(department.sector) } : null,
    jurisdiction: async (department, _args, context) =>
      (await context.loaders.jurisdiction.load(department.jurisdictionId)) ??
      Promise.reject(new Error('jurisdiction missing')),
    duties: (department, _args, context) => context.loaders.dutiesByDepartment.load(department.id),
    assignments: async (department, { role }, context) => {
      const all = await context.loaders.assignmentsByDepartment.load(department.id);
      return role ? all.filter((a) => a.role === role) : all;
    },
    tasks: async (department, args, context) => {
      const page =
        context.loaders.departmentTaskPages.get(departmentTasksKey(department.id, args)) ??
        (await departmentTaskConnection(context.services.db, department.id, args));
      primeFromPage(context, page);
      return page;
    },
    progressSummary: (department, _args, context) =>
      context.loaders.progressSummaryOfDepartment.load(department.id),
    memberships: (department, _args, context) => context.loaders.membershipsOfDepartment.load(department.id),
  },
  Member: {
    jointMeeting: async (member, _args, context) =>
      (await context.loaders.jointMeeting.load(member.jointMeetingId)) ??
      Promise.reject(new Error('joint meeting missing')),
  },
  MergeDepartmentsPreview: {
    keep: async (preview, _args, context) =>
      (await context.loaders.department.load(preview.keepId)) ??
      Promise.reject(new Error('department missing')),
    merge: async (preview, _args, context) =>
      (await context.loaders.department.load(preview.mergeId)) ??
      Promise.reject(new Error('department missing')),
    sectorAfter: (preview) =>
      preview.sectorAfter ? { code: preview.sectorAfter, name: sectorName(preview.sectorAfter) } : null,
    users: async (preview, _args, context) =>
      (await context.loaders.user.loadMany(preview.userIds)).filter(
        (user): user is User => user !== null && !(user instanceof Error),
      ),
  },
  MergeAssignmentChange: {
    assignment: async (change, _args, context) =>
      (await context.loaders.assignment.load(change.assignmentId)) ??
      Promise.reject(new Error('assignment missing')),
    task: async (change, _args, context) =>
      (await context.loaders.task.load(change.taskId)) ?? Promise.reject(new Error('task missing')),
  },
  MergeAssignmentGroup: {
    document: async (group, _args, context) =>
      (await context.loaders.document.load(group.documentId)) ??
      Promise.reject(new Error('document missing')),
  },
  MergeConflict: {
    task: async (conflict, _args, context) =>
      (await context.loaders.task.load(conflict.taskId)) ?? Promise.reject(new Error('task missing')),
  },
  MergeMembershipChange: {
    jointMeeting: async (change, _args, context) =>
      (await context.loaders.jointMeeting.load(change.jointMeetingId)) ??
      Promise.reject(new Error('joint meeting missing')),
  },
  Duty: {
    document: async (duty, _args, context) =>
      (await context.loaders.documentHeader.load(duty.documentId)) ??
      Promise.reject(new Error('document missing')),
    department: async (duty, _args, context) =>
      (await context.loaders.department.load(duty.departmentId)) ??
      Promise.reject(new Error('department missing')),
  },
};
