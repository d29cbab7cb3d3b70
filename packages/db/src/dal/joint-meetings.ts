import type { Id, InstitutionKind, Member } from '@lianxi/domain';
import { type Db, select } from '../db.js';
import { DbError } from '../errors.js';

export interface JointMeetingMember extends Member {
  department: { id: Id; name: string; sector: string | null; kind: InstitutionKind };
}

/** Convenor first, then deputy convenors, the office, the members; in the document's order within each. */
const POSITION_RANK = `CASE m.position WHEN 'CONVENOR' THEN 0 WHEN 'DEPUTY_CONVENOR' THEN 1 WHEN 'OFFICE' THEN 2 ELSE 3 END`;

/**
 * 成员单位 of a joint meeting with their departments: one statement (the joint meeting is outer-joined, so an
 * unknown id is NOT_FOUND and a meeting without members an empty list).
 */
export async function jointMeetingMembers(db: Db, jointMeetingId: Id): Promise<JointMeetingMember[]> {
  const rows = await select<{
    id: string | null;
    position: Member['position'];
    representative: string | null;
    liaisonName: string | null;
    liaisonPhone: string | null;
    liaisonTitle: string | null;
    departmentId: string;
    name: string;
    sector: string | null;
    kind: InstitutionKind;
  }>(
    db,
    `SELECT m.id, m.position, m.representative,
            m.liaison_name AS "liaisonName", m.liaison_phone AS "liaisonPhone", m.liaison_title AS "liaisonTitle",
            dep.id AS "departmentId", dep.name, dep.sector, dep.kind
     FROM joint_meeting jm
     LEFT JOIN member m ON m.joint_meeting_id = jm.id
     LEFT JOIN department dep ON dep.id = m.department_id
     WHERE jm.id = $1
     ORDER BY ${POSITION_RANK}, m.sort_order, dep.name`,
    [jointMeetingId],
  );
  if (rows.length === 0) throw new DbError('NOT_FOUND', '未找到该联席会议', { jointMeetingId });
  return rows.flatMap((row) =>
    row.id === null
      ? []
      : [
          {
            id: row.id,
            jointMeetingId,
            departmentId: row.departmentId,
            position: row.position,
            representative: row.representative,
            liaison:
              row.liaisonName === null
                ? null
                : { name: row.liaisonName, phone: row.liaisonPhone, title: row.liaisonTitle },
            department: { id: row.departmentId, name: row.name, sector: row.sector, kind: row.kind },
          },
        ],
  );
}
