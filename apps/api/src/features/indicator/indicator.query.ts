import { select, type Db } from '@lianxi/db';
import { indicatorProgress, type Comparator, type Indicator } from '@lianxi/domain';
import type { IndicatorMapper } from '../../schema/mappers.js';

interface IndicatorRow extends Omit<Indicator, 'baseline'> {
  baselineValue: number | null;
  baselineYear: number | null;
  latestValue: number | null;
  latestMeasuredOn: string | null;
  /** In year order (undated last), then by value: the last one is the final target. */
  targets: { comparator: Comparator; value: number; year: number | null }[];
}

/**
 * Indicators with their targets, latest measurement and progress towards the last target (the domain's
 * `indicatorProgress`), ordered by name: those of one jurisdiction, or those of some documents. ONE
 * statement whatever their number (the targets aggregated per indicator, the latest measurement a LATERAL
 * join), so the `indicators` query, `Task.indicators` (through a DataLoader) and the overview cost the same.
 */
export async function loadIndicators(
  db: Db,
  scope: { jurisdictionId: string } | { documentIds: readonly string[] },
): Promise<IndicatorMapper[]> {
  const [where, parameter] =
    'jurisdictionId' in scope
      ? ['i.jurisdiction_id = $1', scope.jurisdictionId]
      : ['i.document_id = ANY($1::uuid[])', [...scope.documentIds]];
  const rows = await select<IndicatorRow>(
    db,
    `SELECT i.id, i.jurisdiction_id AS "jurisdictionId", i.document_id AS "documentId", i.name, i.unit, i.scope,
            i.baseline_value AS "baselineValue", i.baseline_year AS "baselineYear",
            latest.value AS "latestValue", latest.measured_on AS "latestMeasuredOn",
            coalesce((SELECT json_agg(json_build_object('comparator', t.comparator, 'value', t.value, 'year', t.year)
                                      ORDER BY t.year NULLS LAST, t.value)
                      FROM target t WHERE t.indicator_id = i.id), '[]'::json) AS targets
     FROM indicator i
     LEFT JOIN LATERAL (
       SELECT m.value, m.measured_on FROM measurement m WHERE m.indicator_id = i.id
       ORDER BY m.measured_on DESC, m.created_at DESC LIMIT 1
     ) latest ON true
     WHERE ${where}
     ORDER BY i.name, i.id`,
    [parameter],
  );
  return rows.map((row): IndicatorMapper => {
    const last = row.targets.at(-1);
    const baseline = row.baselineValue === null ? null : { value: row.baselineValue, year: row.baselineYear };
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
      targets: row.targets.map(({ comparator, value, year }) => ({ comparator, value, year })),
      latestValue: row.latestValue,
      latestMeasuredOn: row.latestMeasuredOn,
      progress: progress?.percent ?? null,
      met: progress?.met ?? null,
    };
  });
}
