import type { Department } from '@lianxi/domain';
import {
  createdAt,
  defineTable,
  id,
  nullableInstant,
  nullableText,
  oneOf,
  reference,
  text,
  textArray,
  updatedAt,
} from './columns.js';
import { INSTITUTION_KINDS } from './enums.js';

export interface DepartmentRow extends Department {
  /**
   * A collective of lower governments (各县区政府, 各乡镇人民政府、街道办事处): stored as a department of kind
   * GOVERNMENT so LOCAL assignments can point at it, and flagged so views can tell it from a single unit.
   */
  collective: boolean;
  /** Set on a department merged into another by `mergeDepartments`; it is archived at the same time. */
  mergedIntoId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/**
 * 部门. `version` is the optimistic-concurrency counter: edits go through a guarded
 * `UPDATE … WHERE id = $1 AND version = $2` in dal/departments.ts (TypeORM's own version column is not
 * checked on save, so it is deliberately a plain int here).
 */
export const DepartmentSchema = defineTable<DepartmentRow>({
  name: 'department',
  columns: {
    id,
    jurisdictionId: reference('jurisdiction_id', 'jurisdiction'),
    name: text('name'),
    aliases: textArray('aliases'),
    sector: nullableText('sector'),
    kind: text('kind'),
    collective: { name: 'collective', type: 'boolean', default: false },
    archivedAt: nullableInstant('archived_at'),
    mergedIntoId: reference('merged_into_id', 'department', { nullable: true, onDelete: 'SET NULL' }),
    version: { name: 'version', type: 'int', default: 1 },
    createdAt,
    updatedAt,
  },
  uniques: [{ name: 'uq_department_jurisdiction_name', columns: ['jurisdictionId', 'name'] }],
  checks: [{ name: 'ck_department_kind', expression: oneOf('kind', INSTITUTION_KINDS) }],
});
