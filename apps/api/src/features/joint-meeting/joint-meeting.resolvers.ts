import { select, sql, transaction } from '@lianxi/db';
import { can, type JointMeeting, type Member, type MemberPosition } from '@lianxi/domain';
import type { EntityManager } from 'typeorm';
import { requireAdmin, requireUser } from '../../auth/guards.js';
import { writeAudit } from '../../audit/audit.writer.js';
import type { Context } from '../../context.js';
import { MEMBER_COLUMNS } from '../../loaders.js';
import { notFound, userError } from '../../errors.js';
import type { Resolvers } from '../../generated/resolvers-types.js';

const JOINT_MEETING_COLUMNS = `jm.id, jm.jurisdiction_id AS "jurisdictionId", jm.name, jm.document_id AS "documentId"`;

const blankAsNull = (value: string | null | undefined) => {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
};

async function readableJointMeeting(context: Context, id: string): Promise<JointMeeting | null> {
  const user = requireUser(context);
  const [row] = await select<JointMeeting>(
    context.services.db,
    `SELECT ${JOINT_MEETING_COLUMNS} FROM joint_meeting jm WHERE jm.id = $1`,
    [id],
  );
  return row && can(user, 'READ_JOINT_MEETING', { jurisdictionId: row.jurisdictionId }) ? row : null;
}

/** The joint meeting an ADMIN may edit; a missing and a foreign one answer alike. */
async function editableJointMeeting(context: Context, id: string) {
  const user = requireAdmin(context);
  const jointMeeting = await readableJointMeeting(context, id);
  if (!jointMeeting || !can(user, 'EDIT_JOINT_MEETING', { jurisdictionId: jointMeeting.jurisdictionId })) {
    throw notFound('联席会议');
  }
  return { user, jointMeeting };
}

async function editableMember(context: Context, memberId: string) {
  requireAdmin(context);
  const [member] = await select<Member>(
    context.services.db,
    `SELECT ${MEMBER_COLUMNS('m')} FROM member m WHERE m.id = $1`,
    [memberId],
  );
  if (!member) throw notFound('成员单位');
  return { member, ...(await editableJointMeeting(context, member.jointMeetingId)) };
}

/** Departments of the jurisdiction, active, by id: what a member or a resolution may name. */
async function activeDepartments(
  db: EntityManager | Context['services']['db'],
  jurisdictionId: string,
  ids: string[],
) {
  const rows = await select<{ id: string }>(
    db,
    `SELECT id FROM department WHERE id = ANY($1::uuid[]) AND jurisdiction_id = $2 AND archived_at IS NULL`,
    [ids, jurisdictionId],
  );
  return new Set(rows.map((row) => row.id));
}

/** The document that holds a joint meeting's resolution tasks (task.document_id is required), made on first use. */
async function resolutionDocument(tx: EntityManager, jointMeeting: JointMeeting): Promise<string> {
  const key = `议定事项:${jointMeeting.id}`;
  const [existing] = await select<{ id: string }>(
    tx,
    `SELECT id FROM policy_document WHERE jurisdiction_id = $1 AND document_key = $2`,
    [jointMeeting.jurisdictionId, key],
  );
  if (existing) return existing.id;
  const [created] = await select<{ id: string }>(
    tx,
    `INSERT INTO policy_document (jurisdiction_id, document_key, title, issuer, status, cites, content_hash, source_text)
     VALUES ($1, $2, $3, $4, 'EFFECTIVE', '{}', '', '') RETURNING id`,
    [jointMeeting.jurisdictionId, key, `${jointMeeting.name}议定事项`, jointMeeting.name],
  );
  if (!created) throw new Error('policy_document: the insert returned no row');
  return created.id;
}

export const jointMeetingResolvers: Resolvers = {
  Query: {
    jointMeetings: async (_parent, { jurisdictionId }, context) => {
      const user = requireUser(context);
      const scope = jurisdictionId ?? (user.role === 'ADMIN' ? null : user.jurisdictionId);
      const rows = await select<JointMeeting>(
        context.services.db,
        `SELECT ${JOINT_MEETING_COLUMNS} FROM joint_meeting jm
         WHERE ($1::uuid IS NULL OR jm.jurisdiction_id = $1::uuid) ORDER BY jm.name`,
        [scope],
      );
      return rows.filter((row) => can(user, 'READ_JOINT_MEETING', { jurisdictionId: row.jurisdictionId }));
    },
    jointMeeting: (_parent, { id }, context) => readableJointMeeting(context, id),
  },
  Mutation: {
    addJointMeetingMember: async (_parent, { input }, context) => {
      const { user, jointMeeting } = await editableJointMeeting(context, input.jointMeetingId);
      const db = context.services.db;
      if ((await activeDepartments(db, jointMeeting.jurisdictionId, [input.departmentId])).size === 0) {
        return {
          member: null,
          errors: [
            userError(
              'INVALID_INPUT',
              '部门不存在、已归档或不属于该联席会议的行政区划',
              'input.departmentId',
            ),
          ],
        };
      }
      return transaction(db, async (tx) => {
        const [member] = await select<Member>(
          tx,
          `INSERT INTO member AS m (joint_meeting_id, department_id, position, representative, sort_order)
           SELECT $1, $2, $3, $4, coalesce(max(sort_order) + 1, 0) FROM member WHERE joint_meeting_id = $1
           ON CONFLICT (joint_meeting_id, department_id) DO NOTHING
           RETURNING ${MEMBER_COLUMNS('m')}`,
          [
            jointMeeting.id,
            input.departmentId,
            input.position ?? 'MEMBER',
            input.representative?.trim() ?? null,
          ],
        );
        if (!member) {
          return {
            member: null,
            errors: [userError('ALREADY_EXISTS', '该部门已是成员单位', 'input.departmentId')],
          };
        }
        await writeAudit(tx, {
          actorId: user.id,
          action: 'member.add',
          entity: 'member',
          entityId: member.id,
          before: null,
          after: member,
          requestId: context.requestId,
        });
        return { member, errors: [] };
      });
    },
    removeJointMeetingMember: async (_parent, { input }, context) => {
      const { user, member } = await editableMember(context, input.memberId);
      return transaction(context.services.db, async (tx) => {
        await sql(tx, 'DELETE FROM member WHERE id = $1', [member.id]);
        await writeAudit(tx, {
          actorId: user.id,
          action: 'member.remove',
          entity: 'member',
          entityId: member.id,
          before: member,
          after: null,
          requestId: context.requestId,
        });
        return { member, errors: [] };
      });
    },
    setLiaison: async (_parent, { input }, context) => {
      const { user, member } = await editableMember(context, input.memberId);
      const liaison = input.liaison
        ? {
            name: input.liaison.name.trim(),
            phone: blankAsNull(input.liaison.phone),
            title: blankAsNull(input.liaison.title),
          }
        : null;
      if (liaison?.name === '') {
        return {
          member: null,
          errors: [userError('INVALID_INPUT', '联络员姓名不能为空', 'input.liaison.name')],
        };
      }
      if (liaison?.phone && !/^[\d\s+()-]{5,20}$/.test(liaison.phone)) {
        return {
          member: null,
          errors: [userError('INVALID_INPUT', '电话号码格式不正确', 'input.liaison.phone')],
        };
      }
      return transaction(context.services.db, async (tx) => {
        const [after] = await select<Member>(
          tx,
          `UPDATE member m SET liaison_name = $2, liaison_phone = $3, liaison_title = $4 WHERE m.id = $1
           RETURNING ${MEMBER_COLUMNS('m')}`,
          [member.id, liaison?.name ?? null, liaison?.phone ?? null, liaison?.title ?? null],
        );
        await writeAudit(tx, {
          actorId: user.id,
          action: 'member.set_liaison',
          entity: 'member',
          entityId: member.id,
          before: member,
          after,
          requestId: context.requestId,
        });
        return { member: after ?? null, errors: [] };
      });
    },
    recordMeeting: async (_parent, { input }, context) => {
      const { user, jointMeeting } = await editableJointMeeting(context, input.jointMeetingId);
      const title = input.title.trim();
      if (title === '') {
        return { meeting: null, errors: [userError('INVALID_INPUT', '会议标题不能为空', 'input.title')] };
      }
      const resolutions = input.resolutions ?? [];
      const errors = resolutions.flatMap((resolution, i) => {
        const field = `input.resolutions.${i}`;
        if (resolution.text.trim() === '')
          return [userError('INVALID_INPUT', `第${i + 1}项议定事项内容为空`, `${field}.text`)];
        if (resolution.supportDepartmentIds?.includes(resolution.leadDepartmentId)) {
          return [
            userError(
              'INVALID_INPUT',
              `第${i + 1}项议定事项的牵头部门不能同时是配合部门`,
              `${field}.supportDepartmentIds`,
            ),
          ];
        }
        return [];
      });
      if (errors.length > 0) return { meeting: null, errors };
      const db = context.services.db;
      const named = [
        ...new Set(resolutions.flatMap((r) => [r.leadDepartmentId, ...(r.supportDepartmentIds ?? [])])),
      ];
      const known = await activeDepartments(db, jointMeeting.jurisdictionId, named);
      const unknown = resolutions.findIndex((r) =>
        [r.leadDepartmentId, ...(r.supportDepartmentIds ?? [])].some((id) => !known.has(id)),
      );
      if (unknown >= 0) {
        return {
          meeting: null,
          errors: [
            userError(
              'INVALID_INPUT',
              `第${unknown + 1}项议定事项的部门不存在、已归档或不属于该行政区划`,
              `input.resolutions.${unknown}`,
            ),
          ],
        };
      }
      return transaction(db, async (tx) => {
        const [meeting] = await select<{
          id: string;
          jointMeetingId: string;
          title: string;
          heldOn: string;
          minutes: string | null;
        }>(
          tx,
          `INSERT INTO meeting (joint_meeting_id, title, held_on, minutes) VALUES ($1, $2, $3, $4)
           RETURNING id, joint_meeting_id AS "jointMeetingId", title, held_on AS "heldOn", minutes`,
          [jointMeeting.id, title, input.heldOn, input.minutes?.trim() ?? null],
        );
        if (!meeting) throw new Error('meeting: the insert returned no row');
        if (resolutions.length > 0) {
          const documentId = await resolutionDocument(tx, jointMeeting);
          // Every resolution: its row, its task (path: the meeting, then the item's number), its assignments.
          const rows = resolutions.map((resolution, i) => ({
            sort_order: i,
            text: resolution.text.trim(),
            deadline: resolution.deadline ?? null,
            path: [`${meeting.heldOn} ${title}`, String(i + 1)],
            path_key: `${meeting.id}/${i + 1}`,
            units: [
              { department_id: resolution.leadDepartmentId, role: 'LEAD' },
              ...(resolution.supportDepartmentIds ?? []).map((id) => ({
                department_id: id,
                role: 'SUPPORT',
              })),
            ],
          }));
          const created = await select<{ id: string; sortOrder: number }>(
            tx,
            `INSERT INTO resolution (meeting_id, text, sort_order)
             SELECT $1, x.text, x.sort_order FROM jsonb_to_recordset($2::jsonb) AS x(text text, sort_order int)
             RETURNING id, sort_order AS "sortOrder"`,
            [meeting.id, JSON.stringify(rows)],
          );
          const resolutionIds = new Map(created.map((row) => [row.sortOrder, row.id]));
          const tasks = await select<{ id: string; pathKey: string }>(
            tx,
            `INSERT INTO task (document_id, path, path_key, text, deadline, resolution_id, sort_order)
             SELECT $1, x.path, x.path_key, x.text, x.deadline, x.resolution_id,
                    (SELECT coalesce(max(sort_order) + 1, 0) FROM task WHERE document_id = $1) + x.sort_order
             FROM jsonb_to_recordset($2::jsonb)
               AS x(path text[], path_key text, text text, deadline date, resolution_id uuid, sort_order int)
             RETURNING id, path_key AS "pathKey"`,
            [
              documentId,
              JSON.stringify(
                rows.map((row) => ({ ...row, resolution_id: resolutionIds.get(row.sort_order) })),
              ),
            ],
          );
          const taskIds = new Map(tasks.map((task) => [task.pathKey, task.id]));
          await sql(
            tx,
            `INSERT INTO assignment (task_id, department_id, role)
             SELECT x.task_id, x.department_id, x.role
             FROM jsonb_to_recordset($1::jsonb) AS x(task_id uuid, department_id uuid, role text)
             ON CONFLICT (task_id, department_id) DO NOTHING`,
            [
              JSON.stringify(
                rows.flatMap((row) =>
                  row.units.map((unit) => ({ ...unit, task_id: taskIds.get(row.path_key) })),
                ),
              ),
            ],
          );
        }
        await writeAudit(tx, {
          actorId: user.id,
          action: 'meeting.record',
          entity: 'meeting',
          entityId: meeting.id,
          before: null,
          after: { ...meeting, resolutions: resolutions.length },
          requestId: context.requestId,
        });
        return { meeting, errors: [] };
      });
    },
  },
  JointMeeting: {
    jurisdiction: async (jointMeeting, _args, context) =>
      (await context.loaders.jurisdiction.load(jointMeeting.jurisdictionId)) ??
      Promise.reject(new Error('jurisdiction missing')),
    document: (jointMeeting, _args, context) =>
      jointMeeting.documentId ? context.loaders.document.load(jointMeeting.documentId) : null,
    members: (jointMeeting, _args, context) => context.loaders.membersOfJointMeeting.load(jointMeeting.id),
    liaisons: async (jointMeeting, _args, context) =>
      (await context.loaders.membersOfJointMeeting.load(jointMeeting.id)).flatMap((member) =>
        member.liaison ? [member.liaison] : [],
      ),
    meetings: (jointMeeting, _args, context) => context.loaders.meetingsByJointMeeting.load(jointMeeting.id),
  },
  Member: {
    department: async (member, _args, context) =>
      (await context.loaders.department.load(member.departmentId)) ??
      Promise.reject(new Error('department missing')),
    position: (member) => member.position satisfies MemberPosition,
  },
  Meeting: {
    resolutions: (meeting, _args, context) => context.loaders.resolutionsOfMeeting.load(meeting.id),
  },
  Resolution: {
    task: async (resolution, _args, context) =>
      (await context.loaders.task.load(resolution.taskId)) ?? Promise.reject(new Error('task missing')),
  },
};
