import { mergeDepartments, select, type MergeReport } from '@lianxi/db';
import {
  roleLabel,
  type AssignmentRole,
  type Department,
  type Liaison,
  type MemberPosition,
} from '@lianxi/domain';
import type { EntityManager } from 'typeorm';

/** One assignment of the merged department and what the merge did to it. */
export interface MergedAssignment {
  assignmentId: string;
  taskId: string;
  documentId: string;
  /** Its role before the merge. */
  role: AssignmentRole;
  /** Neither it nor its task was withdrawn before the merge. */
  active: boolean;
  outcome: 'MOVED' | 'WITHDRAWN';
  reports: number;
}

export interface MergeConflictEffect {
  taskId: string;
  keepRole: AssignmentRole;
  mergeRole: AssignmentRole;
  resultRole: AssignmentRole;
  withdrawnReports: number;
  message: string;
}

export interface MergedMembership {
  jointMeetingId: string;
  position: MemberPosition;
  liaison: Liaison | null;
  outcome: 'MOVED' | 'MERGED';
  positionAfter: MemberPosition;
  liaisonAfter: Liaison | null;
}

/** Everything a merge changed, read from the database before and after it ran in the caller's transaction. */
export interface MergeEffects {
  keepId: string;
  mergeId: string;
  report: MergeReport;
  aliasesAdded: string[];
  aliasesAfter: string[];
  sectorAfter: string | null;
  assignments: MergedAssignment[];
  assignmentGroups: { documentId: string; role: AssignmentRole; count: number }[];
  reportsMoved: number;
  reportsKept: number;
  conflicts: MergeConflictEffect[];
  memberships: MergedMembership[];
  userIds: string[];
  dutiesMoved: number;
}

interface Before {
  keepAliases: string[] | null;
  assignments: {
    id: string;
    taskId: string;
    documentId: string;
    role: AssignmentRole;
    active: boolean;
    reports: number;
    keepRole: AssignmentRole | null;
  }[];
  members: { id: string; jointMeetingId: string; position: MemberPosition; liaison: Liaison | null }[];
  users: string[];
}

interface After {
  assignments: { id: string; departmentId: string }[];
  members: { id: string; jointMeetingId: string; position: MemberPosition; liaison: Liaison | null }[];
}

const LIAISON = (m: string) => `CASE WHEN ${m}.liaison_name IS NULL THEN NULL
  ELSE json_build_object('name', ${m}.liaison_name, 'phone', ${m}.liaison_phone, 'title', ${m}.liaison_title) END`;

const ROLE_ORDER: Readonly<Record<AssignmentRole, number>> = { LEAD: 0, SUPPORT: 1, LOCAL: 2 };

/**
 * Merges `mergeId` into `keepId` with the db package's `mergeDepartments` — the one merge there is — inside
 * the caller's transaction, and reports what it did: the merged department's assignments, memberships and
 * users are read before (after locking both departments, as the merge does), the merge runs, and the same
 * rows are read again. The `mergeDepartments` mutation commits the transaction; `mergeDepartmentsPreview`
 * rolls it back. Either way the outcome is the merge's own, not a second implementation's forecast.
 * A constant number of statements (lock, before, the merge's seven, after). Throws the merge's DbErrors.
 */
export async function mergeWithEffects(
  tx: EntityManager,
  keepId: string,
  mergeId: string,
): Promise<MergeEffects> {
  // The order of mergeDepartments' own lock, so the two never wait on each other the wrong way round.
  await select(tx, `SELECT id FROM department WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [
    [keepId, mergeId],
  ]);
  const [before] = await select<Before>(
    tx,
    `SELECT
       (SELECT aliases FROM department WHERE id = $2) AS "keepAliases",
       (SELECT coalesce(json_agg(json_build_object(
            'id', a.id, 'taskId', a.task_id, 'documentId', t.document_id, 'role', a.role,
            'active', a.withdrawn_at IS NULL AND t.withdrawn_at IS NULL,
            'reports', (SELECT count(*) FROM progress_report p WHERE p.assignment_id = a.id),
            'keepRole', k.role)
          ORDER BY d.title, t.sort_order, a.id), '[]'::json)
        FROM assignment a JOIN task t ON t.id = a.task_id JOIN policy_document d ON d.id = t.document_id
        LEFT JOIN assignment k ON k.task_id = a.task_id AND k.department_id = $2
        WHERE a.department_id = $1) AS assignments,
       (SELECT coalesce(json_agg(json_build_object('id', m.id, 'jointMeetingId', m.joint_meeting_id,
            'position', m.position, 'liaison', ${LIAISON('m')}) ORDER BY jm.name, m.id), '[]'::json)
        FROM member m JOIN joint_meeting jm ON jm.id = m.joint_meeting_id WHERE m.department_id = $1) AS members,
       (SELECT coalesce(json_agg(u.id ORDER BY u.username), '[]'::json)
        FROM app_user u WHERE u.department_id = $1) AS users`,
    [mergeId, keepId],
  );
  if (!before) throw new Error('merge preview: the snapshot returned no row');

  const report = await mergeDepartments(tx, mergeId, keepId);

  const [after] = await select<After>(
    tx,
    `SELECT
       (SELECT coalesce(json_agg(json_build_object('id', a.id, 'departmentId', a.department_id)), '[]'::json)
        FROM assignment a WHERE a.id = ANY($1::uuid[])) AS assignments,
       (SELECT coalesce(json_agg(json_build_object('id', m.id, 'jointMeetingId', m.joint_meeting_id,
            'position', m.position, 'liaison', ${LIAISON('m')})), '[]'::json)
        FROM member m WHERE m.department_id = $2) AS members`,
    [before.assignments.map((a) => a.id), keepId],
  );
  if (!after) throw new Error('merge preview: the read-back returned no row');

  const nowOn = new Map(after.assignments.map((a) => [a.id, a.departmentId]));
  const assignments = before.assignments.map((a): MergedAssignment => ({
    assignmentId: a.id,
    taskId: a.taskId,
    documentId: a.documentId,
    role: a.role,
    active: a.active,
    outcome: nowOn.get(a.id) === keepId ? 'MOVED' : 'WITHDRAWN',
    reports: a.reports,
  }));

  const groups = new Map<string, { documentId: string; role: AssignmentRole; count: number }>();
  for (const a of assignments) {
    if (a.outcome !== 'MOVED' || !a.active) continue;
    const key = `${a.documentId}:${a.role}`;
    const group = groups.get(key) ?? { documentId: a.documentId, role: a.role, count: 0 };
    group.count += 1;
    groups.set(key, group);
  }
  const documentOrder = [...new Set(assignments.map((a) => a.documentId))];
  const assignmentGroups = [...groups.values()].sort(
    (x, y) =>
      documentOrder.indexOf(x.documentId) - documentOrder.indexOf(y.documentId) ||
      ROLE_ORDER[x.role] - ROLE_ORDER[y.role],
  );

  const snapshot = new Map(before.assignments.map((a) => [a.id, a]));
  const conflicts = report.clashes.map((clash): MergeConflictEffect => {
    const merged = snapshot.get(clash.withdrawnAssignmentId);
    const keepRole = merged?.keepRole ?? clash.keptRole;
    const withdrawnReports = merged?.reports ?? 0;
    const kept =
      keepRole === clash.keptRole
        ? `保留部门仍为${roleLabel(clash.keptRole)}`
        : `保留部门由${roleLabel(keepRole)}改为${roleLabel(clash.keptRole)}`;
    return {
      taskId: clash.taskId,
      keepRole,
      mergeRole: clash.withdrawnRole,
      resultRole: clash.keptRole,
      withdrawnReports,
      message:
        `两个部门都承担此任务(保留部门${roleLabel(keepRole)}、被合并部门${roleLabel(clash.withdrawnRole)}):` +
        `${kept};被合并部门的分工撤销` +
        (withdrawnReports > 0 ? `,其 ${withdrawnReports} 条进展记录保留在已归档的被合并部门下。` : '。'),
    };
  });

  const keepMembers = new Map(after.members.map((m) => [m.jointMeetingId, m]));
  const memberships = before.members.map((m): MergedMembership => {
    const now = keepMembers.get(m.jointMeetingId);
    if (!now)
      throw new Error(`merge preview: membership ${m.id} is gone from joint meeting ${m.jointMeetingId}`);
    return {
      jointMeetingId: m.jointMeetingId,
      position: m.position,
      liaison: m.liaison,
      outcome: now.id === m.id ? 'MOVED' : 'MERGED',
      positionAfter: now.position,
      liaisonAfter: now.liaison,
    };
  });

  const keepAliasesBefore = new Set(before.keepAliases ?? []);
  const into: Department = report.into;
  return {
    keepId,
    mergeId,
    report,
    aliasesAdded: into.aliases.filter((alias) => !keepAliasesBefore.has(alias)),
    aliasesAfter: into.aliases,
    sectorAfter: into.sector,
    assignments,
    assignmentGroups,
    reportsMoved: assignments.filter((a) => a.outcome === 'MOVED').reduce((sum, a) => sum + a.reports, 0),
    reportsKept: assignments.filter((a) => a.outcome === 'WITHDRAWN').reduce((sum, a) => sum + a.reports, 0),
    conflicts,
    memberships,
    userIds: before.users,
    dutiesMoved: report.movedDuties,
  };
}
