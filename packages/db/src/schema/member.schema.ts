import type { Member } from '@lianxi/domain';
import { createdAt, defineTable, id, nullableText, oneOf, reference, text } from './columns.js';
import { MEMBER_POSITIONS } from './enums.js';

export interface MemberRow extends Omit<Member, 'liaison'> {
  liaisonName: string | null;
  liaisonPhone: string | null;
  liaisonTitle: string | null;
  /** The order the document lists the members in. */
  sortOrder: number;
  createdAt: Date;
}

/** 成员单位: a department in a joint meeting, with its representative and 联络员. */
export const MemberSchema = defineTable<MemberRow>({
  name: 'member',
  columns: {
    id,
    jointMeetingId: reference('joint_meeting_id', 'joint_meeting', { onDelete: 'CASCADE' }),
    departmentId: reference('department_id', 'department'),
    position: text('position', { default: 'MEMBER' }),
    representative: nullableText('representative'),
    liaisonName: nullableText('liaison_name'),
    liaisonPhone: nullableText('liaison_phone'),
    liaisonTitle: nullableText('liaison_title'),
    sortOrder: { name: 'sort_order', type: 'int', default: 0 },
    createdAt,
  },
  uniques: [{ name: 'uq_member_joint_meeting_department', columns: ['jointMeetingId', 'departmentId'] }],
  indices: [{ name: 'ix_member_department', columns: ['departmentId'] }],
  checks: [{ name: 'ck_member_position', expression: oneOf('position', MEMBER_POSITIONS) }],
});
