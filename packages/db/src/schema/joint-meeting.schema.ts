import type { JointMeeting } from '@lianxi/domain';
import { createdAt, defineTable, id, reference, text } from './columns.js';

export interface JointMeetingRow extends JointMeeting {
  createdAt: Date;
}

/** 联席会议: one per jurisdiction and topic (its name). */
export const JointMeetingSchema = defineTable<JointMeetingRow>({
  name: 'joint_meeting',
  columns: {
    id,
    jurisdictionId: reference('jurisdiction_id', 'jurisdiction'),
    name: text('name'),
    documentId: reference('document_id', 'policy_document', { nullable: true, onDelete: 'SET NULL' }),
    createdAt,
  },
  uniques: [{ name: 'uq_joint_meeting_jurisdiction_name', columns: ['jurisdictionId', 'name'] }],
});
