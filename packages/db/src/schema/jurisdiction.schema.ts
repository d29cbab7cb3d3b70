import type { Jurisdiction } from '@lianxi/domain';
import { createdAt, defineTable, id, oneOf, reference, text } from './columns.js';
import { JURISDICTION_LEVELS } from './enums.js';

export interface JurisdictionRow extends Jurisdiction {
  createdAt: Date;
}

/** 行政区划. Names are full names (新乡市红旗区), unique in the installation. */
export const JurisdictionSchema = defineTable<JurisdictionRow>({
  name: 'jurisdiction',
  columns: {
    id,
    name: text('name'),
    level: text('level'),
    parentId: reference('parent_id', 'jurisdiction', { nullable: true }),
    createdAt,
  },
  uniques: [{ name: 'uq_jurisdiction_name', columns: ['name'] }],
  checks: [{ name: 'ck_jurisdiction_level', expression: oneOf('level', JURISDICTION_LEVELS) }],
});
