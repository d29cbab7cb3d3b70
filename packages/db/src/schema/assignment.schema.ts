import type { Assignment } from '@lianxi/domain';
import { createdAt, defineTable, id, nullableInstant, oneOf, reference, text } from './columns.js';
import { ASSIGNMENT_ROLES } from './enums.js';

export interface AssignmentRow extends Assignment {
  /**
   * Set when the unit no longer carries the task: a later revision of the document dropped it, or a
   * department merge found the same task on both departments. Its progress history stays readable.
   */
  withdrawnAt: Date | null;
  createdAt: Date;
}

/** 责任单位: one department on one task. `uq_assignment_task_department` doubles as the by-task index. */
export const AssignmentSchema = defineTable<AssignmentRow>({
  name: 'assignment',
  columns: {
    id,
    taskId: reference('task_id', 'task', { onDelete: 'CASCADE' }),
    departmentId: reference('department_id', 'department'),
    role: text('role'),
    withdrawnAt: nullableInstant('withdrawn_at'),
    createdAt,
  },
  uniques: [{ name: 'uq_assignment_task_department', columns: ['taskId', 'departmentId'] }],
  indices: [{ name: 'ix_assignment_department', columns: ['departmentId', 'role'] }],
  checks: [{ name: 'ck_assignment_role', expression: oneOf('role', ASSIGNMENT_ROLES) }],
});
