import type { Id, User, UserRole } from '@lianxi/domain';
import { type Db, select, sql, transaction } from '../db.js';
import { DbError, SQLSTATE, sqlState } from '../errors.js';

export const USER_COLUMNS = (u: string) => `
  ${u}.id, ${u}.username, ${u}.display_name AS "displayName", ${u}.role,
  ${u}.department_id AS "departmentId", ${u}.jurisdiction_id AS "jurisdictionId", ${u}.disabled_at AS "disabledAt"`;

export interface NewUser {
  username: string;
  displayName?: string;
  /** Already hashed (the API's `hashPassword`): the DAL never sees a password. */
  passwordHash: string;
  role: UserRole;
  departmentId?: Id | null;
  jurisdictionId?: Id | null;
}

const USERNAME = /^[\p{L}\p{N}._-]{2,64}$/u;

/**
 * Adds a login. A MEMBER belongs to a department (and, unless told otherwise, to its jurisdiction); a taken
 * user name is a CONFLICT. One statement (two when the jurisdiction is taken from the department).
 */
export async function createUser(db: Db, input: NewUser): Promise<User> {
  const username = input.username.trim();
  if (!USERNAME.test(username)) {
    throw new DbError('BAD_USER_INPUT', '用户名须为2到64个字母、数字、点、下划线或连字符', { username });
  }
  if (input.role === 'MEMBER' && !input.departmentId) {
    throw new DbError('BAD_USER_INPUT', '成员单位用户（MEMBER）必须指定所属部门');
  }
  const displayName = input.displayName?.trim() ?? '';
  let jurisdictionId = input.jurisdictionId ?? null;
  if (input.departmentId && jurisdictionId === null) {
    const [department] = await select<{ jurisdictionId: Id }>(
      db,
      `SELECT jurisdiction_id AS "jurisdictionId" FROM department WHERE id = $1`,
      [input.departmentId],
    );
    if (!department) throw new DbError('NOT_FOUND', '未找到该部门', { departmentId: input.departmentId });
    jurisdictionId = department.jurisdictionId;
  }
  try {
    const [user] = await select<User>(
      db,
      `INSERT INTO app_user AS u (username, display_name, password_hash, role, department_id, jurisdiction_id)
       VALUES ($1, $2, $3, $4, $5, $6)
       RETURNING ${USER_COLUMNS('u')}`,
      [
        username,
        displayName === '' ? username : displayName,
        input.passwordHash,
        input.role,
        input.departmentId ?? null,
        jurisdictionId,
      ],
    );
    if (!user) throw new Error('app_user: the insert returned no row');
    return user;
  } catch (error) {
    if (sqlState(error) === SQLSTATE.UNIQUE_VIOLATION) {
      throw new DbError('CONFLICT', `用户名“${username}”已被占用`, { username }, { cause: error });
    }
    if (sqlState(error) === SQLSTATE.FOREIGN_KEY_VIOLATION) {
      throw new DbError('NOT_FOUND', '所属部门或行政区划不存在', {}, { cause: error });
    }
    throw error;
  }
}

/** A jurisdiction by its full name (本溪市), or null. One statement. */
export async function findJurisdictionByName(db: Db, name: string): Promise<{ id: Id; name: string } | null> {
  const [row] = await select<{ id: Id; name: string }>(db, `SELECT id, name FROM jurisdiction WHERE name = $1`, [
    name.trim(),
  ]);
  return row ?? null;
}

export interface RoleChange {
  role: UserRole;
  departmentId: Id | null;
  jurisdictionId: Id | null;
}

/**
 * Changes what a user may do and ends every live session of the user in the same transaction, so nobody
 * keeps the old rights until the session expires. Returns the user and the number of sessions revoked.
 */
export async function changeUserRole(
  db: Db,
  userId: Id,
  change: RoleChange,
): Promise<{ user: User; revokedSessions: number }> {
  if (change.role === 'MEMBER' && !change.departmentId) {
    throw new DbError('BAD_USER_INPUT', '成员单位用户（MEMBER）必须指定所属部门');
  }
  return transaction(db, async (tx) => {
    const [user] = await select<User>(
      tx,
      `UPDATE app_user u SET role = $2, department_id = $3, jurisdiction_id = $4,
              version = u.version + 1, updated_at = now()
       WHERE u.id = $1
       RETURNING ${USER_COLUMNS('u')}`,
      [userId, change.role, change.departmentId, change.jurisdictionId],
    );
    if (!user) throw new DbError('NOT_FOUND', '未找到该用户', { userId });
    const revoked = await sql(
      tx,
      `UPDATE session SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`,
      [userId],
    );
    return { user, revokedSessions: revoked.affected };
  });
}
