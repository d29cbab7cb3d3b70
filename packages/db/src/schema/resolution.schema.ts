import type { Resolution } from '@lianxi/domain';
import { createdAt, defineTable, id, reference, text } from './columns.js';

/**
 * The domain's `Resolution.taskId` is stored the other way round, as `task.resolution_id`: the task is
 * created from the resolution, and one direction of reference avoids a cycle of foreign keys.
 */
export interface ResolutionRow extends Omit<Resolution, 'taskId'> {
  sortOrder: number;
  createdAt: Date;
}

/** 议定事项: an item agreed at a meeting; it becomes a task (task.resolution_id) with assignments. */
export const ResolutionSchema = defineTable<ResolutionRow>({
  name: 'resolution',
  columns: {
    id,
    meetingId: reference('meeting_id', 'meeting', { onDelete: 'CASCADE' }),
    text: text('text'),
    sortOrder: { name: 'sort_order', type: 'int', default: 0 },
    createdAt,
  },
  indices: [{ name: 'ix_resolution_meeting', columns: ['meetingId'] }],
});
