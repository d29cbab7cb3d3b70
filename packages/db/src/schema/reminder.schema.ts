import type { Reminder } from '@lianxi/domain';
import { defineTable, id, nullableInstant, reference, text } from './columns.js';

export type ReminderRow = Reminder;

/** 督办 / 催办: the office chasing a unit on an assignment. */
export const ReminderSchema = defineTable<ReminderRow>({
  name: 'reminder',
  columns: {
    id,
    assignmentId: reference('assignment_id', 'assignment'),
    message: text('message'),
    sentBy: reference('sent_by', 'app_user'),
    sentAt: { name: 'sent_at', type: 'timestamptz', default: () => 'now()' },
    readAt: nullableInstant('read_at'),
  },
  indices: [{ name: 'ix_reminder_assignment', columns: ['assignmentId', 'sentAt'] }],
});
