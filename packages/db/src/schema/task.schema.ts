import type { Task } from '@lianxi/domain';
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
import { RECURRENCES } from './enums.js';

export interface TaskRow extends Omit<Task, 'span'> {
  /** `path` joined with "/", e.g. 三/(一)/1: the task's identity within its document across revisions. */
  pathKey: string;
  spanStart: number | null;
  spanEnd: number | null;
  /** Document order. */
  sortOrder: number;
  /** Set when a later revision of the document no longer has this path; history stays attached. */
  withdrawnAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

/**
 * 条款 / 任务. Every task belongs to a document (as the domain's `Task.documentId` says); `resolution_id`
 * names the meeting resolution that added or changed it. `ix_task_text_trgm` (a pg_trgm GIN index on `text`) is created by the migration with its
 * operator class, which TypeORM cannot express; `synchronize: false` tells the schema builder to leave it be.
 */
export const TaskSchema = defineTable<TaskRow>({
  name: 'task',
  columns: {
    id,
    documentId: reference('document_id', 'policy_document', { onDelete: 'CASCADE' }),
    path: textArray('path'),
    pathKey: text('path_key'),
    heading: nullableText('heading'),
    text: text('text'),
    deadline: { name: 'deadline', type: 'date', nullable: true },
    recurrence: nullableText('recurrence'),
    spanStart: { name: 'span_start', type: 'int', nullable: true },
    spanEnd: { name: 'span_end', type: 'int', nullable: true },
    resolutionId: reference('resolution_id', 'resolution', { nullable: true, onDelete: 'SET NULL' }),
    sortOrder: { name: 'sort_order', type: 'int', default: 0 },
    withdrawnAt: nullableInstant('withdrawn_at'),
    createdAt,
    updatedAt,
  },
  uniques: [{ name: 'uq_task_document_path', columns: ['documentId', 'pathKey'] }],
  indices: [{ name: 'ix_task_text_trgm', columns: ['text'], synchronize: false }],
  checks: [{ name: 'ck_task_recurrence', expression: oneOf('recurrence', RECURRENCES, true) }],
});
