import { auditResolvers } from './features/audit/audit.resolvers.js';
import { departmentResolvers } from './features/department/department.resolvers.js';
import { documentResolvers } from './features/document/document.resolvers.js';
import { importResolvers } from './features/document/import.resolvers.js';
import { indicatorResolvers } from './features/indicator/indicator.resolvers.js';
import { jointMeetingResolvers } from './features/joint-meeting/joint-meeting.resolvers.js';
import { jurisdictionResolvers } from './features/jurisdiction/jurisdiction.resolvers.js';
import { overviewResolvers } from './features/progress/overview.resolvers.js';
import { progressResolvers } from './features/progress/progress.resolvers.js';
import { reminderResolvers } from './features/reminder/reminder.resolvers.js';
import { taskResolvers } from './features/task/task.resolvers.js';
import type { Resolvers } from './generated/resolvers-types.js';
import { authResolvers } from './schema/auth/auth.resolvers.js';
import { baseResolvers } from './schema/base/base.resolvers.js';

/** Every module's resolvers, merged per type. */
const modules: Resolvers[] = [
  baseResolvers,
  authResolvers,
  jurisdictionResolvers,
  departmentResolvers,
  documentResolvers,
  importResolvers,
  jointMeetingResolvers,
  indicatorResolvers,
  taskResolvers,
  progressResolvers,
  overviewResolvers,
  reminderResolvers,
  auditResolvers,
];

/** Object types merge field by field; scalars (GraphQLScalarType instances) are taken whole. */
function merge(all: Resolvers[]): Resolvers {
  const merged: Record<string, unknown> = {};
  const plain = (v: unknown): v is object =>
    typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;
  for (const module of all) {
    for (const [type, value] of Object.entries(module)) {
      const existing = merged[type];
      merged[type] = plain(existing) && plain(value) ? { ...existing, ...value } : value;
    }
  }
  return merged as Resolvers;
}

export const resolvers = merge(modules);
