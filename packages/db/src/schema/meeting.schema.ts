import type { Meeting } from '@lianxi/domain';
import { createdAt, defineTable, id, nullableText, reference, text } from './columns.js';

export interface MeetingRow extends Meeting {
  createdAt: Date;
}

/** 会议: a session of a joint meeting, with its minutes (纪要). */
export const MeetingSchema = defineTable<MeetingRow>({
  name: 'meeting',
  columns: {
    id,
    jointMeetingId: reference('joint_meeting_id', 'joint_meeting', { onDelete: 'CASCADE' }),
    title: text('title'),
    heldOn: { name: 'held_on', type: 'date' },
    minutes: nullableText('minutes'),
    createdAt,
  },
  indices: [{ name: 'ix_meeting_joint_meeting', columns: ['jointMeetingId', 'heldOn'] }],
});
