import { isDbError, responsibilityMatrix } from '@lianxi/db';
import { calendarDateOf, can, type PolicyDocument } from '@lianxi/domain';
import { requireUser } from '../../auth/guards.js';
import type { Context } from '../../context.js';
import type { Resolvers } from '../../generated/resolvers-types.js';
import type { DocumentHeader } from '../../loaders.js';

export async function readableDocument(context: Context, id: string): Promise<DocumentHeader | null> {
  const user = requireUser(context);
  const document = await context.loaders.documentHeader.load(id);
  return document && can(user, 'READ_DOCUMENT', { jurisdictionId: document.jurisdictionId })
    ? document
    : null;
}

export const documentResolvers: Resolvers = {
  Query: {
    documents: async (_parent, { jurisdictionId }, context) => {
      const user = requireUser(context);
      const scope = jurisdictionId ?? (user.role === 'ADMIN' ? null : user.jurisdictionId);
      const rows = await context.services.db
        .getRepository<PolicyDocument>('policy_document')
        .find({ where: scope ? { jurisdictionId: scope } : {}, order: { issuedOn: 'DESC', title: 'ASC' } });
      return rows.filter((row) => can(user, 'READ_DOCUMENT', { jurisdictionId: row.jurisdictionId }));
    },
    document: (_parent, { id }, context) => readableDocument(context, id),
    /**
     * One statement whatever the size (the db package's `responsibilityMatrix`, lights as of today): the
     * document with its departments' whole rows, its tasks, and its assignments with their latest reports.
     * The document and department rows prime the loaders the nested fields read.
     * Permission is checked on the document that came back, so a foreign one is simply null.
     */
    responsibilityMatrix: async (_parent, { documentId }, context) => {
      const user = requireUser(context);
      let loaded;
      try {
        loaded = await responsibilityMatrix(context.services.db, documentId, {
          today: calendarDateOf(new Date()),
        });
      } catch (error) {
        if (isDbError(error, 'NOT_FOUND')) return null;
        throw error;
      }
      if (!can(user, 'READ_DOCUMENT', { jurisdictionId: loaded.document.jurisdictionId })) return null;
      const { matrix } = loaded;
      context.loaders.documentHeader.prime(documentId, loaded.document);
      for (const task of matrix.tasks) context.loaders.task.prime(task.id, task);
      for (const department of matrix.departments)
        context.loaders.department.prime(department.id, department);
      return {
        documentId,
        tasks: matrix.tasks,
        departments: matrix.departments,
        cells: matrix.cells.map((cell) => ({ ...cell, light: cell.light ?? 'GREEN' })),
        violations: matrix.violations.map((v) => ({
          code: v.code,
          message: v.message,
          taskId: 'taskId' in v ? v.taskId : null,
        })),
      };
    },
  },
  ResponsibilityMatrix: {
    document: async (matrix, _args, context) =>
      (await context.loaders.documentHeader.load(matrix.documentId)) ??
      Promise.reject(new Error('document missing')),
  },
  PolicyDocument: {
    jurisdiction: async (document, _args, context) =>
      (await context.loaders.jurisdiction.load(document.jurisdictionId)) ??
      Promise.reject(new Error('jurisdiction missing')),
    tasks: async (document, _args, context) =>
      (await context.loaders.tasksByDocument.load(document.id)).filter((task) => task.path.length === 1),
    allTasks: (document, _args, context) => context.loaders.tasksByDocument.load(document.id),
  },
};
