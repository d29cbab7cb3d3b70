import type { Target } from '@lianxi/domain';
import { createdAt, defineTable, id, oneOf, reference, text } from './columns.js';
import { COMPARATORS } from './enums.js';

export interface TargetRow extends Target {
  createdAt: Date;
}

/** 目标: the value an indicator must reach by a year. */
export const TargetSchema = defineTable<TargetRow>({
  name: 'target',
  columns: {
    id,
    indicatorId: reference('indicator_id', 'indicator', { onDelete: 'CASCADE' }),
    comparator: text('comparator'),
    value: { name: 'value', type: 'numeric' },
    year: { name: 'year', type: 'int', nullable: true },
    createdAt,
  },
  indices: [{ name: 'ix_target_indicator', columns: ['indicatorId'] }],
  checks: [{ name: 'ck_target_comparator', expression: oneOf('comparator', COMPARATORS) }],
});
