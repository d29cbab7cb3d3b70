import { can } from '@lianxi/domain';
import { requireUser } from '../../auth/guards.js';
import { forbidden, notFound } from '../../errors.js';
import type { Resolvers } from '../../generated/resolvers-types.js';
import { assignmentScope } from '../task/task.resolvers.js';

export const progressResolvers: Resolvers = {
  Mutation: {
    reportProgress: async (_parent, { input }, context) => {
      const user = requireUser(context);
      if (user.role === 'VIEWER') throw forbidden('只读用户不能填报进展');
      const scope = await assignmentScope(context, input.assignmentId);
      // Another department's assignment answers exactly like a missing one.
      if (
        !scope ||
        !can(user, 'REPORT_PROGRESS', {
          jurisdictionId: scope.jurisdictionId,
          departmentId: scope.assignment.departmentId,
        })
      ) {
        throw notFound('分工');
      }
      const result = await context.services.progress.report(
        user,
        {
          assignmentId: input.assignmentId,
          status: input.status,
          percent: input.percent,
          narrative: input.narrative,
          indicatorValues: input.indicatorValues ?? [],
          expectedLatestReportId:
            'expectedLatestReportId' in input ? input.expectedLatestReportId : undefined,
          idempotencyKey: input.idempotencyKey ?? null,
        },
        context.requestId,
      );
      context.loaders.reportsByAssignment.clear(input.assignmentId);
      return { ...result, assignment: result.report ? scope.assignment : null };
    },
  },
  ProgressReport: {
    reportedBy: (report, _args, context) => context.loaders.user.load(report.reportedBy),
  },
};
