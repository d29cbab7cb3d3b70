import type {
  Assignment,
  Department,
  Duty,
  JointMeeting,
  Jurisdiction,
  Meeting,
  Member,
  PolicyDocument,
  ProgressReport,
  Resolution,
  Task,
  User,
} from '@lianxi/domain';
import { select } from '@lianxi/db';
import DataLoader from 'dataloader';
import type { DataSource, ObjectLiteral } from 'typeorm';
import { In } from 'typeorm';
import { calendarDateOf } from '@lianxi/domain';
import { loadIndicators } from './features/indicator/indicator.query.js';
import { assignmentStates, summarise, type SummaryCounts } from './features/progress/overview.query.js';
import type { IndicatorMapper } from './schema/mappers.js';

/** Loads rows of one table by id in one `WHERE id IN (…)` per tick; missing ids give null. */
export function byId<T extends ObjectLiteral & { id: string }>(db: DataSource, entity: string) {
  return new DataLoader<string, T | null>(async (ids) => {
    const rows = await db.getRepository<T>(entity).findBy({ id: In([...ids]) } as never);
    const map = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => map.get(id) ?? null);
  });
}

/** Loads the rows of one table whose `property` is one of the keys, grouped per key, in the given order. */
export function byProperty<T extends ObjectLiteral>(
  db: DataSource,
  entity: string,
  property: keyof T & string,
  order: Record<string, 'ASC' | 'DESC'> = {},
) {
  return new DataLoader<string, T[]>(async (keys) => {
    const rows = await db
      .getRepository<T>(entity)
      .find({ where: { [property]: In([...keys]) } as never, order: order as never });
    const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
    for (const row of rows) groups.get(String(row[property]))?.push(row);
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/** A member row as the domain's Member (the liaison's three columns as one object). */
export const MEMBER_COLUMNS = (m: string) => `${m}.id, ${m}.joint_meeting_id AS "jointMeetingId",
  ${m}.department_id AS "departmentId", ${m}.position, ${m}.representative,
  CASE WHEN ${m}.liaison_name IS NULL THEN NULL
       ELSE json_build_object('name', ${m}.liaison_name, 'phone', ${m}.liaison_phone, 'title', ${m}.liaison_title)
  END AS liaison`;

/** Groups rows by a key, in the order of `keys`. */
function groupBy<T>(keys: readonly string[], rows: readonly T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

/** Per-request DataLoaders: built in the context, so batching and caching never cross requests. */
export function createLoaders(db: DataSource) {
  return {
    jurisdiction: byId<Jurisdiction>(db, 'jurisdiction'),
    department: byId<Department>(db, 'department'),
    document: byId<PolicyDocument>(db, 'policy_document'),
    task: byId<Task>(db, 'task'),
    assignment: byId<Assignment>(db, 'assignment'),
    user: byId<User>(db, 'app_user'),
    meeting: byId<Meeting>(db, 'meeting'),
    member: byId<Member>(db, 'member'),
    tasksByDocument: byProperty<Task & { sortOrder: number }>(db, 'task', 'documentId', { sortOrder: 'ASC' }),
    assignmentsByTask: byProperty<Assignment>(db, 'assignment', 'taskId', { role: 'ASC', createdAt: 'ASC' }),
    assignmentsByDepartment: byProperty<Assignment>(db, 'assignment', 'departmentId'),
    /** Newest first: reports are append-only and the latest is the head of the chain. */
    reportsByAssignment: byProperty<ProgressReport>(db, 'progress_report', 'assignmentId', {
      reportedAt: 'DESC',
      id: 'DESC',
    }),
    dutiesByDepartment: byProperty<Duty>(db, 'duty', 'departmentId'),
    membersByJointMeeting: byProperty<Member>(db, 'member', 'jointMeetingId'),
    meetingsByJointMeeting: byProperty<Meeting>(db, 'meeting', 'jointMeetingId', { heldOn: 'DESC' }),
    resolutionsByMeeting: byProperty<Resolution>(db, 'resolution', 'meetingId'),
    /** Convenor, deputies, office, members; in the document's order within each. One statement per batch. */
    membersOfJointMeeting: new DataLoader<string, Member[]>(async (ids) =>
      groupBy(
        ids,
        await select<Member>(
          db,
          `SELECT ${MEMBER_COLUMNS('m')} FROM member m WHERE m.joint_meeting_id = ANY($1::uuid[])
           ORDER BY CASE m.position WHEN 'CONVENOR' THEN 0 WHEN 'DEPUTY_CONVENOR' THEN 1 WHEN 'OFFICE' THEN 2 ELSE 3 END,
                    m.sort_order, m.created_at`,
          [[...ids]],
        ),
        (member) => member.jointMeetingId,
      ),
    ),
    /** Resolutions in agreed order, each with the task made of it (task.resolution_id points back). */
    resolutionsOfMeeting: new DataLoader<string, Resolution[]>(async (ids) =>
      groupBy(
        ids,
        await select<Resolution>(
          db,
          `SELECT r.id, r.meeting_id AS "meetingId", r.text, t.id AS "taskId"
           FROM resolution r JOIN task t ON t.resolution_id = r.id
           WHERE r.meeting_id = ANY($1::uuid[]) ORDER BY r.sort_order, r.id`,
          [[...ids]],
        ),
        (resolution) => resolution.meetingId,
      ),
    ),
    jointMeeting: byId<JointMeeting>(db, 'joint_meeting'),
    /** The joint meetings a department belongs to (its member rows), by meeting name. One statement per batch. */
    membershipsOfDepartment: new DataLoader<string, Member[]>(async (ids) =>
      groupBy(
        ids,
        await select<Member>(
          db,
          `SELECT ${MEMBER_COLUMNS('m')} FROM member m JOIN joint_meeting jm ON jm.id = m.joint_meeting_id
           WHERE m.department_id = ANY($1::uuid[]) ORDER BY jm.name, m.id`,
          [[...ids]],
        ),
        (member) => member.departmentId,
      ),
    ),
    /** A document's indicators with targets, latest value and progress. One statement per batch. */
    indicatorsOfDocument: new DataLoader<string, IndicatorMapper[]>(async (ids) =>
      groupBy(ids, await loadIndicators(db, { documentIds: ids }), (indicator) => indicator.documentId ?? ''),
    ),
    /** A department's progress summary, counted as 总览 counts it (active assignments only). One statement per batch. */
    progressSummaryOfDepartment: new DataLoader<string, SummaryCounts>(async (ids) => {
      const states = await assignmentStates(db, { departmentIds: ids }, calendarDateOf(new Date()));
      return groupBy(ids, states, (assignment) => assignment.departmentId).map((group) =>
        summarise(group.map((assignment) => assignment.state)),
      );
    }),
    /** How many policy documents each jurisdiction holds. One statement per batch. */
    documentCountOfJurisdiction: new DataLoader<string, number>(async (ids) => {
      const rows = await select<{ id: string; n: number }>(
        db,
        `SELECT jurisdiction_id AS id, count(*)::int AS n FROM policy_document
         WHERE jurisdiction_id = ANY($1::uuid[]) GROUP BY jurisdiction_id`,
        [[...ids]],
      );
      const counts = new Map(rows.map((row) => [row.id, row.n]));
      return ids.map((id) => counts.get(id) ?? 0);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
