import { calendarDateOf, can, currentReportingPeriod } from '@lianxi/domain';
import { requireUser } from '../../auth/guards.js';
import { badInput } from '../../errors.js';
import type { Resolvers } from '../../generated/resolvers-types.js';
import { requireId } from '../ids.js';
import { loadIndicators } from '../indicator/indicator.query.js';
import { overviewOf } from './overview.query.js';

const LATE_DEFAULT = 50;
const LATE_MAX = 500;

/** 总览 and the current reporting period. */
export const overviewResolvers: Resolvers = {
  Query: {
    /** The period the API stamps on a report submitted now (the same domain function), in China time. */
    currentPeriod: (_parent, _args, context) => {
      requireUser(context);
      return currentReportingPeriod(calendarDateOf(new Date()));
    },
    /**
     * One statement for the assignments with tasks, departments and latest reports, one for the indicators,
     * plus the jurisdiction (permission) and the batched nested rows (documents, reporters): a constant number
     * whatever the jurisdiction's size (tested). The DataLoaders are primed with what the statement read.
     */
    overview: async (_parent, { jurisdictionId }, context) => {
      const user = requireUser(context);
      const jurisdiction = await context.loaders.jurisdiction.load(
        requireId(jurisdictionId, 'jurisdictionId'),
      );
      if (!jurisdiction || !can(user, 'READ_PROGRESS', { jurisdictionId })) return null;
      const data = await overviewOf(context.services.db, jurisdictionId, calendarDateOf(new Date()));
      for (const { assignment } of data.late) {
        context.loaders.task.prime(assignment.task.id, assignment.task);
        context.loaders.department.prime(assignment.department.id, assignment.department);
      }
      for (const { department } of data.departments)
        context.loaders.department.prime(department.id, department);
      return data;
    },
  },
  Overview: {
    jurisdiction: async (overview, _args, context) =>
      (await context.loaders.jurisdiction.load(overview.jurisdictionId)) ??
      Promise.reject(new Error('jurisdiction missing')),
    period: (overview) => currentReportingPeriod(overview.today),
    lateCount: (overview) => overview.late.length,
    late: (overview, { first }) => {
      const size = first ?? LATE_DEFAULT;
      if (!Number.isInteger(size) || size < 0 || size > LATE_MAX) {
        throw badInput(`逾期事项条数应在 0 到 ${LATE_MAX} 之间`, 'first');
      }
      return overview.late.slice(0, size);
    },
    indicators: (overview, _args, context) =>
      loadIndicators(context.services.db, { jurisdictionId: overview.jurisdictionId }),
  },
  LateAssignment: {
    assignment: (item) => item.assignment,
    department: (item) => item.assignment.department,
    task: (item) => item.assignment.task,
    deadline: (item) => item.assignment.task.deadline,
    latestReport: (item) => item.assignment.state.latestReport,
  },
};
