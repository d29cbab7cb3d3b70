import { describe, expect, it } from 'vitest';
import { select } from '../db.js';
import { type DbError, isDbError } from '../errors.js';
import { aParsedPolicy, importTestPlan, testEngines, withTestDatabase } from '../testing/index.js';
import { changeUserRole, createUser, findJurisdictionByName } from './users.js';

const failure = (promise: Promise<unknown>) => promise.then(() => null, (error: unknown) => error as DbError);

describe.each(testEngines)('users on %s', (engine) => {
  const db = withTestDatabase(engine);

  it('creates a member in its department’s jurisdiction; a taken name is a CONFLICT', async () => {
    const plan = await importTestPlan(
      db(),
      aParsedPolicy({ jurisdiction: '用户测试市', tasks: [{ path: '一', text: '完善政策。', units: ['市卫健局'] }] }),
    );
    expect(await findJurisdictionByName(db(), ' 用户测试市 ')).toEqual({ id: plan.jurisdictionId, name: '用户测试市' });
    expect(await findJurisdictionByName(db(), '没有这个市')).toBeNull();
    const user = await createUser(db(), {
      username: 'weijian',
      passwordHash: 'scrypt$x',
      role: 'MEMBER',
      departmentId: plan.department('市卫健局'),
    });
    expect(user).toMatchObject({
      username: 'weijian',
      displayName: 'weijian',
      role: 'MEMBER',
      jurisdictionId: plan.jurisdictionId,
      disabledAt: null,
    });
    const taken = await failure(createUser(db(), { username: 'weijian', passwordHash: 'x', role: 'VIEWER' }));
    expect(isDbError(taken, 'CONFLICT')).toBe(true);
    expect(taken?.message).toContain('已被占用');
  });

  it('refuses a member without a department and a malformed name, writing nothing', async () => {
    const before = await select<{ n: number }>(db(), 'SELECT count(*) AS n FROM app_user');
    expect(isDbError(await failure(createUser(db(), { username: 'm1', passwordHash: 'x', role: 'MEMBER' })), 'BAD_USER_INPUT')).toBe(true);
    expect(isDbError(await failure(createUser(db(), { username: 'a b', passwordHash: 'x', role: 'ADMIN' })), 'BAD_USER_INPUT')).toBe(true);
    expect(await select<{ n: number }>(db(), 'SELECT count(*) AS n FROM app_user')).toEqual(before);
  });

  it('a role change revokes every live session of the user', async () => {
    const user = await createUser(db(), { username: 'viewer-to-admin', passwordHash: 'x', role: 'VIEWER' });
    await select(
      db(),
      `INSERT INTO session (token_hash, user_id, last_seen_at, expires_at)
       VALUES ('h1', $1, now(), now() + interval '1 day'), ('h2', $1, now(), now() + interval '1 day')`,
      [user.id],
    );
    const { user: changed, revokedSessions } = await changeUserRole(db(), user.id, {
      role: 'ADMIN',
      departmentId: null,
      jurisdictionId: null,
    });
    expect(changed.role).toBe('ADMIN');
    expect(revokedSessions).toBe(2);
    expect(await select(db(), 'SELECT 1 FROM session WHERE user_id = $1 AND revoked_at IS NULL', [user.id])).toEqual([]);
    const missing = await failure(
      changeUserRole(db(), '00000000-0000-4000-8000-000000000000', { role: 'VIEWER', departmentId: null, jurisdictionId: null }),
    );
    expect(isDbError(missing, 'NOT_FOUND')).toBe(true);
  });
});
