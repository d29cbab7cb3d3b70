import type { Duty } from '@lianxi/domain';
import { createdAt, defineTable, id, reference, text } from './columns.js';

export interface DutyRow extends Duty {
  spanStart: number | null;
  spanEnd: number | null;
  sortOrder: number;
  createdAt: Date;
}

/** 职责分工: a department's standing duty from a document's duty-division annex. */
export const DutySchema = defineTable<DutyRow>({
  name: 'duty',
  columns: {
    id,
    departmentId: reference('department_id', 'department'),
    documentId: reference('document_id', 'policy_document', { onDelete: 'CASCADE' }),
    text: text('text'),
    spanStart: { name: 'span_start', type: 'int', nullable: true },
    spanEnd: { name: 'span_end', type: 'int', nullable: true },
    sortOrder: { name: 'sort_order', type: 'int', default: 0 },
    createdAt,
  },
  indices: [
    { name: 'ix_duty_department', columns: ['departmentId'] },
    { name: 'ix_duty_document', columns: ['documentId'] },
  ],
});
