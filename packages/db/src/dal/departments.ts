import type {
  AssignmentRole,
  Department,
  Id,
  InstitutionKind,
  MemberPosition,
  SectorCode,
} from '@lianxi/domain';
import { type Db, select, sql, transaction } from '../db.js';
import { DbError, SQLSTATE, sqlState } from '../errors.js';
import { INSTITUTION_KINDS } from '../schema/enums.js';
import { ROLE_STRENGTH } from './rows.js';

export const DEPARTMENT_COLUMNS = (d: string) => `
  ${d}.id, ${d}.jurisdiction_id AS "jurisdictionId", ${d}.name, ${d}.aliases, ${d}.sector, ${d}.kind,
  ${d}.archived_at AS "archivedAt", ${d}.version`;

/** A department by its name or one of its aliases in a jurisdiction (active departments only). One statement. */
export async function findDepartmentByName(
  db: Db,
  jurisdictionId: Id,
  name: string,
): Promise<Department | null> {
  const wanted = name.trim();
  if (wanted === '') return null;
  const [department] = await select<Department>(
    db,
    `SELECT ${DEPARTMENT_COLUMNS('d')} FROM department d
     WHERE d.jurisdiction_id = $1 AND d.archived_at IS NULL AND (d.name = $2 OR $2 = ANY(d.aliases))
     ORDER BY (d.name = $2) DESC, d.created_at
     LIMIT 1`,
    [jurisdictionId, wanted],
  );
  return department ?? null;
}

export interface DepartmentPatch {
  name?: string;
  aliases?: string[];
  sector?: SectorCode | null;
  kind?: InstitutionKind;
  /** A Date archives the department, null restores it. */
  archivedAt?: Date | null;
}

/** Trimmed, without blanks, duplicates or the canonical name itself. */
export function cleanAliases(aliases: readonly string[], name: string): string[] {
  return [...new Set(aliases.map((alias) => alias.trim()))].filter((alias) => alias !== '' && alias !== name);
}

/**
 * Edits a department if nobody else did since the caller read it: a guarded
 * `UPDATE … WHERE id = $1 AND version = $2` that bumps the version. A stale `expectedVersion` is a CONFLICT
 * (details: the current version), an unknown id NOT_FOUND. Two concurrent edits of the same version: the
 * second waits for the first's row lock, re-reads the row, no longer matches the version and changes nothing.
 */
export async function updateDepartment(
  db: Db,
  id: Id,
  expectedVersion: number,
  patch: DepartmentPatch,
): Promise<Department> {
  const assignments: string[] = [];
  const parameters: unknown[] = [id, expectedVersion];
  /** The placeholder of a new parameter. */
  const parameter = (value: unknown) => `$${parameters.push(value)}`;
  const set = (column: string, value: unknown) => assignments.push(`${column} = ${parameter(value)}`);
  let name = 'd.name';
  if (patch.name !== undefined) {
    const trimmed = patch.name.trim();
    if (trimmed === '') throw new DbError('BAD_USER_INPUT', '部门名称不能为空');
    name = parameter(trimmed);
    assignments.push(`name = ${name}`);
  }
  if (patch.aliases !== undefined) {
    // Cleaned in SQL against the name the row will have (the patch may or may not rename it), first
    // occurrence kept, in the order given.
    assignments.push(
      `aliases = ARRAY(SELECT x FROM unnest(${parameter(patch.aliases.map((alias) => alias.trim()))}::text[])
                         WITH ORDINALITY AS given(x, n)
                       WHERE x <> '' AND x <> ${name} GROUP BY x ORDER BY min(n))`,
    );
  }
  if (patch.sector !== undefined) set('sector', patch.sector);
  if (patch.kind !== undefined) {
    if (!INSTITUTION_KINDS.includes(patch.kind))
      throw new DbError('BAD_USER_INPUT', '机构类型无效', { kind: patch.kind });
    set('kind', patch.kind);
  }
  if (patch.archivedAt !== undefined) set('archived_at', patch.archivedAt);

  let updated: Department[];
  try {
    ({ rows: updated } = await sql<Department>(
      db,
      `UPDATE department d SET ${[...assignments, 'version = d.version + 1', 'updated_at = now()'].join(', ')}
       WHERE d.id = $1 AND d.version = $2
       RETURNING ${DEPARTMENT_COLUMNS('d')}`,
      parameters,
    ));
  } catch (error) {
    if (sqlState(error) === SQLSTATE.UNIQUE_VIOLATION) {
      throw new DbError(
        'CONFLICT',
        `本行政区划已有名为“${patch.name ?? ''}”的部门`,
        { name: patch.name },
        { cause: error },
      );
    }
    throw error;
  }
  const department = updated[0];
  if (department) return department;
  const [current] = await select<{ version: number }>(db, `SELECT version FROM department WHERE id = $1`, [
    id,
  ]);
  if (!current) throw new DbError('NOT_FOUND', '未找到该部门', { id });
  throw new DbError('CONFLICT', '该部门已被他人修改，请刷新后重试', {
    id,
    expectedVersion,
    currentVersion: current.version,
  });
}

/** The same task found on both departments of a merge. */
export interface MergeClash {
  taskId: Id;
  /** The assignment that stays, on the surviving department, with the stronger of the two roles. */
  keptAssignmentId: Id;
  keptRole: AssignmentRole;
  /** The merged department's assignment: withdrawn, its progress history kept under the archived department. */
  withdrawnAssignmentId: Id;
  withdrawnRole: AssignmentRole;
}

export interface MergeReport {
  into: Department;
  /** The merged department, now archived with `mergedIntoId` = into. */
  from: Department;
  movedAssignments: number;
  clashes: MergeClash[];
  movedMembers: number;
  /** Joint meetings both were members of: the surviving member keeps the higher position. */
  mergedMembers: number;
  movedDuties: number;
  movedUsers: number;
}

const POSITION_RANK: Readonly<Record<MemberPosition, number>> = {
  CONVENOR: 0,
  DEPUTY_CONVENOR: 1,
  OFFICE: 2,
  MEMBER: 3,
};
const POSITION_RANK_SQL = (column: string) =>
  `CASE ${column} ${Object.entries(POSITION_RANK)
    .map(([position, rank]) => `WHEN '${position}' THEN ${rank}`)
    .join(' ')} END`;
const ROLE_STRENGTH_SQL = (column: string) =>
  `CASE ${column} ${Object.entries(ROLE_STRENGTH)
    .map(([role, strength]) => `WHEN '${role}' THEN ${strength}`)
    .join(' ')} END`;

/**
 * Merges department `fromId` into `intoId` (two names of one department, e.g. 市卫健局 and 市卫生健康委), in one
 * transaction and a constant number of statements:
 *  - `into` takes over the assignments, memberships, duties and users of `from`, and keeps `from`'s name and
 *    aliases as its aliases, so imports and `findDepartmentByName` find it under the old name;
 *  - a task on both: the stronger role stays on `into` (LEAD > SUPPORT > LOCAL), `from`'s assignment is
 *    withdrawn rather than moved, because its progress reports are append-only history; each is reported;
 *  - `from` is archived with `mergedIntoId`, not deleted, so that history still has its department.
 */
export async function mergeDepartments(db: Db, fromId: Id, intoId: Id): Promise<MergeReport> {
  if (fromId === intoId) throw new DbError('BAD_USER_INPUT', '不能将部门合并到其自身', { fromId, intoId });
  return transaction(db, async (tx) => {
    const locked = await select<Department>(
      tx,
      `SELECT ${DEPARTMENT_COLUMNS('d')} FROM department d WHERE d.id = ANY($1::uuid[]) ORDER BY d.id FOR UPDATE`,
      [[fromId, intoId]],
    );
    const from = locked.find((department) => department.id === fromId);
    const into = locked.find((department) => department.id === intoId);
    if (!from || !into) throw new DbError('NOT_FOUND', '未找到要合并的部门', { fromId, intoId });
    if (from.jurisdictionId !== into.jurisdictionId) {
      throw new DbError('BAD_USER_INPUT', '只能合并同一行政区划的部门', { fromId, intoId });
    }
    if (from.archivedAt !== null || into.archivedAt !== null) {
      throw new DbError('BAD_USER_INPUT', '已归档的部门不能合并', { fromId, intoId });
    }

    // Tasks on both: keep the stronger role on `into` (restoring it if it had been withdrawn), withdraw `from`'s.
    const { rows: clashes } = await sql<MergeClash>(
      tx,
      `WITH clash AS (
         SELECT f.task_id, f.id AS from_id, f.role AS from_role, i.id AS into_id, i.role AS into_role,
                -- An active role beats a withdrawn one; between two active ones the stronger wins.
                CASE WHEN f.withdrawn_at IS NULL
                          AND (i.withdrawn_at IS NOT NULL OR ${ROLE_STRENGTH_SQL('f.role')} > ${ROLE_STRENGTH_SQL('i.role')})
                     THEN f.role ELSE i.role END AS kept_role,
                f.withdrawn_at IS NULL AND i.withdrawn_at IS NOT NULL AS revive
         FROM assignment f
         JOIN assignment i ON i.task_id = f.task_id AND i.department_id = $2
         WHERE f.department_id = $1
       ), kept AS (
         UPDATE assignment a SET role = clash.kept_role,
                withdrawn_at = CASE WHEN clash.revive THEN NULL ELSE a.withdrawn_at END
         FROM clash WHERE a.id = clash.into_id
       ), withdrawn AS (
         UPDATE assignment a SET withdrawn_at = coalesce(a.withdrawn_at, now())
         FROM clash WHERE a.id = clash.from_id
       )
       SELECT task_id AS "taskId", into_id AS "keptAssignmentId", kept_role AS "keptRole",
              from_id AS "withdrawnAssignmentId", from_role AS "withdrawnRole"
       FROM clash ORDER BY task_id`,
      [fromId, intoId],
    );
    const moved = await sql(
      tx,
      `UPDATE assignment SET department_id = $2
       WHERE department_id = $1 AND task_id NOT IN (SELECT task_id FROM assignment WHERE department_id = $2)`,
      [fromId, intoId],
    );
    // Memberships of the same joint meeting: `into`'s row keeps the higher position; `from`'s goes.
    const { rows: membership } = await sql<{ merged: number; moved: number }>(
      tx,
      `WITH both_in AS (
         SELECT f.id AS from_id, i.id AS into_id, f.position AS from_position, i.position AS into_position
         FROM member f JOIN member i ON i.joint_meeting_id = f.joint_meeting_id AND i.department_id = $2
         WHERE f.department_id = $1
       ), promoted AS (
         UPDATE member m SET position = both_in.from_position
         FROM both_in
         WHERE m.id = both_in.into_id
           AND ${POSITION_RANK_SQL('both_in.from_position')} < ${POSITION_RANK_SQL('both_in.into_position')}
       ), dropped AS (
         DELETE FROM member m USING both_in WHERE m.id = both_in.from_id RETURNING m.id
       ), moved AS (
         UPDATE member m SET department_id = $2
         WHERE m.department_id = $1 AND m.id NOT IN (SELECT from_id FROM both_in)
         RETURNING m.id
       )
       SELECT (SELECT count(*) FROM dropped) AS merged, (SELECT count(*) FROM moved) AS moved`,
      [fromId, intoId],
    );
    const duties = await sql(tx, `UPDATE duty SET department_id = $2 WHERE department_id = $1`, [
      fromId,
      intoId,
    ]);
    const users = await sql(
      tx,
      `UPDATE app_user SET department_id = $2, version = version + 1, updated_at = now()
                                 WHERE department_id = $1`,
      [fromId, intoId],
    );
    const { rows: departments } = await sql<Department>(
      tx,
      `UPDATE department d SET
         aliases = CASE WHEN d.id = $2
                     THEN ARRAY(SELECT DISTINCT x FROM unnest(d.aliases || $3::text[]) x WHERE x <> d.name)
                     ELSE d.aliases END,
         sector = CASE WHEN d.id = $2 THEN coalesce(d.sector, $4) ELSE d.sector END,
         archived_at = CASE WHEN d.id = $1 THEN now() ELSE d.archived_at END,
         merged_into_id = CASE WHEN d.id = $1 THEN $2::uuid ELSE d.merged_into_id END,
         version = d.version + 1,
         updated_at = now()
       WHERE d.id IN ($1, $2)
       RETURNING ${DEPARTMENT_COLUMNS('d')}`,
      [fromId, intoId, [from.name, ...from.aliases], from.sector],
    );
    const merged = membership[0];
    return {
      into: departments.find((department) => department.id === intoId) ?? into,
      from: departments.find((department) => department.id === fromId) ?? from,
      movedAssignments: moved.affected,
      clashes,
      movedMembers: merged?.moved ?? 0,
      mergedMembers: merged?.merged ?? 0,
      movedDuties: duties.affected,
      movedUsers: users.affected,
    };
  });
}
