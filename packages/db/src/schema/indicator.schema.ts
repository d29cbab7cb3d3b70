import type { Indicator } from '@lianxi/domain';
import { createdAt, defineTable, id, nullableText, reference, text } from './columns.js';

export interface IndicatorRow extends Omit<Indicator, 'baseline'> {
  baselineValue: number | null;
  baselineYear: number | null;
  createdAt: Date;
}

/** 指标: what is measured. One row per name within a document. */
export const IndicatorSchema = defineTable<IndicatorRow>({
  name: 'indicator',
  columns: {
    id,
    jurisdictionId: reference('jurisdiction_id', 'jurisdiction'),
    documentId: reference('document_id', 'policy_document', { nullable: true, onDelete: 'CASCADE' }),
    name: text('name'),
    unit: nullableText('unit'),
    scope: nullableText('scope'),
    baselineValue: { name: 'baseline_value', type: 'numeric', nullable: true },
    baselineYear: { name: 'baseline_year', type: 'int', nullable: true },
    createdAt,
  },
  uniques: [{ name: 'uq_indicator_document_name', columns: ['documentId', 'name'] }],
});
