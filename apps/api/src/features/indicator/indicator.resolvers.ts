import { reads, select } from '@lianxi/db';
import { can, indicatorProgress, type Comparator, type Indicator } from '@lianxi/domain';
import { requireUser } from '../../auth/guards.js';
import type { Resolvers } from '../../generated/resolvers-types.js';
import type { IndicatorMapper } from '../../schema/mappers.js';

interface IndicatorRow extends Omit<Indicator, 'baseline'> {
  baselineValue: number | null;
  baselineYear: number | null;
  latestValue: number | null;
  latestMeasuredOn: string | null;
}

export const indicatorResolvers: Resolvers = {
  Query: {
    /**
     * 目标指标 of a jurisdiction: two statements whatever their number (indicators with their latest
     * measurement; their targets). Progress is the domain's `indicatorProgress` towards the last target.
     */
    indicators: async (_parent, { jurisdictionId }, context) => {
      const user = requireUser(context);
      if (!can(user, 'READ_INDICATOR', { jurisdictionId })) return [];
      const db = context.services.db;
      const [rows, targets] = await reads(
        db,
        () =>
          select<IndicatorRow>(
            db,
            `SELECT i.id, i.jurisdiction_id AS "jurisdictionId", i.document_id AS "documentId", i.name, i.unit, i.scope,
                    i.baseline_value AS "baselineValue", i.baseline_year AS "baselineYear",
                    latest.value AS "latestValue", latest.measured_on AS "latestMeasuredOn"
             FROM indicator i
             LEFT JOIN LATERAL (
               SELECT m.value, m.measured_on FROM measurement m WHERE m.indicator_id = i.id
               ORDER BY m.measured_on DESC, m.created_at DESC LIMIT 1
             ) latest ON true
             WHERE i.jurisdiction_id = $1
             ORDER BY i.name, i.id`,
            [jurisdictionId],
          ),
        () =>
          select<{ indicatorId: string; comparator: Comparator; value: number; year: number | null }>(
            db,
            `SELECT t.indicator_id AS "indicatorId", t.comparator, t.value, t.year
             FROM target t JOIN indicator i ON i.id = t.indicator_id
             WHERE i.jurisdiction_id = $1 ORDER BY t.year NULLS LAST, t.value`,
            [jurisdictionId],
          ),
      );
      return rows.map((row): IndicatorMapper => {
        const own = targets.filter((target) => target.indicatorId === row.id);
        const last = own.at(-1);
        const baseline =
          row.baselineValue === null ? null : { value: row.baselineValue, year: row.baselineYear };
        const progress = last
          ? indicatorProgress({
              comparator: last.comparator,
              target: last.value,
              baseline: baseline?.value ?? null,
              latest: row.latestValue,
            })
          : null;
        return {
          id: row.id,
          jurisdictionId: row.jurisdictionId,
          documentId: row.documentId,
          name: row.name,
          unit: row.unit,
          scope: row.scope,
          baseline,
          targets: own.map(({ comparator, value, year }) => ({ comparator, value, year })),
          latestValue: row.latestValue,
          latestMeasuredOn: row.latestMeasuredOn,
          progress: progress?.percent ?? null,
          met: progress?.met ?? null,
        };
      });
    },
  },
};
