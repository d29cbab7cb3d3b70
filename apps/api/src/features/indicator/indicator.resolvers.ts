import { can } from '@lianxi/domain';
import { requireUser } from '../../auth/guards.js';
import type { Resolvers } from '../../generated/resolvers-types.js';
import { loadIndicators } from './indicator.query.js';

export const indicatorResolvers: Resolvers = {
  Query: {
    /**
     * 目标指标 of a jurisdiction: one statement whatever their number (see `loadIndicators`). Progress is
     * the domain's `indicatorProgress` towards the last target.
     */
    indicators: async (_parent, { jurisdictionId }, context) => {
      const user = requireUser(context);
      if (!can(user, 'READ_INDICATOR', { jurisdictionId })) return [];
      return loadIndicators(context.services.db, { jurisdictionId });
    },
  },
};
